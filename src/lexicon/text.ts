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
 * same tokens as trying it first, without reading every word twice. Text of ASCII characters only
 * (most of a catalogue's statements) is read by `scanAscii` instead, over character codes, which
 * finds the same tokens without a match object per token or the Unicode property classes.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-/.'][\p{L}\p{M}\p{N}]+)*|[,;:()&•*–—]|\.(?=\s|$)|-(?=\s|$)/gu;
const ELIDED = /^[\p{L}\p{M}]+'(?=\p{L})/u;

const ASCII = /^[\x00-\x7f]*$/;
/** ASCII without a backtick: text that `scanAscii` reads as it is, with no apostrophe to write as `'`. */
const PLAIN_ASCII = /^[\x00-\x5f\x61-\x7f]*$/;
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

/** What builds a token from its text, key and offsets. */
type MakeToken<T> = (text: string, key: string, start: number, end: number) => T;

/**
 * Splits a statement into tokens: words (with inner hyphens, slashes and dots: `self-assess`,
 * `and/or`, `e.g`), and the punctuation the matcher reads. French elided articles and pronouns
 * (`l'`, `d'`, `s'`, `qu'`) become tokens of their own, written in full. `make` builds each token
 * (the reader makes its own kind, with what it needs of the word, rather than a copy of a Token).
 */
export function tokenize<T = Token>(
  statement: string,
  language: Language,
  make: MakeToken<T> = plainToken as never,
): T[] {
  // One word of small ASCII letters is its own token: most lexicon entries and pattern words.
  if (ONE_WORD.test(statement)) return [make(statement, statement, 0, statement.length)];
  if (PLAIN_ASCII.test(statement)) return scanAscii(statement, language, make); // most statements
  const source = statement.replace(/[’ʼ‘`´]/g, "'");
  if (ASCII.test(source)) return scanAscii(source, language, make);
  const tokens: T[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(source); match !== null; match = TOKEN.exec(source)) {
    let raw = match[0];
    const start = match.index;
    if (raw === '.' && abbreviation(source, start)) continue;
    const quoted = raw.includes("'");
    const elided = quoted ? ELIDED.exec(raw) : null;
    if (elided) {
      raw = elided[0];
      TOKEN.lastIndex = start + raw.length; // the rest of the word is read next
    }
    let text = (ASCII.test(raw) ? raw : raw.normalize('NFC')).toLowerCase();
    if (elided) {
      if (language !== 'fr') continue;
      text = ELISIONS[text] ?? text.slice(0, -1);
    } else if (quoted && language === 'en') {
      text = text.replace(/'s$/, '');
    }
    tokens.push(make(text, foldAccents(text), start, start + raw.length));
  }
  return tokens;
}

const APOSTROPHE = 0x27;
const DOT = 0x2e;

/** A–Z or a–z. */
const isLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
/** A–Z, a–z or 0–9. */
const isAlnum = (code: number): boolean => isLetter(code) || (code >= 0x30 && code <= 0x39);
/** What `\s` matches in ASCII text: tab, line feed, vertical tab, form feed, carriage return, space. */
const isSpace = (code: number): boolean => code === 0x20 || (code >= 0x09 && code <= 0x0d);
/** The joins inside a word: `-`, `/`, `.`, `'`. */
const isJoin = (code: number): boolean =>
  code === 0x2d || code === 0x2f || code === DOT || code === APOSTROPHE;
/** The punctuation marks that are tokens of their own: `, ; : ( ) & *`. */
const isMark = (code: number): boolean =>
  code === 0x2c ||
  code === 0x3b ||
  code === 0x3a ||
  code === 0x28 ||
  code === 0x29 ||
  code === 0x26 ||
  code === 0x2a;

/**
 * `tokenize` on ASCII text, over character codes: the tokens `TOKEN` and `ELIDED` find there
 * (letters are A–Z and a–z, numbers 0–9, •–— cannot occur, and lower case keeps offsets), with
 * the text of each cut from the statement put in lower case once.
 */
function scanAscii<T>(source: string, language: Language, make: MakeToken<T>): T[] {
  const tokens: T[] = [];
  // One flat string read throughout: a statement joined from lines may be a rope of pieces,
  // where reading a character walks them (a regular expression flattens it first).
  const lower = source.toLowerCase();
  const length = lower.length;
  let at = 0;
  while (at < length) {
    const code = lower.charCodeAt(at);
    if (isAlnum(code)) {
      at = scanWord(lower, at, language, make, tokens);
      continue;
    }
    const ending = at + 1 === length || isSpace(lower.charCodeAt(at + 1));
    if (isMark(code) || (ending && (code === 0x2d || (code === DOT && !abbreviation(lower, at))))) {
      const mark = lower.charAt(at);
      tokens.push(make(mark, mark, at, at + 1));
    }
    at++;
  }
  return tokens;
}

/**
 * Reads the word at `start` of `lower` (ASCII, lower case) into `tokens`; returns where reading
 * goes on: after the word, or after an elided word cut from its front (`l'` of `l'avion`).
 */
function scanWord<T>(
  lower: string,
  start: number,
  language: Language,
  make: MakeToken<T>,
  tokens: T[],
): number {
  const length = lower.length;
  let end = start + 1;
  let quoted = false;
  // Every read is inside the text: reading past its end (NaN) would make V8 drop its optimised code.
  for (;;) {
    while (end < length && isAlnum(lower.charCodeAt(end))) end++;
    if (end + 1 >= length) break;
    const join = lower.charCodeAt(end);
    if (!isJoin(join) || !isAlnum(lower.charCodeAt(end + 1))) break;
    if (join === APOSTROPHE) quoted = true;
    end += 2;
  }
  if (quoted) {
    let letters = start;
    while (letters < end && isLetter(lower.charCodeAt(letters))) letters++;
    if (
      letters > start &&
      lower.charCodeAt(letters) === APOSTROPHE &&
      letters + 1 < end &&
      isLetter(lower.charCodeAt(letters + 1))
    ) {
      if (language === 'fr') {
        const elided = lower.slice(start, letters + 1);
        const text = ELISIONS[elided] ?? elided.slice(0, -1);
        tokens.push(make(text, text, start, letters + 1));
      }
      return letters + 1; // the rest of the word is read next
    }
  }
  let text = lower.slice(start, end);
  if (quoted && language === 'en' && text.endsWith("'s")) text = text.slice(0, -2);
  tokens.push(make(text, text, start, end));
  return end;
}
