import { UsageError } from '../errors.js';
import { alwaysOnRuleIds } from '../rules/always-on.js';
import { rules } from '../rules/index.js';
import { presetNames } from '../rules/presets.js';
import type { PresetName } from '../rules/types.js';
import { didYouMean } from '../schema/did-you-mean.js';
import type { SeveritySetting } from '../types.js';

const settings: readonly SeveritySetting[] = ['off', 'warn', 'error'];

/** Checks a preset name, or says which one was meant. */
export function checkPresetName(name: string, where: string): PresetName {
  if ((presetNames as readonly string[]).includes(name)) return name as PresetName;
  throw new UsageError(
    `${where}: unknown preset '${name}'.${didYouMean(name, presetNames, "'")} Presets: ${presetNames.join(', ')}`,
  );
}

/** Checks a rule name and severity, or says what was meant. */
export function checkRuleSetting(rule: string, severity: string, where: string): [string, SeveritySetting] {
  if (alwaysOnRuleIds.has(rule))
    throw new UsageError(`${where}: '${rule}' is always on and cannot be configured`);
  const ids = rules.map((candidate) => candidate.meta.id);
  if (!ids.includes(rule)) {
    throw new UsageError(
      `${where}: unknown rule '${rule}'.${didYouMean(rule, ids, "'")} See 'blueprint explain' for the list.`,
    );
  }
  if (!(settings as readonly string[]).includes(severity)) {
    throw new UsageError(
      `${where}: '${severity}' is not a severity for '${rule}': use off, warn or error.${didYouMean(severity, settings, "'")}`,
    );
  }
  return [rule, severity as SeveritySetting];
}

/** Reads a `--rule RULE=SEVERITY` flag. */
export function parseRuleFlag(flag: string): [string, SeveritySetting] {
  const match = /^([^=]+)=(.*)$/.exec(flag);
  if (!match)
    throw new UsageError(`--rule ${flag}: expected RULE=SEVERITY, such as --rule duration-under-budget=off`);
  return checkRuleSetting((match[1] as string).trim(), (match[2] as string).trim(), `--rule ${flag}`);
}
