import { UsageError } from '../errors.js';
import { alwaysOnRuleIds } from '../rules/always-on.js';
import { findRule, ruleIds } from '../rules/index.js';
import { presetNames } from '../rules/presets.js';
import type { PresetName } from '../rules/types.js';
import { didYouMean } from '../schema/did-you-mean.js';
import type { SeveritySetting } from '../types.js';

/** The severities a config or `--rule` may set. */
export const severitySettings: readonly SeveritySetting[] = ['off', 'warn', 'error'];

/** Words people write for a severity, and the severity they mean. */
const severityAliases = new Map<string, SeveritySetting>([
  ['warning', 'warn'],
  ['warnings', 'warn'],
  ['err', 'error'],
  ['none', 'off'],
  ['disable', 'off'],
  ['disabled', 'off'],
]);

/** What is wrong with a preset name, or undefined when it is one. */
export function presetNameProblem(name: string): string | undefined {
  if ((presetNames as readonly string[]).includes(name)) return undefined;
  return `unknown preset '${name}'.${didYouMean(name, presetNames, "'")} Presets: ${presetNames.join(', ')}`;
}

/** What is wrong with a rule name in a setting, or undefined when the rule can be configured. */
export function ruleNameProblem(rule: string): string | undefined {
  if (alwaysOnRuleIds.has(rule)) return `'${rule}' is always on and cannot be configured`;
  if (ruleIds.includes(rule)) return undefined;
  return `unknown rule '${rule}'.${didYouMean(rule, ruleIds, "'")} See 'blueprint explain' for the list.`;
}

/** What is wrong with a severity given to a rule, or undefined when it is off, warn or error. */
export function severityProblem(rule: string, severity: unknown): string | undefined {
  if ((severitySettings as readonly unknown[]).includes(severity)) return undefined;
  const shown = typeof severity === 'string' ? `'${severity}'` : JSON.stringify(severity);
  const alias = typeof severity === 'string' ? severityAliases.get(severity.toLowerCase()) : undefined;
  const hint = alias
    ? ` Did you mean '${alias}'?`
    : typeof severity === 'string'
      ? didYouMean(severity, severitySettings, "'")
      : typeof severity === 'number'
        ? ' (numbers such as 0, 1, 2 are not severities here)'
        : '';
  return `${shown} is not a severity for '${rule}': use off, warn or error.${hint}`;
}

/** Checks a preset name, or says which one was meant. */
export function checkPresetName(name: string, where: string): PresetName {
  const problem = presetNameProblem(name);
  if (problem) throw new UsageError(`${where}: ${problem}`);
  return name as PresetName;
}

/** Checks a rule name and severity, or says what was meant. */
export function checkRuleSetting(rule: string, severity: string, where: string): [string, SeveritySetting] {
  const problem = ruleNameProblem(rule) ?? severityProblem(rule, severity);
  if (problem) throw new UsageError(`${where}: ${problem}`);
  return [rule, severity as SeveritySetting];
}

/**
 * What is wrong with a rule's setting in a config, or undefined when it is fine: a severity
 * (`warn`), or a severity and the rule's options (`[warn, { perHour: 2 }]`, as in ESLint).
 */
export function settingProblem(rule: string, setting: unknown): string | undefined {
  if (!Array.isArray(setting)) return severityProblem(rule, setting);
  if (setting.length !== 2)
    return `the setting of '${rule}' is a severity, or a list of a severity and its options, such as [warn, { … }]`;
  return severityProblem(rule, setting[0]) ?? optionsProblem(rule, setting[1]);
}

/** What is wrong with the options given to a rule, or undefined when they are its own and valid. */
function optionsProblem(rule: string, options: unknown): string | undefined {
  const known = findRule(rule)?.meta.options;
  if (!known) return `'${rule}' takes no options: give its severity alone, such as '${rule}: warn'`;
  const names = Object.keys(known);
  const example = names.map((name) => `${name}: ${known[name]?.default}`).join(', ');
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    return `the options of '${rule}' are a mapping, such as { ${example} }`;
  for (const [name, value] of Object.entries(options)) {
    const option = Object.hasOwn(known, name) ? known[name] : undefined;
    if (!option)
      return `unknown option '${name}' for '${rule}'.${didYouMean(name, names, "'")} Options: ${names.join(', ')}`;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= option.exclusiveMinimum) {
      const shown = typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
      return `option '${name}' of '${rule}' (${option.description}) must be a number more than ${option.exclusiveMinimum}, got ${shown}`;
    }
  }
  return undefined;
}
