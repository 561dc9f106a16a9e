import { describe, expect, it } from 'vitest';
import { remembered } from './remembered.ts';

describe('remembered', () => {
  it('makes a value once for each key, and returns the same value after', () => {
    const cache = new Map<string, { lang: string }>();
    let made = 0;
    const make = (lang: string) => {
      made += 1;
      return { lang };
    };
    const first = remembered(cache, 'pl', make);
    expect(remembered(cache, 'pl', make)).toBe(first);
    expect(remembered(cache, 'ar', make)).toEqual({ lang: 'ar' });
    expect(made).toBe(2);
  });

  it('keys by object in a WeakMap', () => {
    const cache = new WeakMap<object, number>();
    const key = {};
    expect(remembered(cache, key, () => 1)).toBe(1);
    expect(remembered(cache, key, () => 2)).toBe(1);
    expect(remembered(cache, {}, () => 3)).toBe(3);
  });

  it('does not keep undefined, so a missing value is looked for again', () => {
    const cache = new Map<string, string | undefined>();
    let asked = 0;
    const find = () => {
      asked += 1;
      return undefined;
    };
    remembered(cache, 'x', find);
    remembered(cache, 'x', find);
    expect(asked).toBe(2);
  });
});
