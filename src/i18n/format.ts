import type { Locale } from './locale.js';

/** A number rounded to `decimals` places, with the locale's decimal mark: 33.333 / 33,333. */
export function formatDecimal(value: number, locale: Locale, decimals = 3): string {
  const factor = 10 ** decimals;
  const text = String(Math.round(value * factor) / factor);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/**
 * A noun for a count: English takes the singular for 1 only (0 problems, 1 problem); French for
 * 0 and 1 (0 problème, 1 problème, 2 problèmes).
 */
export function plural(locale: Locale, count: number, one: string, many: string): string {
  return count === 1 || (locale === 'fr' && count === 0) ? one : many;
}
