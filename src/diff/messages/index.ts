import { en, type Messages } from './en.js';
import { fr } from './fr.js';

/** The languages `blueprint diff` speaks. */
export const DIFF_LOCALES = ['en', 'fr'] as const;

/** A language `blueprint diff` speaks. */
export type DiffLocale = (typeof DIFF_LOCALES)[number];

/** The wording of a language. */
export function messagesFor(locale: DiffLocale): Messages {
  return locale === 'fr' ? fr : en;
}

export type { Messages };
