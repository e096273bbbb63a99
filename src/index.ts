/**
 * course-blueprint: check course blueprints (YAML) against the format's JSON Schema and the
 * rules of instructional design; the library behind the `blueprint` command.
 */
export {
  type Checked,
  type CheckOptions,
  checkBlueprint,
  checkBlueprintFully,
  SUPPORTED_VERSIONS,
} from './check/blueprint.js';
export { type CheckFileOptions, checkFile, isUnreadable, type Unreadable } from './check/file.js';
export { type CheckRun, createCheckRun } from './check/run.js';
export { CONFIG_FILE_NAMES, createConfigFinder, findConfigFile } from './config/discover.js';
export { type BlueprintConfig, defaultConfig, loadConfigFile, parseConfig } from './config/load.js';
export {
  type CommandLineSettings,
  createSettingsResolver,
  type ResolvedSettings,
  resolveSettings,
  type SettingsResolver,
} from './config/resolve.js';
export { UsageError } from './errors.js';
export { explainRule, listRules } from './explain.js';
export {
  answersFromFlags,
  type InitAnswers,
  type InitOptions,
  type InitResult,
  initBlueprint,
  planFiles,
  STARTERS,
} from './init/index.js';
export { type ExtraVerbs, type Lexicon, loadLexicon } from './lexicon/lexicon.js';
export { type Reading, readStatement, type VerbHit } from './lexicon/reader.js';
export { findBlueprintFiles } from './load/files.js';
export { BLOOM_LEVELS, type BloomLevel } from './model/bloom.js';
export { parseDuration } from './model/duration.js';
export type { Model } from './model/model.js';
export {
  BUILT_IN_TEMPLATES,
  computeFigures,
  type RenderOptions,
  renderModel,
} from './render/render.js';
export type { Figures } from './render/view.js';
export { alwaysOnRules } from './rules/always-on.js';
export { type RuleDoc, readRuleDoc } from './rules/docs.js';
export { findRule, rules } from './rules/index.js';
export { resolveSeverities } from './rules/presets.js';
export type { Rule, RuleContext, RuleMeta, RuleReport } from './rules/types.js';
export type { Blueprint } from './schema/generated/blueprint.js';
export type { FileResult, Finding, Position, Severity, SeveritySetting } from './types.js';
