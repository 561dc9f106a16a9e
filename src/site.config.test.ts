import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteConfig, siteConfigSchema } from './site.config.ts';
import { locales } from './i18n/locales.ts';

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

  it('publishes every locale', () => {
    expect(siteConfig.locales.map((l) => l.code)).toEqual(locales.map((l) => l.code));
  });

  it('rejects a malformed phone number', () => {
    const broken = structuredClone(siteConfig);
    broken.contact.switchboard.display = 'call us';
    expect(siteConfigSchema.safeParse(broken).success).toBe(false);
  });
});
