import { checkRuleSetting } from '../config/settings.js';
import { UsageError } from '../errors.js';
import type { SeveritySetting } from '../types.js';

/** Reads a `--rule RULE=SEVERITY` flag. */
export function parseRuleFlag(flag: string): [string, SeveritySetting] {
  const match = /^([^=]+)=(.*)$/.exec(flag);
  if (!match)
    throw new UsageError(`--rule ${flag}: expected RULE=SEVERITY, such as --rule duration-under-budget=off`);
  return checkRuleSetting((match[1] as string).trim(), (match[2] as string).trim(), `--rule ${flag}`);
}
