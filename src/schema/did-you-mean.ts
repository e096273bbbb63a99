import { createRequire } from 'node:module';
import type { Locale } from '../i18n/locale.js';

/**
 * fastest-levenshtein's `distance`, loaded at the first suggestion: most runs suggest nothing,
 * and `require` spares the scan of its source for export names that an `import` would make.
 */
let levenshtein: typeof import('fastest-levenshtein').distance | undefined;
function distance(a: string, b: string): number {
  levenshtein ??= (
    createRequire(import.meta.url)('fastest-levenshtein') as typeof import('fastest-levenshtein')
  ).distance;
  return levenshtein(a, b);
}

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
  const limit = editLimit(input);
  return best !== undefined && bestDistance <= limit && bestDistance > 0 ? best : undefined;
}

/** " Did you mean `x`?" (« Vouliez-vous dire `x` ? ») or '' — the suffix of a message. */
export function didYouMean(
  input: string,
  candidates: Iterable<string>,
  quote = '`',
  locale: Locale = 'en',
): string {
  const match = closestMatch(input, candidates);
  if (match === undefined) return '';
  return locale === 'fr'
    ? ` Vouliez-vous dire ${quote}${match}${quote}\u00a0?`
    : ` Did you mean ${quote}${match}${quote}?`;
}

/**
 * Characters compared, in all, by one matcher from `createClosestMatcher`: a few hundred typos
 * among a few hundred ids. Past it, the matcher suggests nothing, so that a file of thousands of
 * references to thousands of ids costs time in proportion to its size, not to their product.
 */
export const MATCH_BUDGET = 5_000_000;

/**
 * `closestMatch` for many inputs against the same candidates: the same answers, found by
 * comparing only the candidates whose length is within reach of the input's, each input once,
 * and within MATCH_BUDGET characters compared in all (then `undefined`).
 */
export function createClosestMatcher(
  candidates: readonly string[],
  budget = MATCH_BUDGET,
): (input: string) => string | undefined {
  const byLength = new Map<number, number[]>();
  const folded = candidates.map((candidate) => candidate.toLowerCase());
  folded.forEach((candidate, index) => {
    const indexes = byLength.get(candidate.length);
    if (indexes) indexes.push(index);
    else byLength.set(candidate.length, [index]);
  });
  const answers = new Map<string, string | undefined>();
  let left = budget;
  return (input) => {
    if (answers.has(input)) return answers.get(input);
    const lower = input.toLowerCase();
    const limit = editLimit(input);
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    // A candidate whose length differs by more than the limit is further than the limit.
    for (let length = Math.max(0, lower.length - limit); length <= lower.length + limit; length++) {
      for (const index of byLength.get(length) ?? []) {
        left -= lower.length + length;
        if (left < 0) return undefined;
        const d = distance(lower, folded[index] as string);
        if (d < bestDistance || (d === bestDistance && index < best)) {
          best = index;
          bestDistance = d;
        }
      }
    }
    const answer = best >= 0 && bestDistance <= limit && bestDistance > 0 ? candidates[best] : undefined;
    answers.set(input, answer);
    return answer;
  };
}

/** Most edits a likely typo of `input` makes. */
function editLimit(input: string): number {
  return Math.max(2, Math.floor(input.length / 3));
}
