import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/** Files to write: each path (inside the folder, with `/` between folders) and its contents. */
export type FolderFiles = Record<string, string | Uint8Array>;

/** Writes each file into `root`, making the folders it needs. */
export function writeFiles(root: string, files: FolderFiles): void {
  for (const [path, body] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, body);
  }
}

/**
 * A new folder in the system's temporary folder (its name starting `prefix-`) holding `files`, deleted once the suite
 * it is made in (a describe block, or the whole test file) has run. Call it where hooks may be registered, not inside
 * a test.
 */
export function temporaryFolder(prefix: string, files: FolderFiles = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  writeFiles(dir, files);
  return dir;
}
