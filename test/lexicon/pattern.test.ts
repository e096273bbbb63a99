import { describe, expect, it } from 'vitest';
import {
  compilePattern,
  indexPatterns,
  longestMatch,
  mayStart,
  type Pattern,
} from '../../src/lexicon/pattern.js';
import { type Token, tokenize } from '../../src/lexicon/text.js';

const classes = { quality: ['good', 'sound'], knowledge: ['understanding', 'grasp'] };
const compile = (source: string): Pattern => compilePattern(source, 'en', classes, (token) => token.key);
const self = (pattern: Pattern) => pattern;
const keyWords = (token: Token) => [token.key];

/** The longest match of `patterns` at the start of `text`: its source and end, or undefined. */
function longest(patterns: Pattern[], text: string): [string, number] | undefined {
  const tokens = tokenize(text, 'en');
  const found = longestMatch(indexPatterns(patterns, self), self, tokens, 0, keyWords);
  return found && [found.item.source, found.end];
}

describe('indexPatterns and longestMatch', () => {
  const knowledge = compile('(a|an|the)? @quality? @knowledge of');
  const design = compile('design (a|the)? plan');
  const empty = compile('(a|an)?');

  it('finds a pattern whose first words are optional by any word it can start with', () => {
    const patterns = [design, knowledge, empty];
    expect(longest(patterns, 'a sound grasp of SQL')).toEqual([knowledge.source, 4]);
    expect(longest(patterns, 'sound understanding of SQL')).toEqual([knowledge.source, 3]);
    expect(longest(patterns, 'understanding of SQL')).toEqual([knowledge.source, 2]);
    expect(longest(patterns, 'design a plan')).toEqual([design.source, 3]);
    expect(longest(patterns, 'of SQL')).toBeUndefined(); // `of` follows a required word: never first
    expect(longest(patterns, 'an apple')).toBeUndefined(); // a match is never empty
  });

  it('keeps the longest match, and the first tried among matches of the same length', () => {
    const grasp = compile('grasp (the|a)? basics of');
    const graspOf = compile('grasp of');
    // `knowledge` (optional first word) is tried before the others, then they come in order.
    expect(longest([graspOf, knowledge], 'grasp of SQL')).toEqual([knowledge.source, 2]);
    expect(longest([graspOf, grasp], 'grasp of SQL')).toEqual([graspOf.source, 2]);
    expect(longest([graspOf, grasp], 'grasp the basics of SQL')).toEqual([grasp.source, 4]);
  });
});

describe('mayStart', () => {
  const knowledge = compile('(a|an|the)? @quality? @knowledge of');
  const design = compile('design (a|the)? plan');
  const index = indexPatterns([knowledge, design, compile('(a|an)?')], self);

  it('is true for every word a pattern can start with, required or after optional words', () => {
    for (const word of ['a', 'an', 'the', 'good', 'sound', 'understanding', 'grasp', 'design'])
      expect(mayStart(index, [word]), word).toBe(true);
    expect(mayStart(index, ['plan', 'sound'])).toBe(true); // any of a token's words
  });

  it('is false where longestMatch can find nothing', () => {
    for (const text of ['of SQL', 'plan a design', 'apply it']) {
      const tokens = tokenize(text, 'en');
      expect(mayStart(index, keyWords(tokens[0] as Token)), text).toBe(false);
      expect(longestMatch(index, self, tokens, 0, keyWords), text).toBeUndefined();
    }
  });
});
