import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `input`, if it is close enough to be a likely typo: within a third of
 * the length (at least 2 edits), comparing case-insensitively.
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const folded = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(folded, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const limit = Math.max(2, Math.floor(input.length / 3));
  return best !== undefined && bestDistance <= limit && bestDistance > 0 ? best : undefined;
}

/** " Did you mean `x`?" or '' — the suffix of a message. */
export function didYouMean(input: string, candidates: Iterable<string>, quote = '`'): string {
  const match = closestMatch(input, candidates);
  return match === undefined ? '' : ` Did you mean ${quote}${match}${quote}?`;
}
