import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from './ui/en.json';
import { localeCodes } from './locales.ts';
import { uiStrings } from './index.ts';
import { placeholders, schemaFromReference } from './ui-schema.ts';

const schema = schemaFromReference(en);

describe('UI strings', () => {
  it('has a strings file for every locale, and no other', () => {
    const files = readdirSync(new URL('./ui/', import.meta.url))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual([...localeCodes].sort());
  });

  it.each(localeCodes)('%s has exactly the keys and placeholders of en.json', (code) => {
    const result = schema.safeParse(uiStrings[code]);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('rejects a file with a missing key, naming it', () => {
    const { skipLink: _, ...missing } = en;
    const result = schema.safeParse(missing);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('skipLink');
  });

  it('rejects a file with an extra key', () => {
    const result = schema.safeParse({ ...en, header: { ...en.header, surprise: 'x' } });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('surprise');
  });

  it('rejects a translation that drops or renames a placeholder', () => {
    const result = schema.safeParse({ ...en, help: { ...en.help, phone: 'Call {{telephone}}' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe('help.phone');
  });

  it('rejects an empty string', () => {
    expect(schema.safeParse({ ...en, skipLink: '  ' }).success).toBe(false);
  });

  it('finds placeholders in order-independent form', () => {
    expect(placeholders('{{b}} and {{ a }}')).toEqual(['a', 'b']);
  });
});
