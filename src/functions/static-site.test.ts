import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../../tests/support/temporary-folder.ts';
import { createStaticSite } from './static-site.ts';

const root = temporaryFolder('static-site', {
  'index.html': '<h1>Home</h1>',
  '404.html': '<h1>Page not found</h1>',
  'pl/404/index.html': '<h1>Nie znaleziono strony</h1>',
  'contact/index.html': '<h1>Contact</h1>',
  '_astro/site.abc123.css': 'body{color:red}',
  '_astro/site.abc123.css.br': brotliCompressSync('body{color:red}'),
});
const site = createStaticSite(root);

describe('static site server', () => {
  it('refuses to start without a build, saying what to run', () => {
    expect(() => createStaticSite(join(root, 'missing'))).toThrow('npm run build');
  });

  it('serves pages as HTML that is revalidated on each visit', async () => {
    const res = await site.request('/contact/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('Contact');
  });

  it('adds the trailing slash with a permanent redirect, keeping the query', async () => {
    const res = await site.request('/contact?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/contact/?x=1');
  });

  it('sends hashed assets compressed, with a long cache', async () => {
    const res = await site.request('/_astro/site.abc123.css', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toContain('Accept-Encoding');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toMatch(/^text\/css/);
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe('body{color:red}');
  });

  it('answers a missing page with status 404 and the page in the reader language', async () => {
    const english = await site.request('/no-such-page/');
    expect(english.status).toBe(404);
    expect(await english.text()).toContain('Page not found');
    const polish = await site.request('/pl/no-such-page/');
    expect(polish.status).toBe(404);
    expect(await polish.text()).toContain('Nie znaleziono');
  });

  it('does not serve files outside the build folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2f..%2fetc/passwd']) {
      const res = await site.request(path);
      expect(res.status, path).toBe(404);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await site.request('/contact/', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});
