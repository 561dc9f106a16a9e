/**
 * The built site (Astro's dist/) as `npm start` serves it: precompressed files, validators and conditional requests,
 * byte ranges, cache headers, a trailing-slash redirect and a 404 page in each language.
 *
 * Why not a static server package as it is: `send` and `sirv` write straight to Node's ServerResponse, outside
 * Hono's response, so the security headers (server.ts), the 404 page and the in-process tests would each need a
 * second path; and sirv, like @hono/node-server's serveStatic, answers `Range: garbage` with 206, while serveStatic
 * has no ETag or 304 and leaves out `Vary` on uncompressed answers. So this module composes the maintained pieces
 * `send` itself is built from: `fresh` decides 304s (If-None-Match, then If-Modified-Since, as RFC 9110 orders
 * them), `range-parser` reads Range (garbage is ignored, an unsatisfiable range is 416), `etag` makes the validator
 * from the file's size and time, `negotiator` picks the encoding by the client's q-values and `compressible` says
 * which types vary by encoding. What is left by hand is choosing the file and the headers, below.
 */
import { createReadStream, existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { Hono, type Context } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import compressible from 'compressible';
import etag from 'etag';
import fresh from 'fresh';
import Negotiator from 'negotiator';
import rangeParser from 'range-parser';
import { splitLocale } from '../i18n/locales.ts';

/** Astro puts content-hashed files here: they never change, so browsers may keep them for a year. */
const hashedAssets = '/_astro/';

/** The precompressed files the build writes beside each text file (src/integrations/precompress.ts). */
const encodings = { br: '.br', gzip: '.gz' } as const;
type Encoding = keyof typeof encodings;
/** negotiator 1.x takes the server's preference for ties; @types/negotiator (0.6) does not know the option yet. */
type NegotiatorWithPreference = Negotiator & {
  encodings(available: readonly string[], options: { preferred: readonly string[] }): string[];
};

function cacheControl(path: string): string {
  if (path.startsWith(hashedAssets)) return 'public, max-age=31536000, immutable';
  if (path.endsWith('/') || path.endsWith('.html')) return 'no-cache';
  return 'public, max-age=3600';
}

function fileStats(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The request path as segments, decoded once, or why it cannot be served: `malformed` for percent-encoding that is
 * not UTF-8 (400), `refused` for empty, `.` or `..` segments, backslashes and NUL, which no built file has (404).
 */
export function pathSegments(rawPath: string): string[] | 'malformed' | 'refused' {
  let decoded: string[];
  try {
    // Split before decoding, so an encoded slash (%2F) cannot make a segment of its own.
    decoded = rawPath.slice(1).split('/').map(decodeURIComponent);
  } catch {
    return 'malformed';
  }
  const inner = decoded.slice(0, -1);
  const last = decoded.at(-1) ?? '';
  const bad = (s: string) => s === '.' || s === '..' || /[/\\\0]/.test(s);
  if (inner.some((s) => s === '' || bad(s)) || bad(last)) return 'refused';
  return decoded;
}

export function createStaticSite(root: string) {
  const absoluteRoot = resolve(root);
  if (!existsSync(join(absoluteRoot, 'index.html'))) {
    throw new Error(
      `No built site in ${absoluteRoot}: run "npm run build" first (or "npm start", which builds and serves).`,
    );
  }
  const notFoundPages = new Map<string, string>();
  const notFoundPage = (path: string) => {
    const { code } = splitLocale(path);
    let page = notFoundPages.get(code);
    if (page === undefined) {
      const localized = join(absoluteRoot, code, '404', 'index.html');
      page = readFileSync(code !== 'en' && existsSync(localized) ? localized : join(absoluteRoot, '404.html'), 'utf8');
      notFoundPages.set(code, page);
    }
    return page;
  };
  const notFound = (c: Context, path: string) => {
    // Never cached: a file missing during a deploy must not stay missing in browsers.
    c.header('Cache-Control', 'no-store');
    c.header('Vary', 'Accept-Encoding');
    return c.html(notFoundPage(path), 404);
  };

  const site = new Hono();
  site.on(['GET', 'HEAD'], '*', (c) => {
    const url = new URL(c.req.url);
    const segments = pathSegments(url.pathname);
    if (segments === 'malformed') {
      c.header('Cache-Control', 'no-store');
      return c.text('Bad request: the address has broken percent-encoding.', 400);
    }
    if (segments === 'refused') return notFound(c, url.pathname);

    let file = resolve(absoluteRoot, ...segments);
    if (file !== absoluteRoot && !file.startsWith(absoluteRoot + sep)) return notFound(c, url.pathname);
    let stats = fileStats(file);
    if (stats?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        // Every page's address ends in a slash. The new address is built from the checked segments, re-encoded, so
        // it always starts with exactly one slash: a path on this site, never //other.host/.
        const location = `/${segments.map(encodeURIComponent).join('/')}/${url.search}`;
        return c.redirect(location, 301);
      }
      file = join(file, 'index.html');
      stats = fileStats(file);
    }
    if (!stats?.isFile()) return notFound(c, url.pathname);

    const type = getMimeType(file) ?? 'application/octet-stream';
    const variants = (Object.keys(encodings) as Encoding[]).filter((e) => fileStats(file + encodings[e])?.isFile());
    const varies = variants.length > 0 || compressible(type) === true;
    // Among encodings the client likes equally (Chrome sends "gzip, deflate, br, zstd"), the smallest file wins.
    const [encoding] = (
      new Negotiator({ headers: { 'accept-encoding': c.req.header('accept-encoding') } }) as NegotiatorWithPreference
    ).encodings([...variants, 'identity'], { preferred: variants });
    if (encoding !== undefined && encoding !== 'identity') {
      file += encodings[encoding as Encoding];
      stats = fileStats(file) ?? stats;
      c.header('Content-Encoding', encoding);
    }

    // The encoding is part of the tag, so two encodings of one file never share one, even at equal size and time.
    const tag = encoding && encoding !== 'identity' ? etag(stats).replace(/"$/, `-${encoding}"`) : etag(stats);
    const validators = { etag: tag, 'last-modified': stats.mtime.toUTCString() };
    c.header('Cache-Control', cacheControl(url.pathname));
    c.header('ETag', validators.etag);
    c.header('Last-Modified', validators['last-modified']);
    if (varies) c.header('Vary', 'Accept-Encoding');
    const request = {
      'if-none-match': c.req.header('if-none-match'),
      'if-modified-since': c.req.header('if-modified-since'),
      'cache-control': c.req.header('cache-control'),
    };
    if (fresh(request, validators)) {
      c.header('Content-Encoding', undefined);
      return c.body(null, 304);
    }

    c.header('Content-Type', type);
    c.header('Accept-Ranges', 'bytes');
    let range: { start: number; end: number } | undefined;
    const rangeHeader = c.req.header('range');
    if (rangeHeader !== undefined && c.req.method === 'GET' && rangeStillValid(c.req.header('if-range'), validators)) {
      const ranges = rangeParser(stats.size, rangeHeader, { combine: true });
      if (ranges === -1) {
        c.header('Content-Range', `bytes */${stats.size}`);
        return c.body(null, 416);
      }
      // Malformed (-2), another unit, or several ranges (which would need multipart): the whole file, as RFC 9110
      // allows a server to ignore Range.
      if (ranges !== -2 && ranges.type === 'bytes' && ranges.length === 1) range = ranges[0];
    }
    const length = range ? range.end - range.start + 1 : stats.size;
    c.header('Content-Length', String(length));
    if (range) c.header('Content-Range', `bytes ${range.start}-${range.end}/${stats.size}`);
    const status = range ? 206 : 200;
    if (c.req.method === 'HEAD') return c.body(null, status);
    const stream = Readable.toWeb(createReadStream(file, range ?? {})) as ReadableStream<Uint8Array>;
    return c.body(stream, status);
  });
  site.all('*', (c) => {
    c.header('Allow', 'GET, HEAD');
    return c.text('Method not allowed', 405);
  });
  return site;
}

/**
 * If-Range: a range is sent only if the file is still the one the client has. Our ETags are weak, which If-Range
 * may not use (RFC 9110 13.1.5), so only a date equal to Last-Modified keeps the range; anything else gets the whole
 * file, as `send` does.
 */
function rangeStillValid(ifRange: string | undefined, validators: { 'last-modified': string }): boolean {
  if (ifRange === undefined) return true;
  const date = Date.parse(ifRange);
  return !ifRange.includes('"') && !Number.isNaN(date) && date === Date.parse(validators['last-modified']);
}
