import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELISIONS, foldAccents, type Language, type Token, tokenize } from '../../src/lexicon/text.js';

// What `tokenize` finds, whichever of its expressions it uses.
const TOKEN =
  /[\p{L}\p{M}]+'(?=\p{L})|[\p{L}\p{M}\p{N}]+(?:[-/.'][\p{L}\p{M}\p{N}]+)*|[,;:()&•*–—]|\.(?=\s|$)|-(?=\s|$)/gu;

/** `tokenize` written plainly over the one expression. */
function tokenizeByExpression(statement: string, language: Language): Token[] {
  const tokens: Token[] = [];
  const source = statement.replace(/[’ʼ‘`´]/g, "'");
  for (const match of source.matchAll(TOKEN)) {
    const raw = match[0];
    // a full stop after a one-letter word is an abbreviation's ("e.g.", "in R.")
    if (raw === '.' && /(^|[\s.])\p{L}$/u.test(source.slice(0, match.index))) continue;
    let text = raw.normalize('NFC').toLowerCase();
    if (text.endsWith("'")) {
      if (language !== 'fr') continue;
      text = ELISIONS[text] ?? text.slice(0, -1);
    } else if (text.includes("'") && language === 'en') {
      text = text.replace(/'s$/, '');
    }
    tokens.push({ text, key: foldAccents(text), start: match.index, end: match.index + raw.length });
  }
  return tokens;
}

// Characters of every class the tokenizer tells apart: letters and marks (ASCII, accented,
// combining, astral), digits (ASCII and not), joins, quotes, punctuation, spaces, surrogates.
const ALPHABET = [
  ...'aZé',
  'e\u0301',
  'œ',
  'ʼ',
  '𝐀',
  'ß',
  ...'09',
  '٣',
  '½',
  ...`-/.'’‘\`´`,
  ...',;:()&•*–—',
  ' ',
  '\u00a0',
  '\u2028',
  '\t',
  '\n',
  '🙂',
  '\ud800',
  '\udc00',
  '_',
  '!',
  '$',
];

// ASCII only: such text is read by a scanner of its own, over character codes; the codes on
// either side of the letters' and digits' ranges (`@[`{/:`), and every ASCII space, are in.
const ASCII_ALPHABET = [...'aZqAz09', ...`-/.'\``, ...',;:()&*', ...' \t\n\r\v\f', ...'_!$#@[{'];

// Mostly one word of small letters, which skips the expressions altogether (lexicon entries).
const WORD_ALPHABET = [...'aqz', 'Z', "'", '-', ' '];

describe('tokenize', () => {
  it.each([
    ['en', 'any text', ALPHABET],
    ['fr', 'any text', ALPHABET],
    ['en', 'ASCII text', ASCII_ALPHABET],
    ['fr', 'ASCII text', ASCII_ALPHABET],
    ['en', 'single words', WORD_ALPHABET],
    ['fr', 'single words', WORD_ALPHABET],
  ] as const)('gives the tokens the expression gives (%s, %s)', (language, _kind, alphabet) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(tokenize(text, language)).toEqual(tokenizeByExpression(text, language));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads words, elisions, joins and punctuation as the lexicon expects', () => {
    const texts = (statement: string, language: Language) =>
      tokenize(statement, language).map((token) => token.text);
    expect(texts("Analyser l'impact d’un self-assessment, e.g. 3.5 – puis -", 'fr')).toEqual([
      'analyser',
      'le',
      'impact',
      'de',
      'un',
      'self-assessment',
      ',',
      'e.g',
      '3.5',
      '–',
      'puis',
      '-',
    ]);
    expect(texts('List the steps. Then run them, e.g. in R.', 'en')).toEqual([
      'list',
      'the',
      'steps',
      '.',
      'then',
      'run',
      'them',
      ',',
      'e.g',
      'in',
      'r',
    ]);
    expect(texts('Design and/or self-assess: a 2-step plan', 'en')).toEqual([
      'design',
      'and/or',
      'self-assess',
      ':',
      'a',
      '2-step',
      'plan',
    ]);
  });
});
