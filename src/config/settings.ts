import { UsageError } from '../errors.js';
import { type Locale, messages } from '../i18n/index.js';
import { alwaysOnRuleIds } from '../rules/always-on.js';
import { findRule, ruleIds } from '../rules/index.js';
import { presetNames } from '../rules/presets.js';
import type { PresetName } from '../rules/types.js';
import { closestMatch } from '../schema/did-you-mean.js';
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

/** " Did you mean 'x'?" in the locale, for the candidate closest to `input`; '' when none is close. */
export function guessHint(input: string, candidates: Iterable<string>, locale: Locale = 'en'): string {
  const match = closestMatch(input, candidates);
  return match === undefined ? '' : messages(locale).config.didYouMean(match);
}

/** What is wrong with a preset name (in `locale`), or undefined when it is one. */
export function presetNameProblem(name: string, locale: Locale = 'en'): string | undefined {
  if ((presetNames as readonly string[]).includes(name)) return undefined;
  return messages(locale).config.unknownPreset(
    name,
    guessHint(name, presetNames, locale),
    presetNames.join(', '),
  );
}

/** What is wrong with a rule name in a setting (in `locale`), or undefined when it can be configured. */
export function ruleNameProblem(rule: string, locale: Locale = 'en'): string | undefined {
  const say = messages(locale).config;
  if (alwaysOnRuleIds.has(rule)) return say.alwaysOn(rule);
  if (ruleIds.includes(rule)) return undefined;
  return say.unknownRule(rule, guessHint(rule, ruleIds, locale));
}

/** What is wrong with a severity given to a rule (in `locale`), or undefined when it is off, warn or error. */
export function severityProblem(rule: string, severity: unknown, locale: Locale = 'en'): string | undefined {
  if ((severitySettings as readonly unknown[]).includes(severity)) return undefined;
  const say = messages(locale).config;
  const shown = typeof severity === 'string' ? `'${severity}'` : JSON.stringify(severity);
  const alias = typeof severity === 'string' ? severityAliases.get(severity.toLowerCase()) : undefined;
  const hint = alias
    ? say.didYouMean(alias)
    : typeof severity === 'string'
      ? guessHint(severity, severitySettings, locale)
      : typeof severity === 'number'
        ? say.numbersNotSeverities
        : '';
  return say.notSeverity(shown, rule, hint);
}

/** Checks a preset name, or says (in `locale`) which one was meant. */
export function checkPresetName(name: string, where: string, locale: Locale = 'en'): PresetName {
  const problem = presetNameProblem(name, locale);
  if (problem) throw new UsageError(`${where}: ${problem}`);
  return name as PresetName;
}

/** Checks a rule name and severity, or says (in `locale`) what was meant. */
export function checkRuleSetting(
  rule: string,
  severity: string,
  where: string,
  locale: Locale = 'en',
): [string, SeveritySetting] {
  const problem = ruleNameProblem(rule, locale) ?? severityProblem(rule, severity, locale);
  if (problem) throw new UsageError(`${where}: ${problem}`);
  return [rule, severity as SeveritySetting];
}

/**
 * What is wrong with a rule's setting in a config, or undefined when it is fine: a severity
 * (`warn`), or a severity and the rule's options (`[warn, { perHour: 2 }]`, as in ESLint).
 */
export function settingProblem(rule: string, setting: unknown, locale: Locale = 'en'): string | undefined {
  if (!Array.isArray(setting)) return severityProblem(rule, setting, locale);
  if (setting.length !== 2) return messages(locale).config.settingShape(rule);
  return severityProblem(rule, setting[0], locale) ?? optionsProblem(rule, setting[1], locale);
}

/** What is wrong with the options given to a rule, or undefined when they are its own and valid. */
function optionsProblem(rule: string, options: unknown, locale: Locale): string | undefined {
  const say = messages(locale).config;
  const known = findRule(rule)?.meta.options;
  if (!known) return say.noOptions(rule);
  const names = Object.keys(known);
  const example = names.map((name) => `${name}: ${known[name]?.default}`).join(', ');
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    return say.optionsShape(rule, example);
  for (const [name, value] of Object.entries(options)) {
    const option = Object.hasOwn(known, name) ? known[name] : undefined;
    if (!option) return say.unknownOption(name, rule, guessHint(name, names, locale), names.join(', '));
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= option.exclusiveMinimum) {
      const shown = typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
      return say.optionValue(name, rule, option.description, option.exclusiveMinimum, shown);
    }
  }
  return undefined;
}
