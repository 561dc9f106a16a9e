import i18next, { type Resource, type TFunction } from 'i18next';
import en from './ui/en.json';
import pl from './ui/pl.json';
import ro from './ui/ro.json';
import zh from './ui/zh.json';
import pt from './ui/pt.json';
import ar from './ui/ar.json';
import { type LocaleCode } from './locales.ts';
import { schemaFromReference } from './ui-schema.ts';

/** UI strings by language. Each is checked against the English shape when the site builds. */
export const uiStrings: Record<LocaleCode, typeof en> = { en, pl, ro, zh, pt, ar };

const uiSchema = schemaFromReference(en);
for (const [code, strings] of Object.entries(uiStrings)) {
  const result = uiSchema.safeParse(strings);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`src/i18n/ui/${code}.json does not match en.json: ${problems}`);
  }
}

// i18next runs only at build time: strings reach the browser as HTML, or as props for islands.
const i18n = i18next.createInstance();
await i18n.init({
  resources: Object.fromEntries(
    Object.entries(uiStrings).map(([code, strings]) => [code, { translation: strings }]),
  ) satisfies Resource,
  lng: 'en',
  fallbackLng: false,
  // The text goes into Astro templates, which escape it.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export type Translate = TFunction;

/** The translation function for one language. */
export function useTranslations(code: LocaleCode): Translate {
  return i18n.getFixedT(code);
}
