import type { DiffLocale } from './messages/index.js';

/**
 * The language of the messages from the environment, as POSIX orders it: `LC_ALL`, then
 * `LC_MESSAGES`, then `LANG`; the first that is set decides (`fr_FR.UTF-8`, `fr` → French),
 * anything else, or nothing, is English.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): DiffLocale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return /^fr(?:[_.@-]|$)/i.test(value) ? 'fr' : 'en';
  }
  return 'en';
}
