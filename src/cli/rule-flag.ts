import { checkRuleSetting } from '../config/settings.js';
import { UsageError } from '../errors.js';
import { type Locale, messages } from '../i18n/index.js';
import type { SeveritySetting } from '../types.js';

/** Reads a `--rule RULE=SEVERITY` flag; a bad one is a UsageError worded in `locale`. */
export function parseRuleFlag(flag: string, locale: Locale = 'en'): [string, SeveritySetting] {
  const match = /^([^=]+)=(.*)$/.exec(flag);
  if (!match) throw new UsageError(messages(locale).flags.ruleShape(flag));
  return checkRuleSetting((match[1] as string).trim(), (match[2] as string).trim(), `--rule ${flag}`, locale);
}
