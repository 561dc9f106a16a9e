import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text-wrap.ts';

describe('wrapping a label', () => {
  it('keeps a short label on one line', () => {
    expect(wrapText('Assess', 120, 16, true)).toEqual(['Assess']);
  });

  it('breaks at spaces, every line within the width, and balances the lines', () => {
    const lines = wrapText('Finding out what your child needs', 120, 15);
    expect(lines.join(' ')).toBe('Finding out what your child needs');
    for (const line of lines) expect(textWidth(line) * 15).toBeLessThanOrEqual(120);
    // Balanced: no last line of one short word ("needs") under two full ones.
    expect(lines).toEqual(['Finding out', 'what your', 'child needs']);
  });

  it('counts Chinese characters as wide, and breaks Chinese between words, not inside them', () => {
    expect(textWidth('评估')).toBe(2);
    expect(textWidth('评估')).toBeGreaterThan(textWidth('ab'));
    const lines = wrapText('针对性短期休息服务', 134, 15, true);
    expect(lines.join('')).toBe('针对性短期休息服务');
    expect(lines.length).toBeGreaterThan(1);
    // "服务" (service) is one word: it never ends up split over two lines.
    expect(lines.some((line) => line.endsWith('服'))).toBe(false);
  });

  it('keeps a number with the word before it, and English terms in Chinese text together', () => {
    expect(wrapText('După anul 11 (Year 11)', 88, 16, true)).not.toContain('11)');
    expect(wrapText('面向有 EHC plan 的年轻人', 100, 15).some((line) => line.includes('EHC plan'))).toBe(true);
  });

  it('cuts a word longer than a whole line, with a hyphen, rather than overflow', () => {
    const lines = wrapText('Przedsiębiorczościowy', 60, 15);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]?.endsWith('-')).toBe(true);
    for (const line of lines) expect(textWidth(line) * 15).toBeLessThanOrEqual(60);
  });

  it('estimates bold text wider', () => {
    expect(textWidth('Review', true)).toBeGreaterThan(textWidth('Review'));
  });
});
