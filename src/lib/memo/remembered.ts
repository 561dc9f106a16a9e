/**
 * The value for `key`, made by `make` the first time it is asked for and kept in `cache` from then on. The build
 * asks for the same few things (a language's strings and formatters, an icon) on every one of tens of thousands of
 * pages, and making them each time was a large part of rendering a county-sized directory. One helper so every such
 * cache behaves the same: `undefined` is never kept, so a value that may be missing is looked up again.
 *
 * (Hand-written: Map.prototype.getOrInsertComputed does this, but Node 24 does not have it yet, and a memoizing
 * library would add its code to the islands that use these strings.)
 */
export function remembered<K, V>(cache: Map<K, V>, key: K, make: (key: K) => V): V;
export function remembered<K extends object, V>(cache: WeakMap<K, V>, key: K, make: (key: K) => V): V;
export function remembered<K extends object, V>(cache: Map<K, V> | WeakMap<K, V>, key: K, make: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make(key);
    cache.set(key, value);
  }
  return value;
}
