import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from './ui/en.json';
import { localeCodes } from './locales.ts';
import { uiStrings } from './index.ts';
import { checkUiStrings, uiStringsAsWritten as written } from './ui-strings.ts';
import { siteConfig } from '../site.config.ts';
import { placeholders, schemaFromReference } from './ui-schema.ts';

const schema = schemaFromReference(en);

describe('UI strings', () => {
  it('has a strings file for every locale, and no other', () => {
    const files = readdirSync(new URL('./ui/', import.meta.url))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual([...localeCodes].sort());
  });

  // Every language is checked when the strings are imported (a mismatch stops the build and every test); this checks
  // that the check refuses a broken file and names it.
  it('stops at a language whose strings lose a key or a placeholder, naming the file and the keys', () => {
    const { gapLabel: _, ...feedback } = written.pl.feedback;
    const broken = {
      ...written,
      pl: { ...written.pl, feedback, help: { ...written.pl.help, phone: 'Zadzwoń' } },
    };
    expect(() => {
      checkUiStrings(broken);
    }).toThrow(/^src\/i18n\/ui\/pl\.json does not match en\.json: (?=.*feedback\.gapLabel)(?=.*help\.phone)/);
    expect(() => {
      checkUiStrings(written);
    }).not.toThrow();
  });

  it('rejects a file with a missing key, naming it', () => {
    const { skipLink: _, ...missing } = en;
    const result = schema.safeParse(missing);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('skipLink');
  });

  it('rejects a file with an extra key', () => {
    const result = schema.safeParse({ ...en, header: { ...en.header, surprise: 'x' } });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('surprise');
  });

  it('rejects a translation that drops or renames a placeholder', () => {
    const result = schema.safeParse({ ...en, help: { ...en.help, phone: 'Call {{telephone}}' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe('help.phone');
  });

  it('asks each language for the plural forms its grammar has, no more and no fewer', () => {
    const polish = schemaFromReference(en, 'pl');
    const { tooManyText_few: _few, ...withoutFew } = written.pl.feedback;
    const missing = polish.safeParse({ ...written.pl, feedback: withoutFew });
    expect(missing.error?.issues.map((i) => i.path.join('.'))).toContain('feedback.tooManyText_few');
    const chinese = schemaFromReference(en, 'zh-Hans');
    const extra = chinese.safeParse({ ...written.zh, feedback: { ...written.zh.feedback, tooManyText_one: '1' } });
    expect(JSON.stringify(extra.error?.issues)).toContain('tooManyText_one');
  });

  it('lets a plural form other than `other` leave the number out, but not `other`', () => {
    const arabic = schemaFromReference(en, 'ar');
    expect(written.ar.feedback.tooManyText_two).not.toContain('{{count}}');
    expect(arabic.safeParse(written.ar).success).toBe(true);
    const noNumber = { ...written.ar.feedback, tooManyText_other: 'انتظر' };
    const result = arabic.safeParse({ ...written.ar, feedback: noNumber });
    expect(result.error?.issues[0]?.path.join('.')).toBe('feedback.tooManyText_other');
  });

  it('rejects an empty string', () => {
    expect(schema.safeParse({ ...en, skipLink: '  ' }).success).toBe(false);
  });

  it('finds placeholders in order-independent form', () => {
    expect(placeholders('{{b}} and {{ a }}')).toEqual(['a', 'b']);
  });

  it('names the council and its place from the site configuration, in every language', () => {
    expect(written.pl.help.phone).toContain('{{council}}');
    for (const strings of Object.values(uiStrings)) {
      expect(JSON.stringify(strings)).not.toMatch(/\{\{(council|place)\}\}/);
      expect(strings.help.phone).toContain(siteConfig.councilName);
      expect(strings.directory.intro).toContain(siteConfig.place);
    }
    // Other placeholders are left for the page or function to fill.
    expect(uiStrings.pl.help.phone).toContain('{{phone}}');
  });

  it("refuses a translation that writes the council's name instead of the placeholder", () => {
    const named = { ...written.pl, help: { ...written.pl.help, phone: `${siteConfig.councilName} {{phone}}` } };
    expect(() => {
      checkUiStrings({ ...written, pl: named });
    }).toThrow(/help\.phone/);
  });
});
