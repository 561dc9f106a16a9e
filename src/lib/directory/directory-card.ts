/**
 * An entry as the shortlist shows and prints it: how to reach the service as well as what it is. The build writes one
 * small file per entry (/directory/entries/<id>.json), and the shortlist fetches only the ones it holds.
 */
import type { DirectoryEntry } from '../../schemas/directory.ts';
import { isoDate } from './directory-index.ts';
import { summaryOf } from './directory-facets.ts';
import { telOf } from '../markdown/phone-numbers.ts';

export interface EntryCard {
  id: string;
  name: string;
  org: string;
  summary: string;
  url?: string | undefined;
  email?: string | undefined;
  phones: { number: string; tel: string; description?: string | undefined }[];
  /** Each place as one line: its name and address. */
  places: string[];
  minAge?: number | undefined;
  maxAge?: number | undefined;
  checked: string;
}

export function toCard(entry: DirectoryEntry): EntryCard {
  return {
    id: entry.id,
    name: entry.name,
    org: entry.organization.name,
    summary: summaryOf(entry.description, 300),
    url: entry.url,
    email: entry.email,
    phones: entry.phones.map((phone) => ({
      number: phone.number,
      tel: telOf(phone.number),
      description: phone.description,
    })),
    places: entry.locations.map((location) =>
      [
        location.name,
        ...location.addresses.flatMap((a) => [a.address_1, a.address_2, a.city, a.postal_code]).filter(Boolean),
      ]
        .filter((line, i, all) => line && all.indexOf(line) === i)
        .join(', '),
    ),
    minAge: entry.minimum_age,
    maxAge: entry.maximum_age,
    checked: isoDate(entry.assured_date),
  };
}
