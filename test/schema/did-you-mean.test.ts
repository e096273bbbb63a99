import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestMatch, createClosestMatcher } from '../../src/schema/did-you-mean.js';

describe('createClosestMatcher', () => {
  it('answers as closestMatch does, ties to the first candidate included', () => {
    const word = fc.stringMatching(/^[a-dA-D0-9-]{0,8}$/);
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 12 }),
        fc.array(word, { maxLength: 6 }),
        (candidates, inputs) => {
          const match = createClosestMatcher(candidates);
          for (const input of inputs) expect(match(input)).toBe(closestMatch(input, candidates));
        },
      ),
    );
  });

  it('suggests nothing once it has compared its budget of characters', () => {
    const ids = Array.from({ length: 100 }, (_, index) => `objective-${String(index).padStart(3, '0')}`);
    const match = createClosestMatcher(ids, 100 * 2 * 13 * 3);
    expect(match('objectiv-000')).toBe('objective-000');
    expect(match('objectiv-001')).toBe('objective-001');
    expect(match('objectiv-002')).toBe('objective-002');
    expect(match('objectiv-003')).toBeUndefined();
    // An input already answered costs nothing more.
    expect(match('objectiv-001')).toBe('objective-001');
  });
});
