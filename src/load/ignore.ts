import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { findRepositoryRoot } from '../util/repository.js';

/** Patterns in .gitignore syntax, relative to a folder. */
export interface IgnoreRules {
  /** The absolute folder the patterns are relative to. */
  base: string;
  patterns: readonly string[];
}

/** A compiled set of rules: one folder's .gitignore, the config's `ignores`, or `--ignore-pattern`. */
interface Matcher {
  base: string;
  rules: Ignore;
}

/** The largest .gitignore read; a larger one is not read (no rule from it). */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

/**
 * The `ignore` package, loaded when the first rules are compiled: a run that names its files, or
 * walks folders with no .gitignore and no ignore setting, never needs it. `require` spares the
 * scan of its source for export names that an `import` would make.
 */
let ignore: typeof import('ignore') | undefined;

/** Compiles rules once, to be tested against many paths. */
export function compileIgnoreRules(rules: IgnoreRules): Matcher {
  ignore ??= createRequire(import.meta.url)('ignore') as typeof import('ignore');
  return { base: rules.base, rules: ignore({ allowRelativePaths: true }).add([...rules.patterns]) };
}

/**
 * Whether `absolute` (a folder when `isFolder`) is excluded by `matchers`, read in order as git
 * reads .gitignore files from the outermost folder in: a later matcher's `!pattern` re-includes
 * what an earlier one excluded. A path outside a matcher's folder is not its concern.
 */
export function isIgnored(matchers: readonly Matcher[], absolute: string, isFolder: boolean): boolean {
  let ignored = false;
  for (const { base, rules } of matchers) {
    const path = relative(base, absolute);
    if (path === '' || path.startsWith(`..${sep}`) || path === '..' || isAbsolute(path)) continue;
    const result = rules.test(`${path.split(sep).join('/')}${isFolder ? '/' : ''}`);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/**
 * The .gitignore files that apply in a folder, each folder read once: inside a git repository,
 * those of every folder from the repository's root down to it; outside any, none (as git).
 */
export class GitignoreIndex {
  private readonly byFolder = new Map<string, readonly Matcher[]>();

  /** The matchers of `folder` (absolute), outermost first. */
  matchersFor(folder: string): readonly Matcher[] {
    const known = this.byFolder.get(folder);
    if (known) return known;
    const root = findRepositoryRoot(folder);
    let matchers: readonly Matcher[] = [];
    if (root !== undefined) {
      const above = folder === root ? [] : this.matchersFor(dirname(folder));
      const own = readGitignore(folder);
      matchers = own ? [...above, own] : above;
    }
    this.byFolder.set(folder, matchers);
    return matchers;
  }

  /** Whether git ignores `absolute` (a folder when `isFolder`), by the .gitignore files above it. */
  ignores(absolute: string, isFolder: boolean): boolean {
    const path = resolve(absolute);
    return isIgnored(this.matchersFor(dirname(path)), path, isFolder);
  }
}

function readGitignore(folder: string): Matcher | undefined {
  const file = join(folder, '.gitignore');
  try {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile() || stats.size > MAX_GITIGNORE_BYTES) return undefined;
    return compileIgnoreRules({ base: folder, patterns: readFileSync(file, 'utf8').split(/\r?\n/) });
  } catch {
    return undefined; // unreadable: git would not apply it either
  }
}
