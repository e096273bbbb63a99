import { resolve } from 'node:path';
import type { SettingsResolver } from '../config/resolve.js';
import { type Locale, messages } from '../i18n/index.js';
import { findBlueprintFiles } from '../load/files.js';
import { compileIgnoreRules, GitignoreIndex, type IgnoreRules, isIgnored } from '../load/ignore.js';

/** What decides which blueprints a run checks. */
export interface TargetOptions {
  cwd: string;
  /** Each blueprint's settings: their `ignores` leave it out. */
  settings: SettingsResolver;
  /** `--ignore-pattern`: .gitignore patterns relative to `cwd`. */
  ignorePatterns?: readonly string[];
  /** Leave out what .gitignore files exclude from folder searches and globs (default true). */
  gitignore?: boolean;
  /** The language of the problems (English when absent). */
  locale?: Locale;
}

/** The blueprints to check, the paths that named none, and the named files left out. */
export interface Targets {
  files: string[];
  problems: string[];
  /** Files named on the command line that an ignore pattern leaves out, with where the pattern is. */
  ignored: { file: string; by: string }[];
}

/**
 * The files a `check` run reads: folder searches and globs leave out what .gitignore files
 * exclude (inside a git repository) and what `--ignore-pattern` matches; then every file, named
 * ones too, is left out when its config's `ignores` or `--ignore-pattern` matches it.
 */
export async function findTargets(paths: readonly string[], options: TargetOptions): Promise<Targets> {
  const { cwd, settings } = options;
  const patterns = options.ignorePatterns ?? [];
  const cli = patterns.length > 0 ? [compileIgnoreRules({ base: cwd, patterns })] : [];
  const git = options.gitignore === false ? undefined : new GitignoreIndex();
  const skip = (absolute: string, isFolder: boolean) =>
    (git?.ignores(absolute, isFolder) ?? false) || isIgnored(cli, absolute, isFolder);
  const found = await findBlueprintFiles(paths, cwd, { skip, locale: options.locale });

  const named = new Set(paths);
  const compiled = new Map<IgnoreRules, ReturnType<typeof compileIgnoreRules>>();
  const files: string[] = [];
  const ignored: Targets['ignored'] = [];
  for (const file of found.files) {
    const absolute = resolve(cwd, file);
    const own = settings(file);
    let rules = own.ignores && compiled.get(own.ignores);
    if (own.ignores && !rules) {
      rules = compileIgnoreRules(own.ignores);
      compiled.set(own.ignores, rules);
    }
    const by =
      rules && isIgnored([rules], absolute, false)
        ? messages(options.locale).flags.ignoresIn(own.configFile)
        : isIgnored(cli, absolute, false)
          ? '--ignore-pattern'
          : undefined;
    if (by === undefined) files.push(file);
    else if (named.has(file)) ignored.push({ file, by });
  }
  return { files, problems: found.problems, ignored };
}
