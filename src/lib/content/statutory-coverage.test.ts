import { describe, expect, it } from 'vitest';
import { statutoryCoverage, type CoveringPage } from './statutory-coverage.ts';

const item = (id: string) => ({
  id,
  citation: `SEND Regulations 2014, ${id}`,
  url: 'https://www.legislation.gov.uk/uksi/2014/1530/schedule/2',
  description: 'Something the Local Offer must say.',
});
const page = (path: string, statutoryItems: string[], reviewed: string, reviewDue: string): CoveringPage => ({
  path,
  title: path,
  reviewed: new Date(reviewed),
  reviewDue: new Date(reviewDue),
  statutoryItems,
});

describe('statutory coverage', () => {
  it('lists the pages covering each item, with the oldest review and the soonest due date', () => {
    const { rows, problems } = statutoryCoverage(
      [item('schedule-2-1'), item('regulation-56')],
      [
        page('/travel/', ['schedule-2-1'], '2026-12-02', '2027-06-02'),
        page('/post-16/', ['schedule-2-1', 'regulation-56'], '2026-11-01', '2027-05-01'),
      ],
    );
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.pages.map((p) => p.path))).toEqual([['/travel/', '/post-16/'], ['/post-16/']]);
    expect(rows[0]?.lastReviewed?.toISOString().slice(0, 10)).toBe('2026-11-01');
    expect(rows[0]?.reviewDue?.toISOString().slice(0, 10)).toBe('2027-05-01');
  });

  it('names an item that no page covers', () => {
    const { problems, rows } = statutoryCoverage([item('schedule-2-1'), item('schedule-2-2')], [
      page('/travel/', ['schedule-2-1'], '2026-12-02', '2027-06-02'),
    ]);
    expect(problems).toEqual(['schedule-2-2 (SEND Regulations 2014, schedule-2-2): no page says it covers this item']);
    expect(rows[1]?.lastReviewed).toBeUndefined();
  });

  it('names a page that claims an item that does not exist, and an id listed twice', () => {
    const { problems } = statutoryCoverage([item('schedule-2-1'), item('schedule-2-1')], [
      page('/travel/', ['schedule-2-1', 'schedule-2-99'], '2026-12-02', '2027-06-02'),
    ]);
    expect(problems).toEqual([
      'content/statutory-items.yaml: the id "schedule-2-1" is listed twice',
      '/travel/: statutoryItems names "schedule-2-99", which is not in content/statutory-items.yaml',
    ]);
  });
});
