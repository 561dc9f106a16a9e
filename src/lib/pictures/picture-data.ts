import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { pictureSchema, type Picture } from '../../schemas/picture.ts';
import { contentPath } from '../content/content-dir.ts';

/** A picture's name: its file name in content/pictures/, and what a page writes in `[[picture: <name>]]`. */
const pictureName = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Every picture in content/pictures/*.yaml, validated, by name: for the Markdown plugin that draws them (it runs
 * before Astro's content collections exist). A plain object, not a Map: Astro fingerprints its config as JSON to know
 * when cached pages must be rendered again, and a Map would look empty there, so edited words would not show.
 */
export function readPictures(folder = pathToFileURL(contentPath('pictures', '/'))): Record<string, Picture> {
  const pictures: Record<string, Picture> = {};
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .sort();
  for (const file of files) {
    const name = file.slice(0, -'.yaml'.length);
    const where = `content/pictures/${file}`;
    if (!pictureName.test(name)) throw new Error(`${where}: a picture's file name is lower-case words and hyphens`);
    const result = pictureSchema.safeParse(parse(readFileSync(new URL(file, folder), 'utf8')));
    if (!result.success) {
      const first = result.error.issues[0];
      throw new Error(`${where}: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
    }
    pictures[name] = result.data;
  }
  return pictures;
}
