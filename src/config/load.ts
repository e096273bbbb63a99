import { basename, isAbsolute, relative, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { UsageError } from '../errors.js';
import { type Locale, messages } from '../i18n/index.js';
import { checkCharacters, decodeInput } from '../load/decode.js';
import { parseYamlFast } from '../load/fast-parse.js';
import { readInputFile } from '../load/files.js';
import { locatePointer, positionInText, positionOf } from '../load/locate.js';
import { parseYaml } from '../load/parse.js';
import { formatPointer, parsePointer, valueAtSegments as valueAt } from '../load/pointer.js';
import { BLOOM_LEVELS } from '../model/bloom.js';
import type { PresetName, RuleContext } from '../rules/types.js';
import { validateConfig } from '../schema/validators.js';
import type { SeveritySetting } from '../types.js';
import { append } from '../util/append.js';
import { PACKAGE_JSON_KEY } from './discover.js';
import { guessHint, presetNameProblem, ruleNameProblem, settingProblem } from './settings.js';

/** A config file, read and checked: what `check` applies to the blueprints it governs. */
export interface BlueprintConfig {
  /** The path of the file it was read from, as shown in messages. */
  file: string;
  /** Presets, in order (defaults to [recommended]). */
  extends: PresetName[];
  /** Severity by rule id, as written (a prototype-less object). */
  rules: Record<string, SeveritySetting>;
  /** Extra verbs for the wording rules, by language (prototype-less objects). */
  verbs: NonNullable<RuleContext['verbs']>;
  /** Options by rule id, as `rule: [severity, { option: value }]` gives them (prototype-less objects). */
  options?: Record<string, Record<string, number>>;
  /** Blueprints not to check: .gitignore patterns relative to the config file's folder. */
  ignores?: string[];
  /** The language of the messages, when the config sets it (`--locale` wins over it). */
  locale?: Locale;
}

/** The config used when no file is found: the `recommended` preset. */
export function defaultConfig(): BlueprintConfig {
  return { file: '', extends: ['recommended'], rules: Object.create(null), verbs: Object.create(null) };
}

/**
 * Reads and checks a config file. Any problem (unreadable, not YAML, against the schema, an
 * unknown rule, preset or severity) is a UsageError of one line: `file:line:column: message`.
 */
export function loadConfigFile(file: string, cwd: string, locale: Locale = 'en'): BlueprintConfig {
  const say = messages(locale).config;
  const shown = displayPath(resolve(cwd, file), cwd);
  const read = readInputFile(shown, cwd, locale);
  if (read.kind === 'unreadable') throw new UsageError(say.unreadable(read.message));
  if (read.kind === 'too-large') throw new UsageError(say.tooLarge(shown));
  const decoded = decodeInput(read.source, locale);
  const problem = decoded.ok ? checkCharacters(decoded.text, locale) : decoded.problem;
  if (problem || !decoded.ok) {
    const at = problem ? positionInText(problem.prefix) : { line: 1, column: 1 };
    throw new UsageError(`${shown}:${at.line}:${at.column}: ${problem?.message ?? say.notText}`);
  }
  // A package.json holds its config under one key (discovery found it there).
  const key = basename(shown) === 'package.json' ? PACKAGE_JSON_KEY : undefined;
  return parseConfig(decoded.text, shown, key, locale);
}

/**
 * Checks a config's text (YAML or JSON), naming `file` in its one-line UsageError; with `key`,
 * the config is the value of that top-level key (package.json's `blueprint`), and positions
 * are still the file's. Problems are worded in `locale`.
 */
export function parseConfig(
  text: string,
  file: string,
  key?: string,
  locale: Locale = 'en',
): BlueprintConfig {
  const select = (whole: unknown) => (key === undefined ? whole : valueAt(whole, [key]));
  // A config the fast parser reads and that has no problem needs no document with positions:
  // yaml's takes ~4 KB per entry (900 MB for 200,000 verbs).
  const fast = parseYamlFast(text);
  if (fast) {
    const data = select(fast.data);
    if (data === null || data === undefined) return { ...defaultConfig(), file };
    if (validateConfig(data) && semanticProblems(data, locale).length === 0)
      return toConfig(data as RawConfig, file);
  }
  const parsed = parseYaml(text, locale);
  const fail = (offset: number, endOffset: number, message: string): never => {
    const at = positionOf(parsed.lineCounter, offset, endOffset);
    throw new UsageError(`${file}:${at.line}:${at.column}: ${message}`);
  };
  // Under a key, only what lies inside its value is ours (npm judges the rest of a package.json).
  const range = key === undefined ? undefined : (parsed.doc?.get(key, true) as { range?: number[] })?.range;
  const ours = (offset: number) =>
    range === undefined || (offset >= (range[0] ?? 0) && offset < (range[2] ?? 0));
  const [syntax] = parsed.offsetFindings
    .filter((found) => ours(found.offset))
    .sort((a, b) => a.offset - b.offset);
  if (syntax) fail(syntax.offset, syntax.endOffset, syntax.message);
  const { doc } = parsed;
  if (!doc) return { ...defaultConfig(), file };
  const data = select(parsed.data);
  if (data === null || data === undefined) return { ...defaultConfig(), file };

  const prefix = key === undefined ? '' : formatPointer([key]);
  const own = (path: string) => path === prefix || path.startsWith(`${prefix}/`);
  const problems: Problem[] = parsed.pathFindings
    .filter((found) => own(found.path))
    .map((found) => ({ ...found, key: found.key ?? false }));
  const inConfig: Problem[] = [];
  if (!validateConfig(data))
    for (const error of validateConfig.errors ?? []) inConfig.push(describeError(error, data, locale));
  append(inConfig, semanticProblems(data, locale));
  for (const problem of inConfig) problems.push({ ...problem, path: `${prefix}${problem.path}` });
  const located = problems.map((problem) => ({
    problem,
    ...locatePointer(doc, text, problem.path, problem.key),
  }));
  located.sort((a, b) => a.offset - b.offset);
  const first = located[0];
  if (first) fail(first.offset, first.endOffset, first.problem.message);
  return toConfig(data as RawConfig, file);
}

/** How a config path is shown: relative to the working folder when inside it, else absolute. */
export function displayPath(absolute: string, cwd: string): string {
  const shown = relative(cwd, absolute);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? absolute : shown;
}

interface RawConfig {
  extends?: string[];
  ignores?: string[];
  rules?: Record<string, string | [string, Record<string, number>?]>;
  verbs?: Record<string, Record<string, string[]>>;
  locale?: Locale;
}

interface Problem {
  path: string;
  key: boolean;
  message: string;
}

const topKeys = ['extends', 'rules', 'ignores', 'verbs', 'locale'];
const languages = ['en', 'fr'];
const levels: readonly string[] = [...BLOOM_LEVELS, 'analyse'];

/** Turns one schema error into a message that names the key and the fix. */
function describeError(error: ErrorObject, data: unknown, locale: Locale): Problem {
  const say = messages(locale).config;
  const path = error.instancePath;
  const segments = parsePointer(path);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    // The schema lists every configurable rule (for editors): the rule's own message says more.
    if (segments.length === 1 && segments[0] === 'rules')
      return { path: formatPointer(['rules', key]), key: true, message: ruleNameProblem(key, locale) ?? '' };
    const inVerbs = segments.length === 1 && segments[0] === 'verbs';
    const known = inVerbs ? languages : topKeys;
    const what = inVerbs ? say.unknownLanguage(key) : say.unknownKey(key);
    return {
      path: formatPointer([...segments, key]),
      key: true,
      // Language codes are too short for a did-you-mean to be more than a guess: list them.
      message: say.known(what, inVerbs ? '' : guessHint(key, known, locale), known.join(', ')),
    };
  }
  const [top, second, , fourth] = segments;
  const preset = top === 'extends' && segments.length === 2 ? valueAt(data, segments) : undefined;
  if (error.keyword === 'enum' && typeof preset === 'string')
    return { path, key: false, message: presetNameProblem(preset, locale) ?? '' };
  if (top === 'rules' && segments.length >= 2 && second !== undefined) {
    const setting = valueAt(data, ['rules', second]);
    const message = settingProblem(second, setting, locale) ?? say.invalidValue(path, error.message);
    return { path: formatPointer(['rules', second]), key: false, message };
  }
  if (top === 'verbs' && fourth !== undefined && error.keyword === 'enum') {
    return { path, key: false, message: say.unknownLevel(levelHint(valueAt(data, segments), locale)) };
  }
  if (top === 'ignores' && segments.length === 2) return { path, key: false, message: say.ignorePattern };
  const where = segments.length === 0 ? '' : segments.length === 1 ? (top as string) : '';
  const message = Object.hasOwn(say.expected, where)
    ? (say.expected[where] as string)
    : top === 'extends'
      ? say.presetShape
      : top === 'verbs' && segments.length === 2
        ? say.verbsShape(String(second))
        : top === 'verbs'
          ? say.levelsShape(String(segments[2]))
          : say.invalidValue(path, error.message);
  return { path, key: false, message };
}

