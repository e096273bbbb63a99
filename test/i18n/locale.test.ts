import { describe, expect, it } from 'vitest';
import { isLocale, localeOfEnv, localeOfPosixName, resolveLocale } from '../../src/i18n/index.js';

describe('localeOfPosixName', () => {
  it.each(['fr', 'fr_FR.UTF-8', 'fr_CA', 'fr_BE.utf8', 'fr-CH', 'fr_FR@euro', 'FR_fr'])(
    'reads %s as French',
    (name) => {
      expect(localeOfPosixName(name)).toBe('fr');
    },
  );

  it.each(['C', 'POSIX', 'C.UTF-8', 'en_US.UTF-8', 'de_DE', 'fy_NL', 'french', 'frr_DE', ''])(
    'reads %j as English',
    (name) => {
      expect(localeOfPosixName(name)).toBe('en');
    },
  );
});

describe('localeOfEnv', () => {
  it('reads LC_ALL first, then LC_MESSAGES, then LANG', () => {
    expect(localeOfEnv({ LC_ALL: 'fr_FR.UTF-8', LC_MESSAGES: 'C', LANG: 'C' })).toBe('fr');
    expect(localeOfEnv({ LC_ALL: 'C', LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(localeOfEnv({ LC_MESSAGES: 'fr_CA.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('fr');
    expect(localeOfEnv({ LC_MESSAGES: 'POSIX', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(localeOfEnv({ LANG: 'fr' })).toBe('fr');
  });

  it('skips variables that are set but empty, as POSIX does', () => {
    expect(localeOfEnv({ LC_ALL: '', LC_MESSAGES: '', LANG: 'fr_FR.UTF-8' })).toBe('fr');
  });

  it('says nothing when no variable is set', () => {
    expect(localeOfEnv({})).toBeUndefined();
    expect(localeOfEnv({ LANGUAGE: 'fr', LC_CTYPE: 'fr_FR.UTF-8' })).toBeUndefined();
  });
});

describe('resolveLocale', () => {
  const french = { LANG: 'fr_FR.UTF-8' };

  it('is English when nothing chooses', () => {
    expect(resolveLocale()).toBe('en');
    expect(resolveLocale({ env: {} })).toBe('en');
  });

  it('takes the flag over the config and the environment', () => {
    expect(resolveLocale({ flag: 'en', config: 'fr', env: french })).toBe('en');
    expect(resolveLocale({ flag: 'fr', config: 'en', env: { LANG: 'C' } })).toBe('fr');
  });

  it('takes the config over the environment', () => {
    expect(resolveLocale({ config: 'en', env: french })).toBe('en');
    expect(resolveLocale({ config: 'fr', env: { LC_ALL: 'C' } })).toBe('fr');
  });

  it('falls back on the environment', () => {
    expect(resolveLocale({ env: french })).toBe('fr');
    expect(resolveLocale({ env: { LANG: 'de_DE.UTF-8' } })).toBe('en');
  });
});

describe('isLocale', () => {
  it('accepts exactly en and fr', () => {
    expect(['en', 'fr', 'FR', 'fr_FR', 'de', '', undefined, 1].map(isLocale)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
