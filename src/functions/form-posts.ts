/** What every form the function answers shares: refusing posts from other sites, and reading a form body safely. */
import type { Context } from 'hono';

/**
 * True for a post another site made: browsers send Sec-Fetch-Site and Origin with every POST, so a form on another
 * site cannot post here in a person's name. (hono/csrf checks form types only.) `allowedOrigins` comes from
 * configuration (deploy-settings.ts), never from the request.
 */
export function isCrossSitePost(c: Context, allowedOrigins: readonly string[]): boolean {
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none';
  const foreignOrigin = origin !== undefined && !allowedOrigins.includes(origin);
  return crossSite || foreignOrigin;
}

/** Turns a form body into a plain record: first value of each name wins; `__proto__` is an ordinary key. */
export function formRecord(body: string): Record<string, string> {
  const record: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of new URLSearchParams(body)) {
    if (!Object.hasOwn(record, name)) record[name] = value;
  }
  return record;
}
