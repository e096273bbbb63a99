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

const TOKEN =
  /[\p{L}\p{M}]+'(?=\p{L})|[\p{L}\p{M}\p{N}]+(?:[-/.'][\p{L}\p{M}\p{N}]+)*|[,;:()&•*–—]|-(?=\s|$)/gu;

const ASCII = /^[\x00-\x7f]*$/;

/** Folds accents and ligatures away, for lookups that should not depend on them. */
export function foldAccents(text: string): string {
  if (ASCII.test(text)) return text; // most English words: nothing to fold
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/**
 * Splits a statement into tokens: words (with inner hyphens, slashes and dots: `self-assess`,
 * `and/or`, `e.g`), and the punctuation the matcher reads. French elided articles and pronouns
 * (`l'`, `d'`, `s'`, `qu'`) become tokens of their own, written in full.
 */
export function tokenize(statement: string, language: Language): Token[] {
  const tokens: Token[] = [];
  const source = statement.replace(/[’ʼ‘`´]/g, "'");
  for (const match of source.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    let text = (ASCII.test(raw) ? raw : raw.normalize('NFC')).toLowerCase();
    if (text.endsWith("'")) {
      if (language !== 'fr') continue;
      text = ELISIONS[text] ?? text.slice(0, -1);
    } else if (text.includes("'") && language === 'en') {
      text = text.replace(/'s$/, '');
    }
    tokens.push({ text, key: foldAccents(text), start, end: start + raw.length });
  }
  return tokens;
}
