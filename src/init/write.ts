import { lstatSync, mkdirSync, realpathSync, rmdirSync, rmSync, type Stats, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { type Catalogue, type Locale, messages } from '../i18n/index.js';
import { type StagedFile, stageFile } from '../util/atomic-write.js';
import { describeFsError } from '../util/fs-error.js';
import type { PlannedFile } from './files.js';

/** How to write. */
export interface WriteOptions {
  /** Replace files that exist (each atomically); without it, any existing target stops everything. */
  force?: boolean;
  /** How to show a path in a message (defaults to the absolute path). */
  display?: (path: string) => string;
  /** The language of the refusals (English when absent). */
  locale?: Locale;
}

/**
 * Writes the planned files into `dir`, all or nothing: before writing anything it checks every
 * target and throws a UsageError, having written nothing, when one exists (unless `force`), is
 * a symbolic link, is not a regular file, or sits in a folder reached through a symbolic link
 * that leads out of `dir`. Creates `dir` and the sub-folders it needs; stages every file
 * before putting any in place (each atomically, by rename or hard link). Returns the absolute
 * paths written, in order.
 */
export function writeFiles(dir: string, files: readonly PlannedFile[], options: WriteOptions = {}): string[] {
  const root = resolve(dir);
  const show = options.display ?? ((path: string) => path);
  const say = messages(options.locale).init;
  const rootStats = lstatOrUndefined(root);
  if (rootStats && !statFollowing(root)?.isDirectory()) throw new UsageError(say.notFolder(show(root)));
  const realRoot = rootStats ? realpathSync(root) : undefined;

  const targets = files.map((file) => ({ ...file, absolute: join(root, ...file.path.split('/')) }));
  for (const target of targets) {
    checkFolders(root, realRoot, dirname(target.absolute), show, say);
    const stats = lstatOrUndefined(target.absolute);
    if (!stats) continue;
    if (stats.isSymbolicLink()) throw new UsageError(say.symlink(show(target.absolute)));
    if (!stats.isFile()) throw new UsageError(say.notRegularFile(show(target.absolute)));
    if (!options.force) throw new UsageError(say.exists(show(target.absolute)));
  }

  // Every file is staged beside its target before any is put in place, so a failure while
  // writing (a full disk, a file that appeared meanwhile) leaves the folder as it was.
  const staged: Array<{ file: StagedFile; path: string }> = [];
  const written: string[] = [];
  // The folders this call creates (the first of each chain): removed again when it gives up.
  const made: Array<{ first: string; last: string }> = [];
  try {
    for (const target of targets) {
      const folder = dirname(target.absolute);
      const first = mkdirSync(folder, { recursive: true });
      if (first !== undefined) made.push({ first, last: folder });
      staged.push({ file: stageFile(target.absolute, target.content), path: target.absolute });
    }
    for (const { file, path } of staged) {
      if (options.force) file.replace();
      else file.create();
      written.push(path);
    }
  } catch (error) {
    for (const { file } of staged) file.discard();
    if (!options.force) for (const path of written) rmSync(path, { force: true });
    for (const { first, last } of made.reverse()) removeEmptyFolders(first, last);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(say.appeared);
    const why = describeFsError(error, 'write', options.locale);
    throw new UsageError(say.couldNotWrite(show(root), why, !options.force));
  }
  return written;
}

/** Removes `last` and each folder above it up to `first`, as long as they are empty. */
function removeEmptyFolders(first: string, last: string): void {
  for (let folder = last; ; folder = dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      return; // not empty (or gone): what is above it stays too
    }
    if (folder === first || dirname(folder) === folder) return;
  }
}

/**
 * The first of `paths` (relative to `dir`, POSIX separators) that already exists, even as a
 * symbolic link, as an absolute path: lets a caller stop before asking questions whose
 * answers could not be written.
 */
export function findExisting(dir: string, paths: readonly string[]): string | undefined {
  return paths
    .map((path) => join(resolve(dir), ...path.split('/')))
    .find((path) => lstatOrUndefined(path) !== undefined);
}

/** Refuses folders between `root` and `folder` that are not folders or lead out of `root`. */
function checkFolders(
  root: string,
  realRoot: string | undefined,
  folder: string,
  show: (path: string) => string,
  say: Catalogue['init'],
): void {
  const steps = relative(root, folder).split(/[\\/]/).filter(Boolean);
  let current = root;
  for (const step of steps) {
    current = join(current, step);
    const stats = lstatOrUndefined(current);
    if (!stats) return;
    if (stats.isSymbolicLink()) {
      const real = realpathOrUndefined(current);
      const inside = real !== undefined && realRoot !== undefined && isInside(realRoot, real);
      if (!inside) throw new UsageError(say.linkOut(show(current), show(root)));
    }
    if (!statFollowing(current)?.isDirectory()) throw new UsageError(say.notFolder(show(current)));
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function lstatOrUndefined(path: string): Stats | undefined {
  return lstatSync(path, { throwIfNoEntry: false });
}

function statFollowing(path: string): Stats | undefined {
  return statSync(path, { throwIfNoEntry: false });
}

function realpathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
