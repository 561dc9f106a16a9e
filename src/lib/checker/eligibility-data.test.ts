import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { locales } from '../../i18n/locales.ts';
import type { EligibilityFlow } from '../../schemas/eligibility.ts';
import { readEligibilityFlow, readLocalizedEligibilityFlow, routingDifferences } from './eligibility-data.ts';

const english = readEligibilityFlow();
/** The English rules file as written (dates as text), for tests to change and write back. */
type RulesFile = Omit<EligibilityFlow, 'reviewed' | 'reviewDue'> & { reviewed: string; reviewDue: string };
const englishRules = (): RulesFile =>
  parse(readFileSync(join('content', 'short-breaks', 'eligibility.yaml'), 'utf8')) as RulesFile;

/** A folder holding the English rules and one translation written by the test. */
function folderWith(code: string, translation: unknown): string {
  const folder = mkdtempSync(join(tmpdir(), 'eligibility-'));
  writeFileSync(join(folder, 'eligibility.yaml'), stringify(englishRules()));
  mkdirSync(join(folder, code));
  writeFileSync(join(folder, code, 'eligibility.yaml'), stringify(translation));
  return folder;
}

describe('the checker in every language', () => {
  it.each(locales.filter((l) => l.code !== 'en').map((l) => l.code))(
    '%s has its own wording, routed exactly as in English',
    (code) => {
      const { flow, translated, outOfDate } = readLocalizedEligibilityFlow(code);
      expect(translated).toBe(true);
      expect(outOfDate).toBe(false);
      expect(routingDifferences(english, flow)).toEqual([]);
      // Translated, not copied: the first question and every outcome title read differently from English.
      expect(flow.questions[0]?.text).not.toBe(english.questions[0]?.text);
      flow.outcomes.forEach((outcome, i) => {
        expect(outcome.title).not.toBe(english.outcomes[i]?.title);
      });
    },
  );

  it('falls back to English for a language with no rules file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'eligibility-'));
    writeFileSync(join(folder, 'eligibility.yaml'), stringify(englishRules()));
    expect(readLocalizedEligibilityFlow('pl', folder)).toMatchObject({ translated: false, outOfDate: false });
  });

  it('marks a translation of an older English version as out of date', () => {
    const translation = { ...englishRules(), translationOf: { version: 1 } };
    const folder = folderWith('pl', translation);
    const newer = { ...englishRules(), version: 2 };
    writeFileSync(join(folder, 'eligibility.yaml'), stringify(newer));
    expect(readLocalizedEligibilityFlow('pl', folder)).toMatchObject({ translated: true, outOfDate: true });
  });

  it('stops the build when a translation has no translationOf', () => {
    const folder = folderWith('ro', englishRules());
    expect(() => readLocalizedEligibilityFlow('ro', folder)).toThrow(/ro\/eligibility.yaml: a translation needs/);
  });

  it('stops the build when a translation sends an answer somewhere else', () => {
    const translation = { ...englishRules(), translationOf: { version: 1 } };
    const options = translation.questions.find((q) => q.id === 'age')?.options ?? [];
    const [under18, adult] = options;
    if (!under18 || !adult) throw new Error('the age question has changed: update this test');
    [under18.next, adult.next] = [adult.next, under18.next];
    const folder = folderWith('pt', translation);
    expect(() => readLocalizedEligibilityFlow('pt', folder)).toThrow(/routing differs.*question age differs/);
  });

  it('names each kind of routing change', () => {
    const changed = structuredClone(english);
    changed.start = 'age';
    const [firstOutcome] = changed.outcomes;
    const [firstLink] = firstOutcome?.links ?? [];
    if (!firstOutcome || !firstLink) throw new Error('the first outcome has no link: update this test');
    firstLink.href = '/contact/';
    changed.questions.pop();
    expect(routingDifferences(english, changed)).toEqual([
      'start is age, not where-you-live',
      expect.stringMatching(/^questions are .*, not /),
      `outcome ${firstOutcome.id} differs`,
    ]);
  });
});
