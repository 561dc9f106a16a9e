import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../../../tests/support/temporary-folder.ts';
import { pageEntryScripts, pageScripts } from './module-graph.ts';

const page =
  '<!doctype html><html><head><script type="module" src="/_astro/page.a.js"></script></head><body>' +
  '<astro-island component-url="/_astro/Search.b.js" renderer-url="/_astro/client.c.js" client="idle"></astro-island>' +
  // Text that looks like a tag inside a script is not one.
  '<script>const html = \'<script src="/_astro/not-loaded.js"></script>\';</script></body></html>';

describe('the modules a built page loads', () => {
  const root = temporaryFolder('module-graph', {
    '_astro/page.a.js': 'export{};',
    '_astro/Search.b.js': 'import{t}from"./react.d.js";',
    '_astro/client.c.js': 'import"./react.d.js";',
    '_astro/react.d.js': 'export const t=1;',
    '_astro/later.e.js': 'export{};',
  });

  it('are the ones it names, and what they import, once each', () => {
    // Islands first, then scripts (the order their imports are preloaded in), though the script comes first.
    expect([...pageEntryScripts(page)]).toEqual(['/_astro/Search.b.js', '/_astro/client.c.js', '/_astro/page.a.js']);
    expect([...pageScripts(page, root)].sort()).toEqual([
      '/_astro/Search.b.js',
      '/_astro/client.c.js',
      '/_astro/page.a.js',
      '/_astro/react.d.js',
    ]);
  });

  it('follow a module written again with other imports, not what was read of it before', () => {
    expect(pageScripts(page, root).has('/_astro/later.e.js')).toBe(false);
    const react = join(root, '_astro/react.d.js');
    writeFileSync(react, 'import"./later.e.js";export const t=1;');
    // Even written within the same instant as before, its size tells it apart.
    utimesSync(react, new Date(0), new Date(0));
    expect(pageScripts(page, root).has('/_astro/later.e.js')).toBe(true);
  });
});
