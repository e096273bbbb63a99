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
  /** Patterns whose first word is optional: tried everywhere. */
  always: readonly T[];
}

/** Groups items by the first words of their pattern. */
export function indexPatterns<T>(items: readonly T[], patternOf: (item: T) => Pattern): PatternIndex<T> {
  const byWord = new Map<string, T[]>();
  const always: T[] = [];
  for (const item of items) {
    const first = patternOf(item).items[0];
    if (!first || first.optional) {
      always.push(item);
      continue;
    }
    for (const word of new Set(first.alternatives.map((sequence) => sequence[0] ?? ''))) {
      const list = byWord.get(word) ?? [];
      list.push(item);
      byWord.set(word, list);
    }
  }
  return { byWord, always };
}

/** Calls `visit` with each item whose pattern may start with one of `words` (an item may come twice). */
export function forPatterns<T>(
  index: PatternIndex<T>,
  words: readonly string[],
  visit: (item: T) => void,
): void {
  for (const item of index.always) visit(item);
  for (const word of words) {
    const items = index.byWord.get(word);
    if (items) for (const item of items) visit(item);
  }
}
