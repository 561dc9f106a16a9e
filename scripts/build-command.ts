import { readFileSync } from 'node:fs';

/**
 * The Node flags `npm run build` runs Astro with. package.json's "build" script is the one place they are set; the
 * directory benchmark, which runs its build in a process of its own, reads them from there so it measures the same
 * build.
 *
 * Why the flags: most of a build's memory is V8's heap grown well past what is alive in it. A heap snapshot while a
 * 1,000-entry directory renders held 194 MB alive, while the heap had grown to 450 MB and the process to 940 MB. By
 * default V8 lets the heap grow up to four times what survived the last collection; `--heap-growing-percent=30`
 * lets it grow by 30%, and `--max-semi-space-size=16` keeps the space for new objects at 16 MB a half. The 5,000-entry
 * build then peaked at 947-970 MB rather than 1,211 MB, in 225-234 s rather than 247 s; the real site builds in about
 * 1 s more (two pairs of builds: 2.0 s and 0.1 s more), in 690 MB rather than 875 MB (measured with
 * `npm run bench:directory` and `/usr/bin/time -f %M`).
 */
export function buildNodeFlags(packageJson = readFileSync(new URL('../package.json', import.meta.url), 'utf8')) {
  const { scripts } = JSON.parse(packageJson) as { scripts?: Record<string, string> };
  const build = scripts?.['build'] ?? '';
  const match = /^node((?: --[\w-]+(?:=\S+)?)*) node_modules\/astro\/bin\/astro\.mjs build$/.exec(build);
  if (!match) {
    throw new Error(
      `package.json's build script is "${build}": the benchmarks expect "node [flags] node_modules/astro/bin/astro.mjs build"`,
    );
  }
  return (match[1] ?? '').split(' ').filter(Boolean);
}
