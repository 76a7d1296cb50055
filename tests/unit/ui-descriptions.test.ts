// Every UI key of vi.json has a description for translators in src/i18n/ui-descriptions.json, every description
// belongs to a key, and a description names each placeholder ({{name}}, [NAME]) its string contains.
import { describe, expect, it } from 'vitest';
import vi from '../../src/i18n/ui/vi.json';
import descriptions from '../../src/i18n/ui-descriptions.json';

/** Leaves of a nested object, by dotted key; a leaf that is not a string is kept as its type, to be reported. */
function flatten(obj: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(obj).flatMap(([k, v]) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(flatten(v as Record<string, unknown>, `${prefix}${k}.`)) : [[`${prefix}${k}`, v]],
    ),
  );
}
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\{(\w+)\}\}|\[(\w+)\]/g)].map((m) => m[0]))];

const strings = flatten(vi);
const described = flatten(descriptions);

describe('UI string descriptions (src/i18n/ui-descriptions.json)', () => {
  it('describe every key of vi.json', () => {
    const missing = Object.keys(strings).filter((k) => !(k in described));
    expect(missing, 'keys of src/i18n/ui/vi.json without a description in src/i18n/ui-descriptions.json').toEqual([]);
  });

  it('describe no key that vi.json lacks', () => {
    const stray = Object.keys(described).filter((k) => !(k in strings));
    expect(stray, 'descriptions in src/i18n/ui-descriptions.json of keys that src/i18n/ui/vi.json does not have').toEqual([]);
  });

  it('are sentences, not empty', () => {
    const empty = Object.entries(described)
      .filter(([, d]) => typeof d !== 'string' || d.trim().length < 10)
      .map(([k]) => k);
    expect(empty, 'descriptions that are empty, too short or not text').toEqual([]);
  });

  it('name every placeholder of their string', () => {
    const unexplained = Object.entries(strings).flatMap(([k, s]) =>
      placeholders(String(s))
        .filter((p) => typeof described[k] === 'string' && !(described[k] as string).includes(p))
        .map((p) => `${k}: ${p}`),
    );
    expect(unexplained, 'placeholders that the description of their key does not mention').toEqual([]);
  });
});
