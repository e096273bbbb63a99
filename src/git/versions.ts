import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CheckOptions } from '../check/data.js';
import type { Side } from '../diff/files.js';
import { UsageError } from '../errors.js';
import { messages } from '../i18n/index.js';
import type { Locale } from '../i18n/locale.js';
import { competencyFileProblem, loadCompetencyFile, parseCompetencyFile } from '../load/competency-file.js';
import { BLUEPRINT_FILE } from '../load/files.js';
import { BLUEPRINT_KIND, type ProjectRoots, readProjectFile } from '../load/project.js';
import {
  changedFiles,
  displayPath,
  type Repository,
  readAtRevision,
  repositoryPath,
  siblingPath,
} from './git.js';

/** Where one version of a file lives: at a commit, or (no commit) in the working tree. */
export interface Location {
  commit?: string;
  /** The path in the repository, with `/`. */
  path: string;
}

/** A blueprint to compare: where its old and new versions are (absent where it does not exist). */
export interface PlannedPair {
  before?: Location;
  after?: Location;
}

/**
 * The blueprints to compare between `base` and `head` (the working tree when undefined). A path
 * named like a blueprint is compared as it is, changed or not; any other path (a folder) limits
 * the search to the changed blueprints under it; no path means every changed blueprint.
 */
export function planPairs(
  repository: Repository,
  base: string,
  head: string | undefined,
  paths: readonly string[],
  locale: Locale = 'en',
): PlannedPair[] {
  const files: string[] = [];
  const folders: string[] = [];
  for (const path of paths) {
    const inside = repositoryPath(repository, path);
    if (inside === undefined)
      throw new UsageError(messages(locale).diff.outsideRepository(path, repository.root));
    (BLUEPRINT_FILE.test(inside) ? files : folders).push(inside);
  }
  const pairs: PlannedPair[] = files.map((path) => ({
    before: { commit: base, path },
    after: { commit: head, path },
  }));
  if (files.length === 0 || folders.length > 0) {
    const named = new Set(files);
    for (const changed of changedFiles(repository, base, head, folders)) {
      const blueprint = [changed.oldPath, changed.newPath].some(
        (path) => path !== undefined && BLUEPRINT_FILE.test(path),
      );
      if (!blueprint || named.has(changed.newPath ?? '') || named.has(changed.oldPath ?? '')) continue;
      pairs.push({
        before: changed.oldPath === undefined ? undefined : { commit: base, path: changed.oldPath },
        after: changed.newPath === undefined ? undefined : { commit: head, path: changed.newPath },
      });
    }
  }
  return pairs;
}

/**
 * One version's source: from git at a commit, or from the working tree with the guards `check`
 * applies (a link leading outside the project, or to what is not a blueprint, is not read).
 * Undefined when the file does not exist there.
 */
export function readLocation(
  repository: Repository,
  location: Location,
  roots: ProjectRoots,
  locale: Locale = 'en',
): Side | undefined {
  const shown = displayPath(repository, location.path);
  if (location.commit !== undefined) {
    const read = readAtRevision(repository, location.commit, location.path, shown, locale);
    if ('absent' in read) return undefined;
    return 'bytes' in read ? { source: read.bytes } : read;
  }
  const absolute = resolve(repository.root, location.path);
  if (!lstatSync(absolute, { throwIfNoEntry: false })) return undefined;
  const read = readProjectFile(absolute, repository.cwd, roots, BLUEPRINT_KIND, locale);
  if (read.kind === 'source') return { source: read.source };
  return {
    unreadable:
      read.kind === 'too-large'
        ? messages(locale).diff.tooLarge(shown)
        : read.message.replaceAll(absolute, shown),
  };
}

/**
 * How a version reads the competency framework its blueprint names: from the same commit, at the
 * path relative to the blueprint (inside the repository, outside hidden folders), with the checks
 * the working tree's framework gets; or, for the working tree, as `check` reads it.
 */
export function competencyReader(
  repository: Repository,
  location: Location,
  roots: ProjectRoots,
  locale: Locale = 'en',
): NonNullable<CheckOptions['loadCompetencies']> {
  const absolute = resolve(repository.root, location.path);
  if (location.commit === undefined)
    return (name) => loadCompetencyFile(name, absolute, repository.cwd, roots, new Map(), locale);
  const commit = location.commit;
  const say = messages(locale).diff;
  return (name) => {
    const fail = (why: string) => competencyFileProblem(name, why, locale);
    const path = siblingPath(location.path, name);
    if (path === undefined) return fail(say.frameworkLeaves);
    const read = readAtRevision(repository, commit, path, path, locale);
    if ('absent' in read) return fail(say.frameworkAbsent(commit.slice(0, 12)));
    if ('unreadable' in read) return fail(say.frameworkUnreadable);
    return parseCompetencyFile(name, read.bytes, locale);
  };
}
