import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import type { DirectoryEntry } from '../schemas/directory.ts';
import { readDirectory } from '../lib/directory/directory-data.ts';
import { byName } from '../lib/directory/directory-index.ts';
import { entryTerms, toOrukListService, toOrukService } from '../lib/oruk/oruk-mapping.ts';
import { findTerm, taxonomies, taxonomyTerms } from '../lib/oruk/oruk-taxonomy.ts';
import { readDeploySettings } from './deploy-settings.ts';

export interface OpenReferralOptions {
  /** Where entries come from; tests pass their own. By default, content/directory read with the site's schema. */
  entries?: () => DirectoryEntry[];
  /**
   * The site's public origin, for taxonomy term URIs: from configuration (SITE_URL, see deploy-settings.ts), never
   * from the request, whose Host a client chooses and whose answers are cached.
   */
  siteUrl?: string | undefined;
}

/** ORUK's own description of the standard this API follows, and the OpenAPI definition it implements. */
const apiDetails = {
  version: '3.0',
  profile: 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md',
  openapi_url: 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json',
};

/** per_page when none is asked for, and the most one page may hold. */
const defaultPerPage = 50;
const maxPerPage = 1000;
/** The most term ids one query may name, and the longest search: generous for real clients, cheap to check. */
export const maxTermIds = 20;
export const maxSearchLength = 200;

class BadRequest extends Error {}

/** A whole number from the query string, or the fallback when it is absent; anything else is the client's mistake. */
function intParam(c: Context, name: string, fallback: number, min: number, max: number): number {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new BadRequest(`${name} must be a whole number`);
  const value = Number(raw);
  if (value < min || value > max) throw new BadRequest(`${name} must be between ${min} and ${max}`);
  return value;
}

function ageParam(c: Context, name: string): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new BadRequest(`${name} must be a number of years`);
  return value;
}

