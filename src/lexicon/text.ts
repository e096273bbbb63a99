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

const ELISIONS: Record<string, string> = {
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

// What the tokenizer reads, as the regular expression it is written to match exactly (the test
// compares them): /[\p{L}\p{M}]+'(?=\p{L})|[\p{L}\p{M}\p{N}]+(?:[-/.'][\p{L}\p{M}\p{N}]+)*|[,;:()&•*–—]|-(?=\s|$)/gu
// — an elided word (`l'`), a word with inner joins, a punctuation mark, a dash before a space.
// A hand-written scanner is several times faster than `matchAll` over it, and reading 8,000
// statements is a large share of checking a catalogue.

const OTHER = 0;
const LETTER = 1; // \p{L} or \p{M}
const DIGIT = 2; // \p{N}

const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII_CLASS[code] = /[a-z]/i.test(char) ? LETTER : /[0-9]/.test(char) ? DIGIT : OTHER;
}
const classes = new Map<number, number>();
const LETTER_CHAR = /^[\p{L}\p{M}]$/u;
const DIGIT_CHAR = /^\p{N}$/u;

/** The class of the code point at `index` (a lone surrogate is OTHER, as for the expression). */
function classAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit < 128) return ASCII_CLASS[unit] as number;
  const point = text.codePointAt(index) as number;
  let found = classes.get(point);
  if (found === undefined) {
    const char = String.fromCodePoint(point);
    found = LETTER_CHAR.test(char) ? LETTER : DIGIT_CHAR.test(char) ? DIGIT : OTHER;
    classes.set(point, found);
  }
  return found;
}

/** The end of the run of code points of `wanted` classes (a bit set) starting at `index`. */
function runEnd(text: string, index: number, wanted: number): number {
  while (index < text.length && (classAt(text, index) & wanted) !== 0) index += width(text, index);
  return index;
}

/** 2 for a code point written as a surrogate pair, else 1. */
function width(text: string, index: number): number {
  return (text.codePointAt(index) as number) > 0xffff ? 2 : 1;
}

const PUNCTUATION = new Set([...',;:()&•*–—'].map((char) => char.charCodeAt(0)));
const JOINS = new Set([..."-/.'"].map((char) => char.charCodeAt(0)));
const SPACE = /\s/;
const APOSTROPHE = 39;

/** The end of the token starting at `index`, or -1 when none starts there. */
function tokenEnd(text: string, index: number): number {
  const kind = classAt(text, index);
  if (kind === LETTER) {
    const end = runEnd(text, index, LETTER);
    // (lengths tested before any read past the end: V8 deoptimises code that reads out of bounds)
    if (end + 1 < text.length && text.charCodeAt(end) === APOSTROPHE && classAt(text, end + 1) === LETTER)
      return end + 1;
  }
  if (kind !== OTHER) {
    let end = runEnd(text, index, LETTER | DIGIT);
    while (end + 1 < text.length && JOINS.has(text.charCodeAt(end)) && classAt(text, end + 1) !== OTHER)
      end = runEnd(text, end + 1, LETTER | DIGIT);
    return end;
  }
  const unit = text.charCodeAt(index);
  if (PUNCTUATION.has(unit)) return index + 1;
  if (unit === 45 && (index + 1 === text.length || SPACE.test(text.charAt(index + 1)))) return index + 1;
  return -1;
}

const ASCII = /^[\x00-\x7f]*$/;
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

/**
 * Splits a statement into tokens: words (with inner hyphens, slashes and dots: `self-assess`,
 * `and/or`, `e.g`), and the punctuation the matcher reads. French elided articles and pronouns
 * (`l'`, `d'`, `s'`, `qu'`) become tokens of their own, written in full.
 */
export function tokenize(statement: string, language: Language): Token[] {
  const tokens: Token[] = [];
  const source = statement.replace(/[’ʼ‘`´]/g, "'");
  const ascii = ASCII.test(source); // then no word needs normalising or folding
  for (let start = 0; start < source.length; ) {
    const end = tokenEnd(source, start);
    if (end < 0) {
      start += width(source, start);
      continue;
    }
    const raw = source.slice(start, end);
    let text = (ascii || ASCII.test(raw) ? raw : raw.normalize('NFC')).toLowerCase();
    if (text.endsWith("'")) {
      if (language !== 'fr') {
        start = end;
        continue;
      }
      text = ELISIONS[text] ?? text.slice(0, -1);
    } else if (text.includes("'") && language === 'en') {
      text = text.replace(/'s$/, '');
    }
    tokens.push({ text, key: ascii ? text : foldAccents(text), start, end });
    start = end;
  }
  return tokens;
}
