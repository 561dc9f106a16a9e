import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const project = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'broken-build-'));

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Builds the real site code over a content folder holding one broken page, and returns what Astro printed. */
function buildWithBrokenPage(): { status: number | null; output: string } {
  for (const name of ['src', 'public', 'node_modules', 'package.json', 'tsconfig.json', 'astro.config.mjs']) {
    symlinkSync(join(project, name), join(work, name));
  }
  // The rest of the content as it is (the glossary, directory and checker are read from the project's content/).
  for (const name of readdirSync(join(project, 'content')).filter((name) => name !== 'pages')) {
    cpSync(join(project, 'content', name), join(work, 'content', name), { recursive: true });
  }
  const pages = join(work, 'content', 'pages', 'en');
  mkdirSync(pages, { recursive: true });
  cpSync(join(project, 'content', 'pages', 'en', 'index.md'), join(pages, 'index.md'));
  cpSync(join(project, 'tests', 'fixtures', 'broken-page', 'early-years.md'), join(pages, 'early-years.md'));
  const result = spawnSync(process.execPath, [join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 110_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a content error', () => {
  it('fails the build and names the file and the field', () => {
    const { status, output } = buildWithBrokenPage();
    expect(status).not.toBe(0);
    expect(output).toContain('content/pages/en/early-years.md');
    expect(output).toMatch(/lifeStages.0: Invalid option/);
  });
});
