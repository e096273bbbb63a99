import { type Language, type Token, tokenize } from './text.js';

/** One place of a pattern: the word sequences that may stand there, and whether it may be absent. */
interface PatternItem {
  alternatives: string[][];
  optional: boolean;
}

/** A compiled phrase pattern (`demonstrate (an|a)? @quality? understanding of`). */
export interface Pattern {
  source: string;
  items: PatternItem[];
}

/** Whether a pattern word stands for a token. */
export type WordTest = (word: string, token: Token) => boolean;

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
    if (alternatives.length > 0) items.push({ alternatives, optional });
  }
  return { source, items };
}

/** The end (exclusive) of the longest match of `pattern` at `tokens[start]`, or -1. */
export function matchPattern(
  pattern: Pattern,
  tokens: readonly Token[],
  start: number,
  test: WordTest,
): number {
  const end = matchFrom(pattern.items, 0, tokens, start, test);
  return end > start ? end : -1;
}

function matchFrom(
  items: readonly PatternItem[],
  itemIndex: number,
  tokens: readonly Token[],
  position: number,
  test: WordTest,
): number {
  const item = items[itemIndex];
  if (item === undefined) return position;
  let best = item.optional ? matchFrom(items, itemIndex + 1, tokens, position, test) : -1;
  for (const sequence of item.alternatives) {
    let at = position;
    for (const word of sequence) {
      const token = tokens[at];
      if (token === undefined || !test(word, token)) {
        at = -1;
        break;
      }
      at++;
    }
    if (at >= 0) best = Math.max(best, matchFrom(items, itemIndex + 1, tokens, at, test));
  }
  return best;
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
 * The longest match at `tokens[at]` of the patterns of `index` that may start with one of `words`
 * (the token's forms): its item and end, or undefined. Patterns whose first item is optional are
 * tried first, in their order, then the others in the order of `words`; among matches of the same
 * length, the first tried wins.
 */
export function longestMatch<T>(
  index: PatternIndex<T>,
  words: readonly string[],
  patternOf: (item: T) => Pattern,
  tokens: readonly Token[],
  at: number,
  test: WordTest,
): { item: T; end: number } | undefined {
  // (loops rather than callbacks: this runs at nearly every token of every statement)
  let best: T | undefined;
  let bestEnd = -1;
  for (const { item, words: first } of index.optionalStart) {
    if (!words.some((word) => first.has(word))) continue;
    const end = matchPattern(patternOf(item), tokens, at, test);
    if (end > bestEnd) {
      best = item;
      bestEnd = end;
    }
  }
  for (const word of words) {
    const items = index.byWord.get(word);
    if (!items) continue;
    for (const item of items) {
      const end = matchPattern(patternOf(item), tokens, at, test);
      if (end > bestEnd) {
        best = item;
        bestEnd = end;
      }
    }
  }
  return best === undefined ? undefined : { item: best, end: bestEnd };
}
