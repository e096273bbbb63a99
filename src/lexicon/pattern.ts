import { type Language, type Token, tokenize } from './text.js';

/**
 * One place of a pattern: the word sequences that may stand there, and whether it may be absent.
 * `byFirst` holds the same sequences by their first word, so that a token is tested against only
 * those it can start (a class such as `@quality` has dozens of words).
 */
interface PatternItem {
  alternatives: string[][];
  byFirst: ReadonlyMap<string, readonly string[][]>;
  optional: boolean;
}

/** A compiled phrase pattern (`demonstrate (an|a)? @quality? understanding of`). */
export interface Pattern {
  source: string;
  items: PatternItem[];
}

/**
 * The words a token stands for in a pattern: a pattern word matches the token when it is one of
 * them (its canonical key and possible lemmas, or its text as written). Patterns match tokens of
 * any kind `K` (a `Token`, or the reader's own), through these words only.
 */
export type TokenWords<K = Token> = (token: K) => readonly string[];

/**
 * Compiles the lexicon's phrase syntax: words separated by spaces, alternatives joined by `|`
 * (optionally in parentheses), a trailing `?` for an optional word, `@name` for any word of the
 * class `name`. Each word is tokenized like a statement and passed through `normalize`.
 */
export function compilePattern(
  source: string,
  language: Language,
  classes: Readonly<Record<string, readonly string[]>>,
  normalize: (token: Token) => string,
): Pattern {
  const words = (text: string) => tokenize(text, language).map(normalize);
  const items: PatternItem[] = [];
  for (let part of source.trim().split(/\s+/)) {
    const optional = part.length > 1 && part.endsWith('?');
    if (optional) part = part.slice(0, -1);
    let choices: string[];
    if (part.startsWith('@')) choices = [...(classes[part.slice(1)] ?? [])];
    else {
      if (part.length > 2 && part.startsWith('(') && part.endsWith(')')) part = part.slice(1, -1);
      choices = part.includes('|') && part.length > 1 ? part.split('|') : [part];
    }
    const alternatives = choices.map(words).filter((sequence) => sequence.length > 0);
    if (alternatives.length > 0) items.push({ alternatives, byFirst: byFirstWord(alternatives), optional });
  }
  return { source, items };
}

function byFirstWord(alternatives: readonly string[][]): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const sequence of alternatives) {
    const first = sequence[0] as string;
    const list = byFirst.get(first);
    if (list) list.push(sequence);
    else byFirst.set(first, [sequence]);
  }
  return byFirst;
}

/** The end (exclusive) of the longest match of `pattern` at `tokens[start]`, or -1. */
export function matchPattern<K>(
  pattern: Pattern,
  tokens: readonly K[],
  start: number,
  wordsOf: TokenWords<K>,
): number {
  const end = matchFrom(pattern.items, 0, tokens, start, wordsOf);
  return end > start ? end : -1;
}

function matchFrom<K>(
  items: readonly PatternItem[],
  itemIndex: number,
  tokens: readonly K[],
  position: number,
  wordsOf: TokenWords<K>,
): number {
  const item = items[itemIndex];
  if (item === undefined) return position;
  let best = item.optional ? matchFrom(items, itemIndex + 1, tokens, position, wordsOf) : -1;
  const token = tokens[position];
  if (token === undefined) return best;
  // Only the sequences that start with one of the token's words; the longest match wins, so the
  // order they are tried in does not matter.
  for (const word of wordsOf(token)) {
    const sequences = item.byFirst.get(word);
    if (sequences === undefined) continue;
    for (const sequence of sequences) {
      const at = matchRest(sequence, tokens, position, wordsOf);
      if (at >= 0) best = Math.max(best, matchFrom(items, itemIndex + 1, tokens, at, wordsOf));
    }
  }
  return best;
}

/** Where `sequence`, whose first word matched `tokens[position]`, ends; -1 if the rest does not match. */
function matchRest<K>(
  sequence: readonly string[],
  tokens: readonly K[],
  position: number,
  wordsOf: TokenWords<K>,
): number {
  let at = position + 1;
  for (let index = 1; index < sequence.length; index++, at++) {
    const token = tokens[at];
    if (token === undefined || !wordsOf(token).includes(sequence[index] as string)) return -1;
  }
  return at;
}

/** Patterns grouped by the words they can start with, so a lookup tries only those that may match. */
export interface PatternIndex<T> {
  byWord: ReadonlyMap<string, readonly T[]>;
  /**
   * Patterns whose first item is optional, each with every word it can start with: the first
   * words of its items up to the first required one (`(a|an)? @quality? understanding` can start
   * with `a`, `an`, any quality or `understanding`). A match is never empty, so a pattern that
   * can match no word at all (every item optional) has no word and is never tried.
   */
  optionalStart: readonly { item: T; words: ReadonlySet<string> }[];
}

/** Groups items by the words their pattern can start with. */
export function indexPatterns<T>(items: readonly T[], patternOf: (item: T) => Pattern): PatternIndex<T> {
  const byWord = new Map<string, T[]>();
  const optionalStart: { item: T; words: Set<string> }[] = [];
  for (const item of items) {
    const places = patternOf(item).items;
    const words = new Set<string>();
    const required = places.findIndex((place) => {
      for (const sequence of place.alternatives) words.add(sequence[0] ?? '');
      return !place.optional;
    });
    if (required < 0) continue;
    if (required > 0) {
      optionalStart.push({ item, words });
      continue;
    }
    for (const word of words) {
      const list = byWord.get(word) ?? [];
      list.push(item);
      byWord.set(word, list);
    }
  }
  return { byWord, optionalStart };
}

/**
 * The longest match at `tokens[at]` of the patterns of `index` that may start with one of the
 * token's words: its item and end, or undefined. Patterns whose first item is optional are tried
 * first, in their order, then the others in the order of the token's words; among matches of the
 * same length, the first tried wins.
 */
export function longestMatch<T, K>(
  index: PatternIndex<T>,
  patternOf: (item: T) => Pattern,
  tokens: readonly K[],
  at: number,
  wordsOf: TokenWords<K>,
): { item: T; end: number } | undefined {
  // (loops rather than callbacks: this runs at nearly every token of every statement)
  const token = tokens[at];
  if (token === undefined) return undefined;
  const words = wordsOf(token);
  let best: T | undefined;
  let bestEnd = -1;
  for (const { item, words: first } of index.optionalStart) {
    if (!hasAny(first, words)) continue;
    const end = matchPattern(patternOf(item), tokens, at, wordsOf);
    if (end > bestEnd) {
      best = item;
      bestEnd = end;
    }
  }
  for (const word of words) {
    const items = index.byWord.get(word);
    if (!items) continue;
    for (const item of items) {
      const end = matchPattern(patternOf(item), tokens, at, wordsOf);
      if (end > bestEnd) {
        best = item;
        bestEnd = end;
      }
    }
  }
  return best === undefined ? undefined : { item: best, end: bestEnd };
}

/**
 * Whether a pattern of `index` may start with one of `words`: when none may, `longestMatch`
 * finds nothing, so a caller that knows a token's words ahead can skip the call.
 */
export function mayStart<T>(index: PatternIndex<T>, words: readonly string[]): boolean {
  for (const word of words) if (index.byWord.has(word)) return true;
  for (const { words: first } of index.optionalStart) if (hasAny(first, words)) return true;
  return false;
}

/** Whether `set` has one of `words`. */
export function hasAny(set: ReadonlySet<string>, words: readonly string[]): boolean {
  for (const word of words) if (set.has(word)) return true;
  return false;
}
