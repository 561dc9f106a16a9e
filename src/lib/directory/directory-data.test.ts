import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../../../tests/support/temporary-folder.ts';
import { readDirectory } from './directory-data.ts';

const entries = readDirectory();
/** Every source document a fact may come from (see README: never invent a fact). */
const shared = new URL('../../../../shared/', import.meta.url);
const sourceText = [
  readFileSync(new URL('content-facts.md', shared), 'utf8'),
  ...readdirSync(new URL('seeds/', shared))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(`seeds/${name}`, shared), 'utf8')),
].join('\n');

describe('the directory content', () => {
  it('has at least 30 entries, each with a unique UUID', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it.each(entries.map((e) => [e.name, e] as const))('%s: names its sources and is fully classified', (_, entry) => {
    expect(entry.sources.length).toBeGreaterThan(0);
    expect(entry.taxonomy.level).toBeDefined();
    expect(entry.taxonomy.audience.length).toBeGreaterThan(0);
    expect(entry.status).toBe('active');
  });

  it('gives each organisation the same name and description in every entry it runs', () => {
    const byId = new Map<string, string>();
    for (const { organization } of entries) {
      const text = JSON.stringify(organization);
      expect(byId.get(organization.id) ?? text, organization.name).toBe(text);
      byId.set(organization.id, text);
    }
  });

  it('takes every phone number, postcode and web address from a source document, never making one up', () => {
    const missing: string[] = [];
    const check = (what: string, value: string | undefined, text = value) => {
      if (value && text && !sourceText.includes(text)) missing.push(`${what} ${value}`);
    };
    const host = (url: string | undefined) => (url ? new URL(url).hostname.replace(/^www\./, '') : undefined);
    for (const entry of entries) {
      for (const phone of entry.phones) check(`${entry.name}: phone`, phone.number);
      for (const location of entry.locations) {
        for (const address of location.addresses) check(`${entry.name}: postcode`, address.postal_code);
      }
      check(`${entry.name}: url`, entry.url, host(entry.url));
      check(`${entry.name}: website`, entry.organization.website, host(entry.organization.website));
      check(`${entry.name}: email`, entry.email);
    }
    expect(missing).toEqual([]);
  });

  it('dates each check no later than today, so "Checked on" never claims a check that has not happened', () => {
    for (const entry of entries) expect(entry.assured_date.getTime(), entry.name).toBeLessThanOrEqual(Date.now());
  });
});

describe('reading entries', () => {
  const dir = temporaryFolder('directory-data', { 'broken.yaml': 'id: not-a-uuid\nname: Broken\n' });

  it('names the file and the field of a broken entry', () => {
    expect(() => readDirectory(dir)).toThrow(/broken\.yaml: id: must be a UUID.*description/);
  });
});
