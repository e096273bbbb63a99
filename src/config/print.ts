import { rules } from '../rules/index.js';
import type { SeveritySetting } from '../types.js';
import type { ResolvedSettings } from './resolve.js';

/** A rule's setting as `--print-config` shows it: its severity, or `[severity, options]` when it has options. */
export type PrintedSetting = SeveritySetting | [SeveritySetting, Record<string, number>];

/** The settings that apply to one blueprint, as `--print-config` prints them (ESLint's `--print-config`). */
export interface PrintedConfig {
  /** The blueprint the settings are for, as named. */
  file: string;
  /** The config file they come from; null when none was found (the `recommended` preset). */
  configFile: string | null;
  /** Every configurable rule, sorted by id: `off` for a rule that does not run. */
  rules: Record<string, PrintedSetting>;
  /** Extra verbs of the config, by language. */
  verbs: Record<string, Record<string, string[]>>;
}

/** The resolved settings of a blueprint as plain data, every rule listed. */
export function printedConfig(file: string, settings: ResolvedSettings): PrintedConfig {
  const printed: Record<string, PrintedSetting> = {};
  for (const id of rules.map((rule) => rule.meta.id).sort()) {
    const severity = Object.hasOwn(settings.severities, id)
      ? (settings.severities[id] as SeveritySetting)
      : 'off';
    const options = settings.context.options?.[id];
    printed[id] = options ? [severity, { ...options }] : severity;
  }
  const verbs: Record<string, Record<string, string[]>> = {};
  for (const [language, map] of Object.entries(settings.context.verbs ?? {})) verbs[language] = { ...map };
  return { file, configFile: settings.configFile === '' ? null : settings.configFile, rules: printed, verbs };
}
