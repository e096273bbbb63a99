/** A statement's language: picks the lexicon, the tokenizer's elision rules and the morphology. */
export type Language = 'en' | 'fr';

/** A word or punctuation mark of a statement, with its place in the statement. */
export interface Token {
  /** Lower case, NFC, accents kept (French elisions expanded: `l'` → `le`). */
  text: string;
  /** `text` with accents folded and ligatures opened (`évaluer` → `evaluer`, `œuvre` → `oeuvre`). */
  key: string;
  /** UTF-16 offsets of the token in the statement as given. */
  start: number;
  end: number;
}

/** French elided words, written in full. */
export const ELISIONS: Readonly<Record<string, string>> = {
  "l'": 'le',
  "d'": 'de',
  "s'": 'se',
  "qu'": 'que',
  "j'": 'je',
  "n'": 'ne',
  "m'": 'me',
  "t'": 'te',
  "c'": 'ce',
  "jusqu'": 'jusque',
  "lorsqu'": 'lorsque',
  "puisqu'": 'puisque',
};

/**
 * The tokens: a word with inner joins (`self-assess`, `and/or`, `e.g`, `l'avion`), a punctuation
 * mark, a full stop (not an abbreviation's: `e.g.`, `J.`) or a dash before a space or the end. An
 * elided word (`l'` before a letter) is then cut from the front of a joined word (`ELIDED`): the
 * same tokens as trying it first, without reading every word twice. On text of ASCII characters
 * only, `ASCII_TOKEN` finds the same tokens (there, letters and marks are A–Z and a–z, numbers
 * 0–9, and •–— cannot occur) and runs faster, without the Unicode property classes: reading a
 * catalogue's statements is a large share of checking it, and most of its words are ASCII.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-/.'][\p{L}\p{M}\p{N}]+)*|[,;:()&•*–—]|\.(?=\s|$)|-(?=\s|$)/gu;
const ASCII_TOKEN = /[A-Za-z0-9]+(?:[-/.'][A-Za-z0-9]+)*|[,;:()&*]|\.(?=\s|$)|-(?=\s|$)/g;
const ELIDED = /^[\p{L}\p{M}]+'(?=\p{L})/u;
const ASCII_ELIDED = /^[A-Za-z]+'(?=[A-Za-z])/;

const ASCII = /^[\x00-\x7f]*$/;
const ONE_WORD = /^[a-z]+$/;
const folded = new Map<string, string>();

/** Folds accents and ligatures away, for lookups that should not depend on them. */
export function foldAccents(text: string): string {
  if (ASCII.test(text)) return text; // most English words: nothing to fold
  let result = folded.get(text);
  if (result === undefined) {
    result = text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/ß/g, 'ss');
    if (folded.size >= 50_000) folded.clear(); // words of a huge catalogue: keep memory bounded
    folded.set(text, result);
  }
  return result;
}

/** A full stop after a one-letter word ("e.g.", "J. Smith", "in R."): an abbreviation, not a sentence's end. */
function abbreviation(source: string, dot: number): boolean {
  const letter = source.charAt(dot - 1);
  const before = source.charAt(dot - 2);
  return letter.toLowerCase() !== letter.toUpperCase() && (dot < 2 || before === '.' || /\s/.test(before));
}

const plainToken = (text: string, key: string, start: number, end: number): Token => ({
  text,
  key,
  start,
  end,
});

/**
 * Splits a statement into tokens: words (with inner hyphens, slashes and dots: `self-assess`,
 * `and/or`, `e.g`), and the punctuation the matcher reads. French elided articles and pronouns
 * (`l'`, `d'`, `s'`, `qu'`) become tokens of their own, written in full. `make` builds each token
 * (the reader makes its own kind, with what it needs of the word, rather than a copy of a Token).
 */
export function tokenize<T = Token>(
  statement: string,
  language: Language,
  make: (text: string, key: string, start: number, end: number) => T = plainToken as never,
): T[] {
  // One word of small ASCII letters is its own token: most lexicon entries and pattern words.
  if (ONE_WORD.test(statement)) return [make(statement, statement, 0, statement.length)];
  const tokens: T[] = [];
  const source = statement.replace(/[’ʼ‘`´]/g, "'");
  const ascii = ASCII.test(source); // then no word needs normalising or folding either
  const expression = ascii ? ASCII_TOKEN : TOKEN;
  expression.lastIndex = 0;
  for (let match = expression.exec(source); match !== null; match = expression.exec(source)) {
    let raw = match[0];
    const start = match.index;
    if (raw === '.' && abbreviation(source, start)) continue;
    const quoted = raw.includes("'");
    const elided = quoted ? (ascii ? ASCII_ELIDED : ELIDED).exec(raw) : null;
    if (elided) {
      raw = elided[0];
      expression.lastIndex = start + raw.length; // the rest of the word is read next
    }
    let text = (ascii || ASCII.test(raw) ? raw : raw.normalize('NFC')).toLowerCase();
    if (elided) {
      if (language !== 'fr') continue;
      text = ELISIONS[text] ?? text.slice(0, -1);
    } else if (quoted && language === 'en') {
      text = text.replace(/'s$/, '');
    }
    tokens.push(make(text, ascii ? text : foldAccents(text), start, start + raw.length));
  }
  return tokens;
}
