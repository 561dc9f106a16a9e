import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '../../../../lib/directory/directory-content.ts';
import { toCard } from '../../../../lib/directory/directory-card.ts';
import type { DirectoryEntry } from '../../../../schemas/directory.ts';

// /directory/entries/<id>.json: one entry's card, which the shortlist fetches for each listing it holds.
export const getStaticPaths = (async () => {
  const { entries } = await getDirectory();
  return entries.map((entry) => ({ params: { lang: undefined, id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(toCard((props as { entry: DirectoryEntry }).entry)), {
    headers: { 'Content-Type': 'application/json' },
  });
