import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withModulePreloads } from './module-preload.ts';

function builtSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'module-preload-'));
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, '_astro', 'Search.abc.js'), 'import{t}from"./react.def.js";import"./runtime.ghi.js";');
  writeFileSync(join(root, '_astro', 'react.def.js'), 'import"./runtime.ghi.js";export const t=1;');
  writeFileSync(join(root, '_astro', 'runtime.ghi.js'), 'export{};');
  writeFileSync(join(root, '_astro', 'client.jkl.js'), 'import{t}from"./react.def.js";');
  return root;
}

describe('module preloads for pages with islands', () => {
  it('lists the modules an island imports, their imports included, once each, in the head', () => {
    const html =
      '<!doctype html><html><head><title>Search</title></head><body>' +
      '<astro-island component-url="/_astro/Search.abc.js" renderer-url="/_astro/client.jkl.js" client="idle"></astro-island>' +
      '</body></html>';
    const preloaded = withModulePreloads(html, builtSite());
    const head = preloaded.slice(0, preloaded.indexOf('</head>'));
    const hrefs = [...head.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    // The component and renderer themselves load as the island is met; what they import is found early.
    expect(hrefs.sort()).toEqual(['/_astro/react.def.js', '/_astro/runtime.ghi.js']);
    expect(preloaded.slice(preloaded.indexOf('</head>'))).toBe(html.slice(html.indexOf('</head>')));
  });

  it('leaves a page whose island wakes at once as it was', () => {
    const html =
      '<!doctype html><html><head><title>Check</title></head><body>' +
      '<astro-island component-url="/_astro/Search.abc.js" renderer-url="/_astro/client.jkl.js" client="load"></astro-island>' +
      '</body></html>';
    expect(withModulePreloads(html, builtSite())).toBe(html);
  });

  it('leaves a page without islands as it was', () => {
    const html =
      '<!doctype html><html><head><title>Short breaks</title></head><body><h1>Short breaks</h1></body></html>';
    expect(withModulePreloads(html, builtSite())).toBe(html);
  });
});
