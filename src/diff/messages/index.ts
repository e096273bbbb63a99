import type { Locale } from '../../i18n/locale.js';
import { en, type Messages } from './en.js';
import { fr } from './fr.js';

/** The wording of a language. */
export function messagesFor(locale: Locale): Messages {
  return locale === 'fr' ? fr : en;
}

export type { Messages };
