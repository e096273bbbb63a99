// A message in one language only fails here: both catalogues have the same keys, each entry of
// the same kind and, for a template, the same number of arguments.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';

type Tree = { [key: string]: unknown };

/** Every leaf of a catalogue: its dotted key, and its kind (a string, or a template and its arity). */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'function') out.set(path, value);
    else if (typeof value === 'string') out.set(path, value);
    else for (const [inner, leaf] of leaves(value as Tree, path)) out.set(inner, leaf);
  }
  return out;
}

const english = leaves(en);
const french = leaves(fr);

describe('the message catalogues', () => {
  it('have the same keys in English and French', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
    expect(english.size).toBeGreaterThan(50);
  });

  it.each([...english.keys()])('%s is of the same kind in both, and French text is set', (key) => {
    const a = english.get(key);
    const b = french.get(key);
    expect(typeof b).toBe(typeof a);
    if (typeof a === 'function') {
      expect((b as (...args: unknown[]) => string).length).toBe(a.length);
      const args = Array.from({ length: a.length }, (_, index) => (index === 1 ? false : '2'));
      const text = (b as (...args: unknown[]) => string)(...args);
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/ [:;?!»]|« /);
    } else {
      expect((b as string).trim()).not.toBe('');
      expect(b as string).not.toMatch(/ [:;?!»]|« /);
    }
  });
});
