import { z } from 'astro/zod';

type Json = string | { [key: string]: Json };

/** Interpolation placeholders such as {{phone}} in a UI string. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

/**
 * A strict schema with the shape of the English strings: every other language must have exactly the same keys, each
 * a non-empty string that uses the same {{placeholders}} as the English one.
 */
export function schemaFromReference(reference: Json): z.ZodType {
  if (typeof reference === 'string') {
    const expected = placeholders(reference).join(',');
    return z
      .string()
      .trim()
      .min(1)
      .refine((text) => placeholders(text).join(',') === expected, {
        message: `must use the placeholders {${expected}}`,
      });
  }
  const shape = Object.fromEntries(Object.entries(reference).map(([key, value]) => [key, schemaFromReference(value)]));
  return z.object(shape).strict();
}
