import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openReferralApi } from '../../functions/openreferral.ts';
import { readDirectory } from '../directory/directory-data.ts';
import { FeedError, fileNameFor, importFeed, servicesIn } from './oruk-import.ts';
import { toOrukService } from './oruk-mapping.ts';
import { orukDir, orukValidators } from '../../../tests/support/oruk-validator.ts';

const project = fileURLToPath(new URL('../../../', import.meta.url));
const example = (name: string): unknown => JSON.parse(readFileSync(join(orukDir, 'examples', name), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'import-oruk-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('importing ORUK feeds', () => {
  it('maps the official example service in full, and the result is a valid ORUK service again', () => {
    const { entries, skipped, warnings } = importFeed(example('service_full.json'), 'service_full.json');
    expect(skipped).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      id: 'ac148810-d857-441c-9679-408f346de14b',
      name: 'Community Counselling',
      organization: { id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', name: 'Example Organization Inc.' },
      minimum_age: 12,
      maximum_age: 100,
      locations: [{ name: 'MyCity Civic Center', addresses: [{ postal_code: 'ABC 1234', country: 'US' }] }],
      cost_options: [{ option: 'Under 18s and Over 60s', amount: 35 }],
      schedules: [{ opens_at: '10:00:00', closes_at: '18:00:00', byday: 'TH,FR' }],
    });
    expect(entry?.assured_date.toISOString().slice(0, 10)).toBe('2005-01-01');
    expect(warnings).toEqual([
      'Community Counselling: left out a language with no name',
      'Community Counselling: 1 taxonomy term(s) from other vocabularies not used for filters',
    ]);
    const oruk = orukValidators();
    expect(entry && oruk.service(toOrukService(entry, 'https://localoffer.test'))).toBe(true);
  });

  it.each([
    ['service_list.json', 1],
    ['organization_full.json', 1],
    ['service_at_location_full.json', 1],
    ['service_at_location_list.json', 1],
  ])('reads %s', (file, count) => {
    expect(servicesIn(example(file))).toHaveLength(count);
    const { entries, skipped } = importFeed(example(file), file);
    expect(entries.length + skipped.length).toBe(count);
  });

  it('refuses a feed with no services, such as a taxonomy', () => {
    for (const file of ['taxonomy.json', 'taxonomy_term_list.json']) {
      expect(() => importFeed(example(file), file)).toThrow(FeedError);
    }
    expect(() => importFeed({ hello: 'world' }, 'x')).toThrow(/no Open Referral UK services found/);
  });

  it('round-trips this directory: its own ORUK feed imports to the same entries, facets included', async () => {
    const real = readDirectory();
    const api = openReferralApi({ entries: () => real, siteUrl: 'https://localoffer.test' });
    const feed: unknown[] = await Promise.all(
      real.map(async (e) => (await api.request(`/services/${e.id}`)).json() as Promise<unknown>),
    );
    const { entries, skipped } = importFeed(feed, 'own feed');
    expect(skipped).toEqual([]);
    const comparable = (e: (typeof real)[number]) => ({ ...e, sources: [] });
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const entry of real) {
      const back = byId.get(entry.id);
      expect(back?.taxonomy, entry.name).toEqual(entry.taxonomy);
      expect(back && { ...comparable(back), phones: back.phones.map(({ id: _, ...p }) => p) }).toMatchObject({
        ...comparable(entry),
        locations: expect.any(Array) as unknown,
        service_areas: expect.any(Array) as unknown,
        cost_options: expect.any(Array) as unknown,
        schedules: expect.any(Array) as unknown,
      });
    }
  });

  it('skips services it cannot use, saying why, and keeps the rest', () => {
    const good = example('service_full.json') as Record<string, unknown>;
    const feed = {
      contents: [
        good,
        { ...good, name: 'Same again' },
        { ...good, id: 'not-a-uuid', name: 'Bad id' },
        {
          ...good,
          id: '9a7b3c1d-2e4f-4a6b-8c0d-1e2f3a4b5c6d',
          name: 'No date',
          assured_date: undefined,
          last_modified: undefined,
        },
        { ...good, id: '8b6c4d2e-1f3a-4b5c-9d7e-2f3a4b5c6d7e', name: 'No organisation', organization: undefined },
        {
          ...good,
          id: '7c5d3e1f-0a2b-4c6d-8e9f-3a4b5c6d7e8f',
          phones: [{ id: 'x', number: '+1 555 0100' }, { number: '01752 668000' }],
        },
      ],
    };
    const { entries, skipped, warnings } = importFeed(feed, 'feed');
    expect(entries.map((e) => e.name)).toEqual(['Community Counselling', 'Community Counselling']);
    expect(entries[1]?.phones.map((p) => p.number)).toEqual(['01752 668000']);
    expect(warnings).toContain(
      'Community Counselling: left out phone "+1 555 0100": not a UK number as people dial it',
    );
    expect(skipped.map((s) => s.where)).toEqual([
      '"Same again" (ac148810-d857-441c-9679-408f346de14b)',
      '"Bad id" (not-a-uuid)',
      '"No date" (9a7b3c1d-2e4f-4a6b-8c0d-1e2f3a4b5c6d)',
      '"No organisation" (8b6c4d2e-1f3a-4b5c-9d7e-2f3a4b5c6d7e)',
    ]);
    expect(skipped[0]?.reason).toBe('the same id appears earlier in the feed');
    expect(skipped[1]?.reason).toMatch(/^id: must be a UUID/);
    expect(skipped[2]?.reason).toMatch(/^no assured_date or last_modified/);
    expect(skipped[3]?.reason).toMatch(/organization/);
  });

  it('names files after entries', () => {
    expect(fileNameFor({ name: 'Café & Crèche: Ages 0–5!', id: 'x' })).toBe('cafe-creche-ages-0-5.yaml');
    expect(fileNameFor({ name: '!!!', id: 'ac148810-d857-441c-9679-408f346de14b' })).toBe(
      'ac148810-d857-441c-9679-408f346de14b.yaml',
    );
  });
});

