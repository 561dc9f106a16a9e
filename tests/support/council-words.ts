/**
 * What only Plymouth's settings and content may say: its place and council's name, switchboard, postal address, OAP
 * guide, and the organisations and phone numbers in its directory (national numbers such as 111 are left out). Read
 * from the project's own content/, whatever LOCAL_OFFER_CONTENT says, so a check over another council's build or over
 * src/ looks for this council's words.
 */
import { readCouncilSettings } from '../../src/site.config.ts';
import { readDirectory } from '../../src/lib/directory/directory-data.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function councilWords(): RegExp[] {
  const { place, councilName, contact, oapGuide } = readCouncilSettings('content/site.yaml');
  const entries = readDirectory('content/directory');
  const words = [
    place,
    councilName,
    ...contact.address.slice(1),
    contact.switchboard.display,
    contact.switchboard.tel,
    new URL(oapGuide.url).pathname,
    ...entries.map((entry) => entry.organization.name),
    ...entries.flatMap((entry) => entry.phones.map((phone) => phone.number)).filter((number) => number.length > 3),
  ];
  return [...new Set(words)].map((word) => new RegExp(`(?<![\\w])${escape(word)}(?![\\w])`, 'i'));
}

/** The council words a text uses. */
export function councilWordsIn(text: string, patterns: RegExp[]): string[] {
  return patterns.flatMap((pattern) => pattern.exec(text)?.[0] ?? []);
}