/** The page metadata ORUK's OpenAPI `Page` schema defines, around one page of `items`. */
export function paged<T>(all: readonly T[], page: number, perPage: number) {
  const totalPages = Math.max(1, Math.ceil(all.length / perPage));
  const contents = all.slice((page - 1) * perPage, page * perPage);
  return {
    total_items: all.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/**
 * The Open Referral UK 3.0 API over the resource directory, mounted at /openreferral/v3: `/`, `/services` (paginated
 * and filtered), `/services/{id}`, `/taxonomies` and `/taxonomy_terms`. Open to everyone: no keys, and
 * `Access-Control-Allow-Origin: *` so other directories and apps can read it from the browser.
 */
export function openReferralApi({
  entries = () => readDirectory(),
  siteUrl = readDeploySettings().publicOrigin,
}: OpenReferralOptions = {}) {
  const api = new Hono();
  api.use(cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] }));
  api.use(async (c, next) => {
    await next();
    // Entries change only when the site is rebuilt; a few minutes of caching spares the function.
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=300');
  });

  /** Runs a handler, answering 400 with the reason when a query parameter is wrong. */
  const handle = (fn: (c: Context) => Response) => (c: Context) => {
    try {
      return fn(c);
    } catch (error) {
      if (error instanceof BadRequest) return c.json({ error: error.message }, 400);
      throw error;
    }
  };
  // Computed once: the URIs depend only on the configured origin.
  const allTaxonomies = taxonomies(siteUrl);
  const allTerms = taxonomyTerms(siteUrl);
  // Read and sorted at the first request, then kept: entries change only when the site is rebuilt and this restarts.
  let sortedEntries: DirectoryEntry[] | undefined;
  const sorted = () => (sortedEntries ??= [...entries()].sort(byName));

  // Clients ask for the root both as /openreferral/v3 and /openreferral/v3/ (the site's addresses end in a slash).
  for (const path of ['/', '/:slash{/?}']) api.get(path, (c) => c.json(apiDetails));

  api.get(
    '/services',
    handle((c) => {
      const page = intParam(c, 'page', 1, 1, Number.MAX_SAFE_INTEGER);
      const perPage = intParam(c, 'per_page', defaultPerPage, 1, maxPerPage);
      const search = (c.req.query('search') ?? '').trim().toLowerCase();
      if (search.length > maxSearchLength) throw new BadRequest(`search must be at most ${maxSearchLength} characters`);
      const termIds = [...new Set((c.req.query('taxonomy_term_id') ?? '').split(',').filter(Boolean))];
      if (termIds.length > maxTermIds) throw new BadRequest(`taxonomy_term_id takes at most ${maxTermIds} ids`);
      const taxonomyId = c.req.query('taxonomy_id');
      const minimumAge = ageParam(c, 'minimum_age');
      const maximumAge = ageParam(c, 'maximum_age');
      const terms = termIds.map((id) => findTerm(id));
      const found = sorted().filter((entry) => {
        if (search) {
          const text = `${entry.name}\n${entry.description}\n${entry.organization.name}`.toLowerCase();
          if (!text.includes(search)) return false;
        }
        if (terms.length > 0) {
          const own = entryTerms(entry);
          // An unknown term id matches nothing, as a search for a term this directory does not use should.
          const hasAll = terms.every((t) => t !== undefined && own.some((o) => o.key === t.key && o.value === t.value));
          if (!hasAll) return false;
        }
        if (taxonomyId) {
          const ids = new Set(allTerms.filter((t) => t.taxonomy_id === taxonomyId).map((t) => t.code));
          if (!entryTerms(entry).some((t) => ids.has(t.value))) return false;
        }
        // ORUK: minimum_age returns services "with a minimum age of at least" the value; maximum_age those with a
        // maximum "equal to or below" it. A service with no stated age limit has none to compare, so it is left out.
        if (minimumAge !== undefined && (entry.minimum_age === undefined || entry.minimum_age < minimumAge))
          return false;
        if (maximumAge !== undefined && (entry.maximum_age === undefined || entry.maximum_age > maximumAge))
          return false;
        return true;
      });
      return c.json(paged(found.map(toOrukListService), page, perPage));
    }),
  );

  api.get('/services/:id', (c) => {
    const id = c.req.param('id').toLowerCase();
    const entry = entries().find((e) => e.id === id);
    if (!entry) return c.json({ error: 'Not found' }, 404);
    return c.json(toOrukService(entry, siteUrl));
  });

  api.get(
    '/taxonomies',
    handle((c) => {
      const page = intParam(c, 'page', 1, 1, Number.MAX_SAFE_INTEGER);
      const perPage = intParam(c, 'per_page', defaultPerPage, 1, maxPerPage);
      return c.json(paged(allTaxonomies, page, perPage));
    }),
  );

  api.get('/taxonomies/:id', (c) => {
    const taxonomy = allTaxonomies.find((t) => t.id === c.req.param('id').toLowerCase());
    return taxonomy ? c.json(taxonomy) : c.json({ error: 'Not found' }, 404);
  });

  api.get(
    '/taxonomy_terms',
    handle((c) => {
      const page = intParam(c, 'page', 1, 1, Number.MAX_SAFE_INTEGER);
      const perPage = intParam(c, 'per_page', defaultPerPage, 1, maxPerPage);
      const taxonomyId = c.req.query('taxonomy_id');
      const terms = allTerms.filter((t) => !taxonomyId || t.taxonomy_id === taxonomyId);
      return c.json(paged(terms, page, perPage));
    }),
  );

  api.get('/taxonomy_terms/:id', (c) => {
    const term = allTerms.find((t) => t.id === c.req.param('id').toLowerCase());
    return term ? c.json(term) : c.json({ error: 'Not found' }, 404);
  });

  // Anything else under the API is an API answer too: JSON, not the site's HTML 404 page.
  api.all('*', (c) => c.json({ error: 'Not found' }, 404));

  return api;
}
