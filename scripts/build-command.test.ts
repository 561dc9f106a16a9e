import { describe, expect, it } from 'vitest';
import { buildNodeFlags } from './build-command.ts';

const packageWith = (build: string) => JSON.stringify({ scripts: { build } });

describe('the Node flags of the build', () => {
  it('are read from the build script, each as it is written', () => {
    expect(
      buildNodeFlags(
        packageWith('node --max-semi-space-size=16 --heap-growing-percent=30 node_modules/astro/bin/astro.mjs build'),
      ),
    ).toEqual(['--max-semi-space-size=16', '--heap-growing-percent=30']);
    expect(buildNodeFlags(packageWith('node node_modules/astro/bin/astro.mjs build'))).toEqual([]);
  });

  it('are those of this project’s own build script, which runs Astro under Node', () => {
    expect(() => buildNodeFlags()).not.toThrow();
  });

  it('stop the benchmark when the build script runs something else, rather than measure another build', () => {
    expect(() => buildNodeFlags(packageWith('astro build'))).toThrow(/the benchmarks expect/);
    expect(() => buildNodeFlags(JSON.stringify({}))).toThrow(/the benchmarks expect/);
  });
});
