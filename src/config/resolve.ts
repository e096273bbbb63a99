import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { type Locale, messages } from '../i18n/index.js';
import type { IgnoreRules } from '../load/ignore.js';
import { CONFIG_KIND, createProjectRoots, linkProblem } from '../load/project.js';
import { presetSeverities } from '../rules/presets.js';
import type { PresetName, RuleContext } from '../rules/types.js';
import type { SeveritySetting } from '../types.js';
import { createConfigFinder } from './discover.js';
import { type BlueprintConfig, defaultConfig, loadConfigFile } from './load.js';

/** Settings given on the command line, applied over the config's. */
export interface CommandLineSettings {
  /** `--preset NAME`, in order: added after the config's rules. */
  presets?: readonly PresetName[];
  /** `--rule RULE=SEVERITY`, in order: applied last. */
  rules?: ReadonlyArray<readonly [string, SeveritySetting]>;
}

/** What checking a blueprint needs from its config: each rule's severity and the rules' context. */
export interface ResolvedSettings {
  /** Severity by rule id (a prototype-less object); rules absent are off. */
  severities: Record<string, SeveritySetting>;
  context: RuleContext;
  /** The config file these come from, as shown in messages; '' when none was found. */
  configFile: string;
  /** The config's `ignores`, relative to its folder; absent when it has none. */
  ignores?: IgnoreRules;
}

/**
 * Merges a config with the command line, in this order (later wins): the config's `extends`
 * presets, the config's `rules`, the `--preset` presets, the `--rule` settings.
 */
export function resolveSettings(
  config: BlueprintConfig = defaultConfig(),
  commandLine: CommandLineSettings = {},
  cwd = '.',
): ResolvedSettings {
  const severities: Record<string, SeveritySetting> = Object.create(null);
  const apply = (entries: Iterable<readonly [string, SeveritySetting]>) => {
    for (const [rule, severity] of entries) severities[rule] = severity;
  };
  for (const preset of config.extends) apply(Object.entries(presetSeverities(preset)));
  apply(Object.entries(config.rules));
  for (const preset of commandLine.presets ?? []) apply(Object.entries(presetSeverities(preset)));
  apply(commandLine.rules ?? []);
  const context: RuleContext = { verbs: config.verbs };
  if (config.options) context.options = config.options;
  const resolved: ResolvedSettings = { severities, context, configFile: config.file };
  if (config.ignores && config.ignores.length > 0)
    resolved.ignores = { base: dirname(resolve(cwd, config.file)), patterns: config.ignores };
  return resolved;
}

/** How to find the settings of each blueprint in a run. */
export interface SettingsResolverOptions {
  /** The folder relative paths start from. */
  cwd: string;
  /** `--config FILE`: this config for every blueprint, instead of looking one up. */
  configFile?: string;
  commandLine?: CommandLineSettings;
  /** The language of a bad config's error (English when absent). */
  locale?: Locale;
}

/** Gives the settings for a blueprint file; throws a UsageError when its config is bad. */
export type SettingsResolver = (blueprintFile: string) => ResolvedSettings;

/**
 * A SettingsResolver for one run: with `configFile`, that config (read now, so a bad one fails
 * before any blueprint is checked); else the config found upwards from each blueprint's
 * folder, each folder looked up once and each config read once.
 */
export function createSettingsResolver(options: SettingsResolverOptions): SettingsResolver {
  const { cwd, commandLine } = options;
  if (options.configFile !== undefined) {
    const settings = resolveSettings(
      loadConfigFile(options.configFile, cwd, options.locale),
      commandLine,
      cwd,
    );
    return () => settings;
  }
  const finder = createConfigFinder();
  const roots = createProjectRoots(cwd);
  const byConfig = new Map<string, ResolvedSettings>();
  // By the folder as named: the files of a catalogue share a few, and resolving each file's
  // path costs more than looking its folder up.
  const byFolder = new Map<string, ResolvedSettings>();
  return (blueprintFile) => {
    const folder = dirname(blueprintFile);
    let settings = byFolder.get(folder);
    if (settings) return settings;
    const configPath = finder.find(resolve(cwd, folder)) ?? '';
    settings = byConfig.get(configPath);
    if (!settings) {
      // A config found by looking up is the project's: a link in its place must stay in its folder.
      const refused =
        configPath === '' ? undefined : linkProblem(configPath, cwd, roots, CONFIG_KIND, options.locale);
      if (refused) throw new UsageError(messages(options.locale).config.refused(refused));
      const config = configPath === '' ? defaultConfig() : loadConfigFile(configPath, cwd, options.locale);
      settings = resolveSettings(config, commandLine, cwd);
      byConfig.set(configPath, settings);
    }
    byFolder.set(folder, settings);
    return settings;
  };
}
