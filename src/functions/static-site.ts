import { Hono, type Context } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { splitLocale } from '../i18n/locales.ts';

/** Astro puts content-hashed files here: they never change, so browsers may keep them for a year. */
const hashedAssets = '/_astro/';

function cacheControl(path: string): string {
  if (path.startsWith(hashedAssets)) return 'public, max-age=31536000, immutable';
  if (path.endsWith('/') || path.endsWith('.html')) return 'no-cache';
  return 'public, max-age=3600';
}

/**
 * The built site in `root` (Astro's dist/), with compressed files, cache headers and a 404 page in each language.
 * Security headers are added by the server around it (src/functions/server.ts).
 */
export function createStaticSite(root: string) {
  const absoluteRoot = resolve(root);
  if (!existsSync(join(absoluteRoot, 'index.html'))) {
    throw new Error(
      `No built site in ${absoluteRoot}: run "npm run build" first (or "npm start", which builds and serves).`,
    );
  }
  const notFoundPage = (path: string) => {
    const { code } = splitLocale(path);
    const localized = join(absoluteRoot, code, '404', 'index.html');
    return readFileSync(code !== 'en' && existsSync(localized) ? localized : join(absoluteRoot, '404.html'));
  };

  const site = new Hono();
  site.on(['GET', 'HEAD'], '*', async (c, next) => {
    // /early-years gives /early-years/, as every page's address ends in a slash.
    const { path } = c.req;
    if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) {
      const candidate = resolve(absoluteRoot, `.${decodeURIComponent(path)}`);
      if (!relative(absoluteRoot, candidate).startsWith('..') && isDirectory(candidate)) {
        const url = new URL(c.req.url);
        return c.redirect(`${path}/${url.search}`, 301);
      }
    }
    await next();
    c.header('Cache-Control', cacheControl(path));
    return undefined;
  });
  site.on(
    ['GET', 'HEAD'],
    '*',
    serveStatic({ root: relative(process.cwd(), absoluteRoot) || '.', precompressed: true }),
  );
  site.on(['GET', 'HEAD'], '*', (c: Context) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(notFoundPage(c.req.path).toString('utf8'), 404);
  });
  site.all('*', (c) => {
    c.header('Allow', 'GET, HEAD');
    return c.text('Method not allowed', 405);
  });
  return site;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
