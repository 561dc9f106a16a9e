import { beforeAll, describe, expect, it } from 'vitest';
import { readDirectory } from '../lib/directory/directory-data.ts';
import { errorsOf, orukValidators, type OrukValidators } from '../../tests/support/oruk-validator.ts';
import { termId, taxonomyId } from '../lib/oruk/oruk-taxonomy.ts';
import { directoryEntrySchema, type DirectoryEntryInput } from '../schemas/directory.ts';
import { createFunctionApp } from './app.ts';
import { openReferralApi } from './openreferral.ts';

let oruk: OrukValidators;
beforeAll(() => {
  oruk = orukValidators();
});

/** A made-up entry that fills every field, so the mapping of each is validated (never published: tests only). */
const full: DirectoryEntryInput = {
  id: '0f8d1a3e-5b7c-4e2a-9d61-3c5e7f9a1b2d',
  name: 'Test listing with every field',
  description: 'A listing made up for tests, with every field filled in so each one is mapped and checked.',
  organization: {
    id: '7a2b4c6d-8e0f-4a1b-8c3d-5e7f9a1b3c5d',
    name: 'Test organisation',
    description: 'Made up for tests.',
    website: 'https://example.org/',
  },
  url: 'https://example.org/service',
  email: 'service@example.org',
  alert: 'Closed for the holidays.',
  phones: [{ number: '01752 000000', description: 'Main line' }],
  locations: [
    {
      name: 'Test Centre',
      description: 'Ground floor.',
      addresses: [
        {
          address_1: 'Test Centre',
          address_2: '1 Test Street',
          city: 'Plymouth',
          state_province: 'Devon',
          postal_code: 'PL1 1AA',
        },
      ],
    },
  ],
  service_areas: [{ name: 'Plymouth', description: 'People who live in Plymouth.' }],
  minimum_age: 5,
  maximum_age: 11,
  cost_options: [{ option: 'Per session', amount: 2.5, amount_description: 'per hour' }],
  schedules: [{ description: 'Weekdays', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' }],
  languages: [{ name: 'British Sign Language', code: 'bfi' }],
  assured_date: '2026-01-15',
  taxonomy: {
    need: ['sensory-and-physical'],
    stage: ['primary'],
    level: 'targeted',
    audience: ['parents'],
    kind: 'service',
  },
};
const older: DirectoryEntryInput = {
  ...full,
  id: '1e9a7c5b-3d1f-4b2a-8e6c-4a2c0e8f6d4b',
  name: 'Another test listing',
  description: 'Another made-up listing, for teenagers, to test filters and pages.',
  minimum_age: 11,
  maximum_age: 18,
  taxonomy: { need: [], stage: ['secondary'], audience: ['young-people'], kind: 'training' },
};
const fixtures = [directoryEntrySchema.parse(full), directoryEntrySchema.parse(older)];

const api = (entries = fixtures) => openReferralApi({ entries: () => entries, siteUrl: 'https://localoffer.test' });
const get = async (path: string, app = api()) => {
  const res = await app.request(path);
  return { res, body: (await res.json()) as Record<string, unknown> & { contents: Record<string, unknown>[] } };
};

describe('the ORUK validators', () => {
  it('reject what the ORUK schemas reject, so a pass in these tests means something', async () => {
    const { body } = await get(`/services/${full.id}`);
    expect(oruk.service(body)).toBe(true);
    expect(oruk.service({ ...body, id: 'not-a-uuid' })).toBe(false);
    const { name: _, ...nameless } = body;
    expect(oruk.service(nameless)).toBe(false);
    expect(oruk.service({ ...body, status: 'open' })).toBe(false);
    const list = (await get('/services')).body;
    const { total_pages: _pages, ...noPages } = list;
    expect(oruk.serviceListPage(noPages)).toBe(false);
    expect(oruk.serviceListPage({ ...list, contents: [{ ...list.contents[0], url: 'not a url' }] })).toBe(false);
  });
});

describe('ORUK API: /', () => {
  it('describes the API and the ORUK version, valid against the OpenAPI definition', async () => {
    const { res, body } = await get('/');
    expect(res.status).toBe(200);
    expect(oruk.root(body), errorsOf(oruk.root).join('\n')).toBe(true);
    expect(body['version']).toBe('3.0');
  });
});

describe('ORUK API: /services', () => {
  it('lists every real entry, each valid against ORUK service_list.json, with valid page metadata', async () => {
    const real = readDirectory();
    const { res, body } = await get('/services?per_page=1000', api(real));
    expect(res.status).toBe(200);
    expect(oruk.serviceListPage(body), errorsOf(oruk.serviceListPage).join('\n')).toBe(true);
    expect(body['total_items']).toBe(real.length);
    expect(body.contents.map((s) => s['id']).sort()).toEqual(real.map((e) => e.id).sort());
  });

  it('pages through results with the metadata ORUK defines', async () => {
    const real = readDirectory();
    const first = (await get('/services?per_page=7&page=1', api(real))).body;
    expect(first).toMatchObject({
      total_items: real.length,
      total_pages: Math.ceil(real.length / 7),
      page_number: 1,
      size: 7,
      first_page: true,
      last_page: false,
      empty: false,
    });
    const lastPage = Math.ceil(real.length / 7);
    const last = (await get(`/services?per_page=7&page=${lastPage}`, api(real))).body;
    expect(last).toMatchObject({
      page_number: lastPage,
      first_page: false,
      last_page: true,
      size: real.length - 7 * (lastPage - 1),
    });
    const all = [];
    for (let page = 1; page <= lastPage; page++) {
      all.push(...(await get(`/services?per_page=7&page=${page}`, api(real))).body.contents.map((s) => s['id']));
    }
    expect(new Set(all).size).toBe(real.length);
    const beyond = (await get(`/services?per_page=7&page=${lastPage + 1}`, api(real))).body;
    expect(beyond).toMatchObject({ size: 0, empty: true, contents: [] });
    expect(oruk.serviceListPage(beyond)).toBe(true);
  });

  it('refuses a page or per_page that is not a positive whole number', async () => {
    for (const query of ['page=0', 'page=two', 'per_page=0', 'per_page=5000', 'per_page=-1', 'minimum_age=old']) {
      const { res, body } = await get(`/services?${query}`);
      expect(res.status, query).toBe(400);
      expect(body['error'], query).toMatch(/must be/);
    }
  });

  it('searches the name, description and organisation', async () => {
    expect((await get('/services?search=TEENAGERS')).body.contents.map((s) => s['name'])).toEqual([
      'Another test listing',
    ]);
    expect((await get('/services?search=test%20organisation')).body['total_items']).toBe(2);
    expect((await get('/services?search=nothing-like-this')).body).toMatchObject({ total_items: 0, empty: true });
  });

  it('filters by taxonomy term id, by taxonomy id, and by age as the ORUK OpenAPI describes', async () => {
    const byTerm = await get(`/services?taxonomy_term_id=${termId('stage', 'primary')}`);
    expect(byTerm.body.contents.map((s) => s['name'])).toEqual(['Test listing with every field']);
    const both = `${termId('kind', 'training')},${termId('audience', 'young-people')}`;
    expect((await get(`/services?taxonomy_term_id=${both}`)).body.contents.map((s) => s['name'])).toEqual([
      'Another test listing',
    ]);
    expect((await get(`/services?taxonomy_term_id=${full.id}`)).body['total_items']).toBe(0);
    expect((await get(`/services?taxonomy_id=${taxonomyId('level')}`)).body.contents.map((s) => s['name'])).toEqual([
      'Test listing with every field',
    ]);
    expect((await get('/services?minimum_age=10')).body.contents.map((s) => s['name'])).toEqual([
      'Another test listing',
    ]);
    expect((await get('/services?maximum_age=12')).body.contents.map((s) => s['name'])).toEqual([
      'Test listing with every field',
    ]);
  });

  it('lets any site read it: Access-Control-Allow-Origin is *, with no key', async () => {
    const res = await api().request('/services', { headers: { Origin: 'https://another-directory.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await api().request('/services', {
      method: 'OPTIONS',
      headers: { Origin: 'https://another-directory.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('ORUK API: /services/{id}', () => {
  it('gives each real entry in full, valid against ORUK service.json', async () => {
    for (const entry of readDirectory()) {
      const { res, body } = await get(`/services/${entry.id}`, api(readDirectory()));
      expect(res.status, entry.id).toBe(200);
      expect(oruk.service(body), `${entry.name}: ${errorsOf(oruk.service).join('; ')}`).toBe(true);
    }
  });

  it('maps every field, with nested ids that stay the same between requests', async () => {
    const { body } = await get(`/services/${full.id}`);
    expect(oruk.service(body), errorsOf(oruk.service).join('\n')).toBe(true);
    expect(body).toMatchObject({
      id: full.id,
      organization_id: full.organization.id,
      email: 'service@example.org',
      minimum_age: 5,
      maximum_age: 11,
      assured_date: '2026-01-15',
      alert: 'Closed for the holidays.',
      phones: [{ number: '01752 000000', description: 'Main line' }],
      languages: [{ name: 'British Sign Language', code: 'bfi' }],
      cost_options: [{ option: 'Per session', amount: 2.5, amount_description: 'per hour' }],
      schedules: [{ description: 'Weekdays', freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00' }],
      service_at_locations: [
        {
          location: {
            location_type: 'physical',
            name: 'Test Centre',
            addresses: [{ address_1: 'Test Centre, 1 Test Street', postal_code: 'PL1 1AA', country: 'GB' }],
          },
        },
      ],
    });
    const terms = (body['attributes'] as { taxonomy_term: { term: string; term_uri: string } }[]).map(
      (a) => a.taxonomy_term,
    );
    expect(terms.map((t) => t.term).sort()).toEqual([
      'parents',
      'primary',
      'sensory-and-physical',
      'service',
      'targeted',
    ]);
    expect(terms.find((t) => t.term === 'primary')?.term_uri).toBe('https://localoffer.test/directory/stage/primary/');
    expect((await get(`/services/${full.id}`)).body).toEqual(body);
  });

  it('answers 404 for an id it does not have, or one that is not a UUID', async () => {
    for (const id of ['a0000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const { res, body } = await get(`/services/${id}`);
      expect(res.status).toBe(404);
      expect(body).toEqual({ error: 'Not found' });
    }
  });
});

describe('ORUK API: taxonomies', () => {
  it('publishes each facet as a taxonomy and each value as a term with a stable id and URI', async () => {
    const taxonomies = (await get('/taxonomies')).body;
    expect(oruk.taxonomyPage(taxonomies), errorsOf(oruk.taxonomyPage).join('\n')).toBe(true);
    expect(taxonomies.contents.map((t) => t['name'])).toContain('SEND area of need');
    const terms = (await get('/taxonomy_terms?per_page=100')).body;
    expect(oruk.taxonomyTermPage(terms), errorsOf(oruk.taxonomyTermPage).join('\n')).toBe(true);
    expect(terms['total_items']).toBe(17);
    const need = terms.contents.find((t) => t['code'] === 'communication-and-interaction');
    expect(need).toMatchObject({
      id: termId('need', 'communication-and-interaction'),
      taxonomy_id: taxonomyId('need'),
      term_uri: 'https://localoffer.test/directory/need/communication-and-interaction/',
    });
    // Ids are UUID v5 names from a fixed namespace: a change here would break every consumer's stored ids.
    expect(termId('need', 'communication-and-interaction')).toBe(termId('need', 'communication-and-interaction'));
    expect(termId('need', 'communication-and-interaction')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab]/);
    const one = await get(`/taxonomy_terms/${String(need?.['id'])}`);
    expect(oruk.taxonomyTerm(one.body)).toBe(true);
    const byTaxonomy = (await get(`/taxonomy_terms?taxonomy_id=${taxonomyId('level')}`)).body;
    expect(byTaxonomy.contents.map((t) => t['code'])).toEqual(['universal', 'targeted', 'specialist']);
    expect((await get(`/taxonomies/${taxonomyId('kind')}`)).body['name']).toBe('Listing type');
    expect((await get('/taxonomy_terms/a0000000-0000-4000-8000-000000000000')).res.status).toBe(404);
  });
});

describe('ORUK API in the web function', () => {
  it('answers at /openreferral/v3 and /openreferral/v3/', async () => {
    for (const path of ['/openreferral/v3', '/openreferral/v3/']) {
      const res = await createFunctionApp().request(path);
      expect(res.status, path).toBe(200);
      expect(oruk.root(await res.json())).toBe(true);
    }
  });

  it('is mounted at /openreferral/v3 with the security headers and CORS', async () => {
    const res = await createFunctionApp().request('/openreferral/v3/services?per_page=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(oruk.serviceListPage(await res.json())).toBe(true);
  });
});
