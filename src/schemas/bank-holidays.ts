import { z } from 'astro/zod';
import { source } from './taxonomy.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written as YYYY-MM-DD');

/** content/bank-holidays.yaml: England and Wales bank holidays from `from` to `to`, with where they come from. */
export const bankHolidaysSchema = z
  .object({
    source,
    reviewed: day,
    reviewDue: day,
    from: day,
    to: day,
    holidays: z.array(z.object({ date: day, name: z.string().min(3) }).strict()).min(1),
  })
  .strict()
  .refine((list) => list.from < list.to, { message: '`from` must come before `to`', path: ['to'] })
  .refine((list) => list.holidays.every(({ date }) => date >= list.from && date <= list.to), {
    message: 'every holiday must fall between `from` and `to`',
    path: ['holidays'],
  });

export type BankHolidaysFile = z.infer<typeof bankHolidaysSchema>;
