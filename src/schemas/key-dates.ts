import { z } from 'astro/zod';

/** The date tools a page can carry (its `tool` field): EHC needs assessment key dates, and the appeal deadline. */
export const keyDatesTools = ['ehc-key-dates', 'appeal-deadline'] as const;
export const keyDatesTool = z.enum(keyDatesTools);
