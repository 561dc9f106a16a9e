import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { pageSchema } from './schemas/page.ts';
import { easyReadSchema } from './schemas/easy-read.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { oapAreaSchema } from './schemas/oap.ts';
import { contentPath } from './lib/content/content-dir.ts';

/** Ids are the file path without `.md`, so the language and folders stay visible (see src/lib/content/slugs.ts). */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

/** Topic pages in every language: content/pages/<lang>/<slug>.md. Ids look like `en/early-years` or `en/index`. */
const pages = defineCollection({
  loader: glob({ base: contentPath('pages'), pattern: ['*/**/*.md', '!*/easy-read/**'], generateId: idFromPath }),
  schema: pageSchema,
});

/** Easy-read twins: content/pages/<lang>/easy-read/<slug>.md. Ids look like `en/easy-read/early-years`. */
const easyRead = defineCollection({
  loader: glob({ base: contentPath('pages'), pattern: '*/easy-read/**/*.md', generateId: idFromPath }),
  schema: easyReadSchema,
});

/** SEND terms, aliases and definitions: content/glossary.yaml (a list; each term's `id` is its anchor). */
const glossary = defineCollection({
  loader: file(contentPath('glossary.yaml')),
  schema: glossaryTermSchema,
});

/** Ordinarily Available Provision, one file per area of need: content/oap/<area>.yaml. */
const oap = defineCollection({
  loader: glob({ base: contentPath('oap'), pattern: '*.yaml' }),
  schema: oapAreaSchema,
});

// The resource directory is not a collection: src/lib/directory/directory-data.ts reads it, once, for the pages and the
// web function alike.
export const collections = { pages, easyRead, glossary, oap };
