import { distance } from 'fastest-levenshtein';

/** Texts are compared on their first characters only: a rename is seen in a title's start. */
export const COMPARED_LENGTH = 200;

/** Lower case, accents and punctuation dropped, spaces collapsed. */
function normalise(text: string): string {
  return text
    .slice(0, COMPARED_LENGTH)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * How alike two wordings are, from 0 to 1: the better of the edit-distance ratio (a few letters
 * changed) and the share of words in common (words added, dropped or reordered).
 */
export function similarity(a: string, b: string): number {
  const left = normalise(a);
  const right = normalise(b);
  if (left === right) return 1;
  const longest = Math.max(left.length, right.length);
  const edit = longest === 0 ? 1 : 1 - distance(left, right) / longest;
  const leftWords = new Set(left.split(' ').filter(Boolean));
  const rightWords = new Set(right.split(' ').filter(Boolean));
  let common = 0;
  for (const word of leftWords) if (rightWords.has(word)) common++;
  const words = leftWords.size + rightWords.size;
  const dice = words === 0 ? 0 : (2 * common) / words;
  return Math.max(edit, dice);
}
