import { z } from 'astro/zod';
import { pluralCategories } from './plural.ts';

type Json = string | { [key: string]: Json };

/** Interpolation placeholders such as {{phone}} in a UI string. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

/** A key with plural forms is written in English as `<key>_one` and `<key>_other` (i18next's convention). */
const pluralKey = /^(.+)_(zero|one|two|few|many|other)$/;

function placeholderString(expected: string[], exact: boolean): z.ZodType {
  return z
    .string()
    .trim()
    .min(1)
    .refine(
      (text) => {
        const used = placeholders(text);
        return exact ? used.join(',') === expected.join(',') : used.every((name) => expected.includes(name));
      },
      { message: `must use the placeholders {${expected.join(',')}}` },
    );
}

/**
 * A strict schema with the shape of the English strings for a language: every key English has, each a non-empty
 * string that uses the same {{placeholders}}, and no other key. A key with plural forms has exactly the forms the
 * language needs (Polish: one, few, many, other; Chinese: other only); a form other than `other` may leave out a
 * placeholder, as Arabic says "one minute" and "two minutes" in a word, without the number.
 */
export function schemaFromReference(reference: Json, lang = 'en-GB'): z.ZodType {
  if (typeof reference === 'string') return placeholderString(placeholders(reference), true);
  const shape: Record<string, z.ZodType> = {};
  for (const [key, value] of Object.entries(reference)) {
    const plural = pluralKey.exec(key);
    if (!plural) {
      shape[key] = schemaFromReference(value, lang);
      continue;
    }
    const other = reference[`${plural[1]}_other`];
    if (typeof other !== 'string') throw new Error(`en.json: ${key} has no ${plural[1]}_other form`);
    for (const category of pluralCategories(lang)) {
      shape[`${plural[1]}_${category}`] = placeholderString(placeholders(other), category === 'other');
    }
  }
  return z.object(shape).strict();
}
