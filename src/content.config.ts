import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/page.ts';
import { easyReadSchema } from './schemas/easy-read.ts';

/** Topic pages in every language: content/pages/<lang>/<slug>.md. Ids look like `en/early-years` or `en/index`. */
/** Ids are the file path without `.md`, so the language and folders stay visible (see src/lib/slugs.ts). */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: ['*/**/*.md', '!*/easy-read/**'], generateId: idFromPath }),
  schema: pageSchema,
});

/** Easy-read twins: content/pages/<lang>/easy-read/<slug>.md. Ids look like `en/easy-read/early-years`. */
const easyRead = defineCollection({
  loader: glob({ base: './content/pages', pattern: '*/easy-read/**/*.md', generateId: idFromPath }),
  schema: easyReadSchema,
});

export const collections = { pages, easyRead };
