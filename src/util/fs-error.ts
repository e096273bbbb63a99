import { type Locale, messages } from '../i18n/index.js';

/** What went wrong with a file, in words of the locale, for a message that names the file. */
export function describeFsError(error: unknown, doing: 'read' | 'write', locale: Locale = 'en'): string {
  const code = (error as NodeJS.ErrnoException).code;
  const say = messages(locale).files;
  if (code === 'ENOENT' && doing === 'write') return say.noFolder;
  if (!code) return String((error as Error)?.message ?? error);
  return Object.hasOwn(say.errors, code) ? (say.errors[code] as string) : say.refused(code);
}
