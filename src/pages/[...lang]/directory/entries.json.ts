import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '../../../lib/directory/directory-content.ts';
import { pack, type DirectoryIndex } from '../../../lib/directory/directory-index.ts';

// /directory/entries.json: every entry packed small for the filter island (one file for every language: the words in
// it are the entries' own, which are English).
export const getStaticPaths = (() => [{ params: { lang: undefined } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { items } = await getDirectory();
  const index: DirectoryIndex = { version: 1, entries: items.map(pack) };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
