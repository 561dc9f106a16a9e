import { describe, expect, it } from 'vitest';
import { pageSchema } from './page.ts';
import { easyReadSchema } from './easy-read.ts';

const validPage = {
  title: 'Early years',
  summary: 'Support for children aged 0 to 5.',
  audience: ['parents'],
  lifeStages: ['early-years'],
  sources: [{ title: 'Plymouth SEND strategy', seed: '000' }],
  reviewed: '2026-11-23',
  reviewDue: '2027-05-23',
  owner: 'SEND Local Offer team',
};

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('page schema', () => {
  it('accepts a complete page and fills defaults', () => {
    const page = pageSchema.parse(validPage);
    expect(page.kind).toBe('topic');
    expect(page.version).toBe(1);
    expect(page.needAreas).toEqual([]);
    expect(page.reviewed).toEqual(new Date('2026-11-23'));
  });

  it.each(['title', 'summary', 'audience', 'reviewed', 'reviewDue', 'owner'])('requires %s', (field) => {
    const { [field]: _, ...rest } = validPage as Record<string, unknown>;
    expect(issuePaths(pageSchema.safeParse(rest))).toContain(field);
  });

  it('rejects unknown fields, life stages and areas of need', () => {
    expect(issuePaths(pageSchema.safeParse({ ...validPage, colour: 'red' }))).toEqual(['']);
    expect(issuePaths(pageSchema.safeParse({ ...validPage, lifeStages: ['toddlers'] }))).toEqual(['lifeStages.0']);
    expect(issuePaths(pageSchema.safeParse({ ...validPage, needAreas: ['maths'] }))).toEqual(['needAreas.0']);
  });

  it('rejects a review date before the last review', () => {
    expect(issuePaths(pageSchema.safeParse({ ...validPage, reviewDue: '2026-01-01' }))).toEqual(['reviewDue']);
  });

  it('rejects a source link that is not a web address', () => {
    for (const url of ['javascript:alert(1)', 'ftp://example.org/file', 'file:///etc/passwd']) {
      const result = pageSchema.safeParse({ ...validPage, sources: [{ title: 'A page', url }] });
      expect(issuePaths(result), url).toEqual(['sources.0.url']);
    }
    // A publisher without https (a school's own site) can still be cited.
    const plain = pageSchema.safeParse({ ...validPage, sources: [{ title: 'A page', url: 'http://example.org' }] });
    expect(issuePaths(plain)).toEqual([]);
  });
});

describe('easy-read schema', () => {
  const easyReadWith = (idea: Partial<{ icon: string; alt: string; text: string }>) => ({
    title: 'Early years',
    summary: 'Help for young children.',
    reviewed: '2026-11-23',
    reviewDue: '2027-05-23',
    owner: 'SEND Local Offer team',
    sections: [
      { heading: 'Who can help', ideas: [{ icon: 'phone', alt: 'A phone', text: 'You can call us.', ...idea }] },
    ],
  });
  const validEasyRead = easyReadWith({});

  it('accepts ideas with a real icon', () => {
    expect(easyReadSchema.safeParse(validEasyRead).success).toBe(true);
  });

  it('rejects an icon that does not exist, naming the field', () => {
    const broken = easyReadWith({ icon: 'not-a-real-icon' });
    expect(issuePaths(easyReadSchema.safeParse(broken))).toEqual(['sections.0.ideas.0.icon']);
  });

  it('rejects a picture without alt text', () => {
    const broken = easyReadWith({ alt: '' });
    expect(issuePaths(easyReadSchema.safeParse(broken))).toEqual(['sections.0.ideas.0.alt']);
  });
});
