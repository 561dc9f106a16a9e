import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { councilSettingsSchema, readCouncilSettings, siteConfig } from './site.config.ts';
import { supportedLocaleCodes } from './i18n/supported-locales.ts';
import { councilWords, councilWordsIn } from '../tests/support/council-words.ts';

const srcDir = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return sourceFiles(path);
    return /\.test\.tsx?$/.test(item.name) ? [] : [path];
  });
}

describe('site config', () => {
  it('uses the contact details recorded in shared/content-facts.md, not invented ones', () => {
    const facts = readFileSync(new URL('../../shared/content-facts.md', import.meta.url), 'utf8');
    expect(facts).toContain(siteConfig.contact.switchboard.display);
    const postcode = siteConfig.contact.address.at(-1) ?? '';
    expect(facts).toContain(postcode);
    expect(siteConfig.contact.switchboard.tel).toBe(
      `+44${siteConfig.contact.switchboard.display.replace(/\s/g, '').slice(1)}`,
    );
  });

  it('publishes exactly the languages its content has pages for, each one with interface strings', () => {
    const codes = [...siteConfig.languages].sort();
    const uiFiles = readdirSync(new URL('./i18n/ui/', import.meta.url))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    const pageFolders = readdirSync(new URL('../content/pages/', import.meta.url), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(uiFiles.sort()).toEqual([...supportedLocaleCodes].sort());
    expect(pageFolders.sort()).toEqual(codes);
  });

  it('refuses settings that would publish a language without strings, or not English first, naming the file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'site-'));
    const file = join(folder, 'site.yaml');
    const settings = parse(readFileSync('content/site.yaml', 'utf8')) as Record<string, unknown>;
    try {
      writeFileSync(file, stringify({ ...settings, languages: ['en', 'pl'] }));
      expect(readCouncilSettings(file).languages).toEqual(['en', 'pl']);
      writeFileSync(file, stringify({ ...settings, languages: ['pl', 'en'] }));
      expect(() => readCouncilSettings(file)).toThrow(/site\.yaml: languages: must start with "en"/);
      writeFileSync(file, stringify({ ...settings, languages: ['en', 'cy'] }));
      expect(() => readCouncilSettings(file)).toThrow(/languages\.1/);
      writeFileSync(file, stringify({ ...settings, place: undefined }));
      expect(() => readCouncilSettings(file)).toThrow(/place/);
      // A colour white text cannot be read on (the header's name sits on it), or not written as #rrggbb.
      writeFileSync(file, stringify({ ...settings, colours: { brand: '#ffdd00', brandDark: '#004548' } }));
      expect(() => readCouncilSettings(file)).toThrow(/colours\.brand: is too light/);
      writeFileSync(file, stringify({ ...settings, colours: { brand: '#005a5e', brandDark: '#7f7f7f' } }));
      expect(() => readCouncilSettings(file)).toThrow(/colours\.brandDark: is too light/);
      writeFileSync(file, stringify({ ...settings, colours: { brand: 'teal', brandDark: '#004548' } }));
      expect(() => readCouncilSettings(file)).toThrow(/colours\.brand: must be a colour written like #005a5e/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('keeps the council out of src/: no file names it, its place, contacts or directory organisations', () => {
    const patterns = councilWords();
    // The check finds what it looks for (so an empty result below means something).
    expect(
      councilWordsIn(`Call ${siteConfig.councilName} on ${siteConfig.contact.switchboard.display}`, patterns),
    ).toHaveLength(3);
    const leaks = sourceFiles(srcDir).flatMap((path) =>
      councilWordsIn(readFileSync(path, 'utf8'), patterns).map((word) => `${relative(srcDir, path)}: ${word}`),
    );
    expect(leaks).toEqual([]);
  });

  it('rejects a malformed phone number', () => {
    const broken = structuredClone(readCouncilSettings());
    broken.contact.switchboard.display = 'call us';
    expect(councilSettingsSchema.safeParse(broken).success).toBe(false);
    expect(councilSettingsSchema.safeParse(readCouncilSettings()).success).toBe(true);
  });
});
