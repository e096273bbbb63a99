import { describe, expect, it } from 'vitest';
import { compileLexicon, loadLexicon } from '../../src/lexicon/lexicon.js';
import { readStatement } from '../../src/lexicon/reader.js';

const POOL = [
  'and',
  'et',
  'puis',
  ',',
  ';',
  ':',
  '(',
  ')',
  "l'",
  "d'",
  's’',
  'se',
  'critically',
  'efficacement',
  'be able to',
  'capable de',
  'savoir',
  'demonstrate',
  'an',
  'understanding',
  'of',
  'É',
  'e\u0301',
  'œ',
  'that',
  'qui',
  'design',
  'concevoir',
  'Mettre en œuvre',
  '-',
  '•',
  '\u0000',
  '\u200b',
  '🙂',
  'x'.repeat(50),
  '  ',
  '\n',
];

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('readStatement on arbitrary text', () => {
  it.each(['en', 'fr'] as const)(
    'never throws, and every verb lies inside the statement (%s)',
    (language) => {
      const lexicon = loadLexicon(language);
      const random = generator(language === 'en' ? 7 : 11);
      for (let run = 0; run < 400; run++) {
        const words = Array.from(
          { length: Math.floor(random() * 30) },
          () => POOL[Math.floor(random() * POOL.length)],
        );
        const statement = words.join(random() < 0.5 ? ' ' : '');
        const reading = readStatement(statement, lexicon);
        for (const verb of reading.verbs) {
          expect(verb.start).toBeGreaterThanOrEqual(0);
          expect(verb.end).toBeLessThanOrEqual(statement.length);
          expect(statement.slice(verb.start, verb.end)).toBe(verb.text);
        }
        if (reading.levels.length > 0) expect(reading.verbs.some((verb) => verb.levels !== null)).toBe(true);
      }
    },
  );

  it('reads a very long statement', () => {
    const statement = `Identify and explain ${'the causes, '.repeat(2000)}and effects`;
    expect(readStatement(statement, loadLexicon('en')).verbs.map((verb) => verb.text)).toEqual([
      'Identify',
      'explain',
    ]);
  });
});

describe('loadLexicon', () => {
  it('loads each language once, and compiles a config’s verbs once per config object', () => {
    expect(loadLexicon('fr')).toBe(loadLexicon('fr'));
    const verbs = { en: { wireframe: ['create'] } };
    const extended = loadLexicon('en', verbs);
    expect(extended).not.toBe(loadLexicon('en'));
    expect(loadLexicon('en', verbs)).toBe(extended);
    expect(loadLexicon('fr', verbs)).toBe(loadLexicon('fr'));
  });
});

describe('compileLexicon with odd config verbs', () => {
  it('accepts keys that are empty, use the pattern syntax or are not words, without throwing', () => {
    const odd = { '': ['apply'], '@nothing (a|': ['create'], 'ok?': [], '🙂': ['remember'], '  ': ['apply'] };
    const lexicon = compileLexicon(loadLexicon('en').data, odd);
    expect(readStatement('Design a course', lexicon).levels).toEqual(['create']);
    expect(readStatement('', lexicon).verbs).toEqual([]);
  });
});
