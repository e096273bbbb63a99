/** The languages of the tool's messages. */
export const LOCALES = ['en', 'fr'] as const;

/** A language of the tool's messages. */
export type Locale = (typeof LOCALES)[number];

/** The locale when nothing chooses one. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Whether a value names a locale exactly as `--locale` and the `locale` config key take it. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The environment variables that name a locale, in the order POSIX reads them. */
export const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The locale a POSIX locale name asks for: `fr`, `fr_FR.UTF-8`, `fr_CA`, `fr-BE`, `fr_FR@euro`
 * → fr; any other name, `C` and `POSIX` included → en.
 */
export function localeOfPosixName(name: string): Locale {
  return /^fr(?:[_.@-]|$)/i.test(name.trim()) ? 'fr' : 'en';
}

/**
 * The locale the environment asks for, as POSIX programs read it: the first of `LC_ALL`,
 * `LC_MESSAGES`, `LANG` that is set and not empty decides; undefined when none is.
 */
export function localeOfEnv(env: Readonly<Record<string, string | undefined>>): Locale | undefined {
  for (const variable of LOCALE_VARIABLES) {
    const value = env[variable];
    if (value !== undefined && value !== '') return localeOfPosixName(value);
  }
  return undefined;
}

/** Where a locale may come from, strongest first. */
export interface LocaleSources {
  /** `--locale`, already checked with `isLocale`. */
  flag?: Locale;
  /** The `locale` key of the config, already checked by the config's schema. */
  config?: Locale;
  /** The process environment, handed in by the command line (the library never reads it). */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The locale of a run: the `--locale` flag, else the config's `locale`, else `LC_ALL`,
 * `LC_MESSAGES`, `LANG`, else English. A pure function of what it is given.
 */
export function resolveLocale(sources: LocaleSources = {}): Locale {
  return sources.flag ?? sources.config ?? (sources.env && localeOfEnv(sources.env)) ?? DEFAULT_LOCALE;
}
