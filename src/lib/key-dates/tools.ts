/**
 * The two date tools, the pages that carry them and the dates each asks for: one list, read by the page schema, the
 * form, the web function and the tests.
 */
import { keyDatesTools } from '../../schemas/key-dates.ts';

export { keyDatesTools };
export type KeyDatesTool = (typeof keyDatesTools)[number];

export const dateFields = ['requested', 'decision', 'certificate'] as const;
export type DateField = (typeof dateFields)[number];
export const dateParts = ['day', 'month', 'year'] as const;
export type DatePart = (typeof dateParts)[number];

export const toolPages: Record<KeyDatesTool, string> = {
  'ehc-key-dates': '/ehcp/key-dates/',
  'appeal-deadline': '/disagreements/appeal-deadline/',
};

export const toolFields: Record<KeyDatesTool, readonly { field: DateField; required: boolean }[]> = {
  'ehc-key-dates': [{ field: 'requested', required: true }],
  'appeal-deadline': [
    { field: 'decision', required: true },
    { field: 'certificate', required: false },
  ],
};

export function isKeyDatesTool(value: unknown): value is KeyDatesTool {
  return (keyDatesTools as readonly unknown[]).includes(value);
}
