import { describe, expect, it } from 'vitest';
import { directoryEntrySchema } from './directory.ts';

const minimal = {
  id: '3F7B145D-84AF-42D7-8FAE-EACA714B02B2',
  name: 'A service',
  description: 'What the service does and who it is for.',
  organization: { id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', name: 'An organisation', description: 'Who runs it.' },
  assured_date: '2025-03-01',
  taxonomy: { audience: ['parents'] },
};

describe('directory entry schema', () => {
  it('accepts a minimal entry, fills ORUK defaults and lower-cases the UUID', () => {
    const entry = directoryEntrySchema.parse(minimal);
    expect(entry.id).toBe('3f7b145d-84af-42d7-8fae-eaca714b02b2');
    expect(entry.status).toBe('active');
    expect(entry.phones).toEqual([]);
    expect(entry.taxonomy).toEqual({ need: [], stage: [], audience: ['parents'], kind: 'service' });
    expect(entry.assured_date.toISOString().slice(0, 10)).toBe('2025-03-01');
  });

  it.each([
    ['an id that is not a UUID', { id: 'pias' }, 'id'],
    ['an unknown field (a typo)', { phone: '01752 668000' }, ''],
    ['a phone number that is not a UK number', { phones: [{ number: '+1 555 0100' }] }, 'phones.0.number'],
    ['an unknown area of need', { taxonomy: { audience: ['parents'], need: ['autism'] } }, 'taxonomy.need.0'],
    ['an unknown audience', { taxonomy: { audience: ['teachers'] } }, 'taxonomy.audience.0'],
    ['a minimum age above the maximum', { minimum_age: 18, maximum_age: 5 }, 'minimum_age'],
    [
      'an address with no postcode',
      { locations: [{ addresses: [{ address_1: 'A', city: 'Plymouth', state_province: 'Devon' }] }] },
      'locations.0.addresses.0.postal_code',
    ],
    ['a web address that is not http', { url: 'ftp://example.org/' }, 'url'],
    ['an unknown ORUK status', { status: 'open' }, 'status'],
  ])('rejects %s', (_, change, path) => {
    const result = directoryEntrySchema.safeParse({ ...minimal, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
