import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteConfig, siteConfigSchema } from './site.config.ts';

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

  it('rejects a malformed phone number', () => {
    const broken = structuredClone(siteConfig);
    broken.contact.switchboard.display = 'call us';
    expect(siteConfigSchema.safeParse(broken).success).toBe(false);
  });
});
