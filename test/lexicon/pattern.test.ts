import { describe, expect, it } from 'vitest';
import { compilePattern, forPatterns, indexPatterns, type Pattern } from '../../src/lexicon/pattern.js';

const classes = { quality: ['good', 'sound'], knowledge: ['understanding', 'grasp'] };
const compile = (source: string): Pattern => compilePattern(source, 'en', classes, (token) => token.key);
const self = (pattern: Pattern) => pattern;

/** The sources of the patterns `forPatterns` tries for a token with these words, in order. */
function tried(patterns: Pattern[], words: string[]): string[] {
  const seen: string[] = [];
  forPatterns(indexPatterns(patterns, self), words, (pattern) => seen.push(pattern.source));
  return seen;
}

describe('indexPatterns and forPatterns', () => {
  const knowledge = compile('(a|an|the)? @quality? @knowledge of');
  const design = compile('design (a|the)? plan');
  const empty = compile('(a|an)?');

  it('tries a pattern whose first words are optional only where one of its possible first words stands', () => {
    const patterns = [design, knowledge, empty];
    expect(tried(patterns, ['a'])).toEqual([knowledge.source]);
    expect(tried(patterns, ['sound'])).toEqual([knowledge.source]);
    expect(tried(patterns, ['understanding'])).toEqual([knowledge.source]);
    expect(tried(patterns, ['of'])).toEqual([]); // `of` follows a required word: never first
    expect(tried(patterns, ['design'])).toEqual([design.source]);
  });

  it('tries patterns with optional first words first, once each, then the others in the order of the words', () => {
    const grasp = compile('grasp (the|a)? basics');
    expect(tried([grasp, design, knowledge], ['grasp', 'design', 'understanding'])).toEqual([
      knowledge.source,
      grasp.source,
      design.source,
    ]);
  });
});
