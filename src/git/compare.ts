import { resolve } from 'node:path';
import type { CheckOptions } from '../check/data.js';
import { type DiffReport, diffFilePair, type FileDiff, type FilePair } from '../diff/files.js';
import { UsageError } from '../errors.js';
import { messages } from '../i18n/index.js';
import type { Locale } from '../i18n/locale.js';
import { createProjectRoots, type ProjectRoots } from '../load/project.js';
import { displayPath, openRepository, type Repository, resolveRevision } from './git.js';
import { competencyReader, type Location, planPairs, readLocation } from './versions.js';

/** How to read the versions: the working folder, and the rule settings of a blueprint (its config). */
export interface CompareOptions {
  cwd: string;
  /** The severities and rule context for a blueprint, by its path (absolute or from `cwd`). */
  settings: (file: string) => Pick<CheckOptions, 'severities' | 'context'>;
  /** The language of the refusals and of the file and framework messages; English by default. */
  locale?: Locale;
}

/** A comparison, and the working-tree files it read (no report may be written over them). */
export interface Compared {
  report: DiffReport;
  inputs: string[];
}

/** Compares two blueprint files of the working folder (`blueprint diff OLD NEW`). */
export function compareFiles(from: string, to: string, options: CompareOptions): Compared {
  const roots = createProjectRoots(options.cwd);
  const folder: Repository = { root: options.cwd, cwd: options.cwd };
  const locale = options.locale ?? 'en';
  const read = (name: string) => {
    const side = readLocation(folder, { path: name }, roots, locale);
    if (!side) throw new UsageError(messages(locale).diff.noSuchFile(name));
    return side;
  };
  const pair: FilePair = { file: to, oldFile: from, before: read(from), after: read(to) };
  const file = diffFilePair(pair, (version) => {
    const name = version === 'old' ? from : to;
    return {
      file: name,
      ...options.settings(name),
      loadCompetencies: competencyReader(folder, { path: name }, roots, locale),
      locale,
    };
  });
  return { report: { from, to, files: [file] }, inputs: [from, to] };
}

/**
 * Compares the blueprints of a revision with another, or with the working tree (`head`
 * undefined, named `workingTree` in the report): the files named in `paths`, else the changed ones.
 */
export function compareRevisions(
  base: string,
  head: string | undefined,
  paths: readonly string[],
  options: CompareOptions & { workingTree: string },
): Compared {
  const locale = options.locale ?? 'en';
  const repository = openRepository(options.cwd, locale);
  const baseCommit = resolveRevision(repository, base, locale);
  const headCommit = head === undefined ? undefined : resolveRevision(repository, head, locale);
  const roots = createProjectRoots(options.cwd);
  const inputs: string[] = [];
  const files = planPairs(repository, baseCommit, headCommit, paths, locale).map((planned) => {
    const compared = comparePlanned(repository, planned, roots, options);
    if (planned.after && planned.after.commit === undefined && compared.status !== 'removed')
      inputs.push(compared.file);
    return compared;
  });
  return { report: { from: base, to: head ?? options.workingTree, files }, inputs };
}

function comparePlanned(
  repository: Repository,
  planned: { before?: Location; after?: Location },
  roots: ProjectRoots,
  options: CompareOptions,
): FileDiff {
  const shownPath = (location: Location | undefined) => location && displayPath(repository, location.path);
  const locale = options.locale ?? 'en';
  const before = planned.before && readLocation(repository, planned.before, roots, locale);
  const after = planned.after && readLocation(repository, planned.after, roots, locale);
  const file = shownPath(planned.after) ?? shownPath(planned.before) ?? '';
  if (!before && !after) throw new UsageError(messages(locale).diff.inNeither(file));
  const pair: FilePair = { file, oldFile: before ? shownPath(planned.before) : undefined, before, after };
  return diffFilePair(pair, (version) => {
    const location = (version === 'old' ? planned.before : planned.after) as Location;
    const shown = shownPath(location) ?? file;
    return {
      file: shown,
      ...options.settings(resolve(options.cwd, shown)),
      loadCompetencies: competencyReader(repository, location, roots, locale),
      locale,
    };
  });
}
