/**
 * The tool's languages. Rules word their own findings (each rule file holds its messages in
 * English and French); everything else reads a catalogue from here:
 *
 * ```ts
 * const locale = resolveLocale({ flag, config, env }); // 'en' | 'fr'
 * messages(locale).report.clean(3);                   // "3 files checked, no problems"
 * ```
 *
 * The library never reads the environment: the command line hands `env` in.
 */
import { type Catalogue, en } from './en.js';
import { fr } from './fr.js';
import type { Locale } from './locale.js';

export type { Catalogue } from './en.js';
export { formatDecimal, plural } from './format.js';
export {
  DEFAULT_LOCALE,
  isLocale,
  LOCALE_VARIABLES,
  LOCALES,
  type Locale,
  type LocaleSources,
  localeOfEnv,
  localeOfPosixName,
  resolveLocale,
} from './locale.js';
export { french, guillemets } from './typography.js';

const catalogues: Readonly<Record<Locale, Catalogue>> = { en, fr };

/** The message catalogue of a locale: the same keys in every locale. */
export function messages(locale: Locale = 'en'): Catalogue {
  return catalogues[locale];
}
