import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteConfig, siteConfigSchema } from './site.config.ts';
import { readDirectory } from './lib/directory/directory-data.ts';

const srcDir = fileURLToPath(new URL('.', import.meta.url));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What only this council's configuration and content may say: its place and name, switchboard, postal address, OAP
 * guide, and the organisations and phone numbers in its directory (national numbers such as 111 are left out).
 */
function councilWords(): RegExp[] {
  const { place, councilName, contact, oapGuide } = siteConfig;
  const entries = readDirectory();
  const words = [
    place,
    councilName,
    ...contact.address.slice(1),
    contact.switchboard.display,
    contact.switchboard.tel,
    new URL(oapGuide.url).pathname,
    ...entries.map((entry) => entry.organization.name),
    ...entries.flatMap((entry) => entry.phones.map((phone) => phone.number)).filter((number) => number.length > 3),
  ];
  return [...new Set(words)].map((word) => new RegExp(`(?<![\\w])${escape(word)}(?![\\w])`, 'i'));
}

/** The council words a text uses. */
function councilWordsIn(text: string, patterns: RegExp[]): string[] {
  return patterns.flatMap((pattern) => pattern.exec(text)?.[0] ?? []);
}

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

  it('publishes exactly the languages that have interface strings and pages', () => {
    const codes = siteConfig.locales.map((l) => l.code).sort();
    const uiFiles = readdirSync(new URL('./i18n/ui/', import.meta.url))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    const pageFolders = readdirSync(new URL('../content/pages/', import.meta.url), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(uiFiles.sort()).toEqual(codes);
    expect(pageFolders.sort()).toEqual(codes);
  });

  it('is the only file in src/ that names the council, its place, contacts or directory organisations', () => {
    const patterns = councilWords();
    // The check finds what it looks for (so an empty result below means something).
    expect(
      councilWordsIn(`Call ${siteConfig.councilName} on ${siteConfig.contact.switchboard.display}`, patterns),
    ).toHaveLength(3);
    const leaks = sourceFiles(srcDir)
      .filter((path) => !path.endsWith('site.config.ts'))
      .flatMap((path) =>
        councilWordsIn(readFileSync(path, 'utf8'), patterns).map((word) => `${relative(srcDir, path)}: ${word}`),
      );
    expect(leaks).toEqual([]);
  });

  it('rejects a malformed phone number', () => {
    const broken = structuredClone(siteConfig);
    broken.contact.switchboard.display = 'call us';
    expect(siteConfigSchema.safeParse(broken).success).toBe(false);
  });
});
