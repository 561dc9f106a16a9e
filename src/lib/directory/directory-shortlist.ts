/**
 * The shortlist as this browser keeps it: a list of entry ids in localStorage, on this device only. Nothing is sent
 * to the server, and a browser that blocks storage simply keeps no shortlist.
 */
import { uuidPattern } from '../../schemas/allowed-values.ts';

export { uuidPattern };

/**
 * The storage key. Changing it would empty everyone's shortlist (it changed once, before launch in December 2026, to
 * stop naming the council: storage is per site, so the key need not).
 */
export const shortlistKey = 'local-offer:directory-shortlist';

export function readShortlist(storage: Pick<Storage, 'getItem'> = localStorage): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(shortlistKey) ?? '[]');
    return Array.isArray(value)
      ? value.filter((id): id is string => typeof id === 'string' && uuidPattern.test(id))
      : [];
  } catch {
    return [];
  }
}

export function writeShortlist(ids: string[], storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(shortlistKey, JSON.stringify(ids));
  } catch {
    // Storage is full or blocked (private browsing in some browsers): the list lasts only while the page is open.
  }
}