function levelHint(value: unknown, locale: Locale): string {
  const say = messages(locale).config;
  if (typeof value !== 'string') return say.levelOneOf(BLOOM_LEVELS.join(', '));
  return say.levelGuess(value, guessHint(value, levels, locale), BLOOM_LEVELS.join(', '));
}

/** What the schema cannot say: preset and rule names must exist, and a severity must be one of three. */
function semanticProblems(data: unknown, locale: Locale): Problem[] {
  const problems: Problem[] = [];
  const presets = valueAt(data, ['extends']);
  if (Array.isArray(presets)) {
    presets.forEach((name, index) => {
      const problem = typeof name === 'string' ? presetNameProblem(name, locale) : undefined;
      if (problem) problems.push({ path: `/extends/${index}`, key: false, message: problem });
    });
  }
  const rules = valueAt(data, ['rules']);
  if (!isMapping(rules)) return problems;
  for (const [rule, severity] of Object.entries(rules)) {
    const path = formatPointer(['rules', rule]);
    const nameProblem = ruleNameProblem(rule, locale);
    if (nameProblem) problems.push({ path, key: true, message: nameProblem });
    const problem = settingProblem(rule, severity, locale);
    if (problem) problems.push({ path, key: false, message: problem });
  }
  return problems;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Copies checked user data into prototype-less objects: a `__proto__` key stays a plain key. */
function toConfig(raw: RawConfig, file: string): BlueprintConfig {
  const rules: Record<string, SeveritySetting> = Object.create(null);
  const options: Record<string, Record<string, number>> = Object.create(null);
  for (const [rule, setting] of Object.entries(raw.rules ?? {})) {
    if (!Array.isArray(setting)) {
      rules[rule] = setting as SeveritySetting;
      continue;
    }
    rules[rule] = setting[0] as SeveritySetting;
    if (setting[1] === undefined) continue;
    const copy: Record<string, number> = Object.create(null);
    for (const [name, value] of Object.entries(setting[1])) copy[name] = value;
    options[rule] = copy;
  }
  const verbs: BlueprintConfig['verbs'] = Object.create(null);
  for (const [language, map] of Object.entries(raw.verbs ?? {})) {
    const copy: Record<string, string[]> = Object.create(null);
    for (const [verb, verbLevels] of Object.entries(map)) copy[verb] = [...verbLevels];
    verbs[language as 'en' | 'fr'] = copy;
  }
  const config: BlueprintConfig = {
    file,
    extends: [...((raw.extends ?? ['recommended']) as PresetName[])],
    rules,
    verbs,
    options,
  };
  if (raw.ignores) config.ignores = [...raw.ignores];
  if (raw.locale !== undefined) config.locale = raw.locale;
  return config;
}