describe('npm run import:oruk', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(project, 'scripts', 'import-oruk.ts'), ...args], {
      cwd: project,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('writes checked YAML entries into the folder, with progress and a report, and updates on re-import', () => {
    const out = join(work, 'import');
    const first = run(join(orukDir, 'examples', 'organization_full.json'), '--out', out);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain('Checked 1 of 1 services (100%)');
    expect(first.stdout).toContain('Imported 1 entry');
    expect(first.stdout).toContain('(1 new, 0 updated)');
    expect(readdirSync(out)).toEqual(['community-counselling.yaml']);
    const [entry] = readDirectory(out);
    expect(entry?.organization.name).toBe('Example Organization Inc.');

    const again = run(join(orukDir, 'examples', 'service_full.json'), '--out', out);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('(0 new, 1 updated)');
    expect(readdirSync(out)).toEqual(['community-counselling.yaml']);
  });

  it('writes nothing for a file that is not JSON, a feed with no services, or a feed with nothing usable', () => {
    const out = join(work, 'untouched');
    const broken = join(work, 'broken.json');
    writeFileSync(broken, '{"contents": [ {"id": "ac148810-d857-441c-9679-408f346de14b", "name": "Half');
    const unusable = join(work, 'unusable.json');
    writeFileSync(unusable, JSON.stringify([{ name: 'No id at all', status: 'active' }]));
    for (const [file, message] of [
      [broken, /is not a JSON file.*Nothing was written/],
      [join(orukDir, 'examples', 'taxonomy_list.json'), /no Open Referral UK services found.*Nothing was written/],
      [unusable, /none of the 1 services.*could be imported. Nothing was written/],
    ] as const) {
      const result = run(file, '--out', out);
      expect(result.status, file).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    }
    expect(run(broken).stderr).toMatch(/Nothing was written/);
    expect(readdirSync(join(project, 'content', 'directory')).filter((n) => n.startsWith('.import-'))).toEqual([]);
  });

  it('does nothing with --dry-run but say what it would do', () => {
    const out = join(work, 'dry');
    const result = run(join(orukDir, 'examples', 'service_full.json'), '--out', out, '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Would import 1 entry');
    expect(readdirSync(out)).toEqual([]);
  });
});
