import { localeOfEnv } from '../i18n/locale.js';
import type { DiffLocale } from './messages/index.js';

/**
 * The language of the messages from the environment, as POSIX orders it: `LC_ALL`, then
 * `LC_MESSAGES`, then `LANG`; the first that is set decides (`fr_FR.UTF-8`, `fr` → French),
 * anything else, or nothing, is English. The same reading as `src/i18n`'s, which it delegates to.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): DiffLocale {
  return localeOfEnv(env) ?? 'en';
}
