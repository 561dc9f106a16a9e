import { remembered } from '../lib/memo/remembered.ts';

/**
 * Plural forms for text that is finished in the browser or by the feedback function, where i18next does not run:
 * the build hands over every form the language has, and this picks one with the language's own plural rules.
 * (At build time, pass `count` to i18next instead.)
 */

/** A string's plural forms in one language, by CLDR category; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The plural forms a language's grammar has (`one`, `few`, `many`, `other`, ...), as Unicode CLDR lists them. */
export function pluralCategories(lang: string): Intl.LDMLPluralRule[] {
  return rulesOf(lang).resolvedOptions().pluralCategories;
}

/**
 * Each language's rules, made once: making an Intl.PluralRules is slow, and the directory's pages choose plurals
 * thousands of times (4.7 s of a 1,000-entry directory's build when each choice made its own).
 */
const rulesByLanguage = new Map<string, Intl.PluralRules>();

/** The form of `forms` that fits `count` in the language `lang`. */
export function choosePlural(forms: PluralForms, lang: string, count: number): string {
  return forms[rulesOf(lang).select(count)] ?? forms.other;
}

function rulesOf(lang: string): Intl.PluralRules {
  return remembered(rulesByLanguage, lang, (key) => new Intl.PluralRules(key));
}

/** Collects `<key>_<category>` strings of one section of a UI strings file into that key's plural forms. */
export function pluralFormsOf(section: Record<string, string>, key: string): PluralForms {
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const [name, text] of Object.entries(section)) {
    const category = name.startsWith(`${key}_`) ? name.slice(key.length + 1) : undefined;
    if (category) forms[category as Intl.LDMLPluralRule] = text;
  }
  if (forms.other === undefined) throw new Error(`No plural forms of "${key}" (looked for ${key}_other)`);
  return forms as PluralForms;
}
