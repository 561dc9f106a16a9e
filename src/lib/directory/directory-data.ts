import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { directoryEntrySchema, type DirectoryEntry } from '../../schemas/directory.ts';
import { contentPath } from '../content/content-dir.ts';
import { remembered } from '../memo/remembered.ts';
import { byName } from './directory-index.ts';

/** Where the entries are: DIRECTORY_CONTENT_DIR (the benchmark's generated folder), else content/directory. */
export function directoryDir(): string {
  return process.env['DIRECTORY_CONTENT_DIR'] ?? contentPath('directory');
}

/** Checks one entry's YAML, naming the file and the field of every problem. */
export function parseEntry(text: string, file: string): DirectoryEntry {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const result = directoryEntrySchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${problems}`);
  }
  return result.data;
}

const cache = new Map<string, DirectoryEntry[]>();

/**
 * Every directory entry, checked by the directory's schema and sorted by name: the one reader of content/directory/,
 * for the pages (through `getDirectory`), the ORUK API and the build's English names. Not through Astro's content
 * collections, so the web function runs the same under `npm start` and on a serverless platform that ships the content
 * folder with it. Read and sorted once per folder; a bad file or a repeated id throws, naming the file.
 */
export function readDirectory(dir: string = directoryDir()): DirectoryEntry[] {
  return remembered(cache, dir, readEntries);
}

function readEntries(dir: string): DirectoryEntry[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const entries = files.map((name) => parseEntry(readFileSync(join(dir, name), 'utf8'), join(dir, name)));
  const seen = new Map<string, string>();
  entries.forEach((entry, i) => {
    const earlier = seen.get(entry.id);
    if (earlier) throw new Error(`${join(dir, files[i] ?? '')}: id ${entry.id} is also used by ${earlier}`);
    seen.set(entry.id, files[i] ?? '');
  });
  return entries.sort(byName);
}
