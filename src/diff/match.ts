import { COMPARED_LENGTH, similarity } from './similarity.js';

/** Something that can be matched across versions: an id (maybe absent), its wording and position. */
export interface Matchable {
  id?: string;
  text: string;
  index: number;
}

/** Old and new matched: by id, or (`renamed`) by position and wording. */
export interface Matching<T> {
  pairs: { before: T; after: T; renamed: boolean }[];
  removed: T[];
  added: T[];
}

/** A pair counts as a rename when its score reaches this (wording similarity, plus the position bonus). */
const RENAME_THRESHOLD = 0.6;
/** Added to the similarity when both sit at the same position in their list. */
const SAME_POSITION_BONUS = 0.2;
/**
 * The search for renames compares every unmatched old item with every unmatched new one, at a
 * cost of about the product of their lengths (an edit distance). Past this many characters
 * compared in all, renames are not looked for and the items are added and removed: a file of
 * thousands of renamed objectives costs time in proportion to its size, not to their product.
 */
export const RENAME_BUDGET = 50_000_000;

/** The length of a wording as the similarity reads it (its first COMPARED_LENGTH characters). */
const comparedLength = (item: Matchable) => Math.min(item.text.length, COMPARED_LENGTH) + 1;

/**
 * Matches two lists: first by id (an id present on both sides), then, among what is left, by
 * wording and position: the most similar pairs first, each scoring at least RENAME_THRESHOLD.
 * Items without id (activities) are matched the second way only.
 */
export function matchItems<T extends Matchable>(before: readonly T[], after: readonly T[]): Matching<T> {
  const afterById = new Map<string, T>();
  for (const item of after)
    if (item.id !== undefined && !afterById.has(item.id)) afterById.set(item.id, item);
  const pairs: Matching<T>['pairs'] = [];
  const matchedAfter = new Set<T>();
  const leftBefore: T[] = [];
  for (const item of before) {
    const other = item.id === undefined ? undefined : afterById.get(item.id);
    if (other && !matchedAfter.has(other)) {
      pairs.push({ before: item, after: other, renamed: false });
      matchedAfter.add(other);
    } else {
      leftBefore.push(item);
    }
  }
  const leftAfter = after.filter((item) => !matchedAfter.has(item));
  const removed = new Set(leftBefore);
  const added = new Set(leftAfter);
  const sum = (items: T[]) => items.reduce((total, item) => total + comparedLength(item), 0);
  if (sum(leftBefore) * sum(leftAfter) <= RENAME_BUDGET) {
    const candidates: { before: T; after: T; score: number }[] = [];
    for (const old of leftBefore) {
      for (const neu of leftAfter) {
        // An item whose id still exists on the other side was not renamed.
        if (old.id !== undefined && neu.id !== undefined && old.id === neu.id) continue;
        const score = similarity(old.text, neu.text) + (old.index === neu.index ? SAME_POSITION_BONUS : 0);
        if (score >= RENAME_THRESHOLD) candidates.push({ before: old, after: neu, score });
      }
    }
    candidates.sort((a, b) => b.score - a.score || a.before.index - b.before.index);
    for (const candidate of candidates) {
      if (!removed.has(candidate.before) || !added.has(candidate.after)) continue;
      removed.delete(candidate.before);
      added.delete(candidate.after);
      pairs.push({ before: candidate.before, after: candidate.after, renamed: true });
    }
  }
  pairs.sort((a, b) => a.after.index - b.after.index);
  return { pairs, removed: [...removed], added: [...added] };
}

/**
 * The items of `sequence` (positions in the old order, listed in the new order) that are not in
 * its longest increasing subsequence: the fewest moves that explain the new order.
 */
export function movedPositions(sequence: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[k]: index in `sequence` of the smallest tail of a run of k + 1
  const previous: number[] = new Array(sequence.length).fill(-1);
  for (let i = 0; i < sequence.length; i++) {
    const value = sequence[i] as number;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sequence[tails[middle] as number] as number) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[i] = tails[low - 1] as number;
    tails[low] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] as number) kept.add(sequence[i] as number);
  return new Set(sequence.filter((value) => !kept.has(value)));
}
