import { lstatSync, mkdirSync, realpathSync, rmSync, type Stats, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { PlannedFile } from './files.js';

/** How to write. */
export interface WriteOptions {
  /** Replace files that exist (each atomically); without it, any existing target stops everything. */
  force?: boolean;
  /** How to show a path in a message (defaults to the absolute path). */
  display?: (path: string) => string;
}

/**
 * Writes the planned files into `dir`, all or nothing: before writing anything it checks every
 * target and throws a UsageError, having written nothing, when one exists (unless `force`), is
 * a symbolic link, is not a regular file, or sits in a folder reached through a symbolic link
 * that leads out of `dir`. Creates `dir` and the sub-folders it needs. Returns the absolute
 * paths written, in order.
 */
export function writeFiles(dir: string, files: readonly PlannedFile[], options: WriteOptions = {}): string[] {
  const root = resolve(dir);
  const show = options.display ?? ((path: string) => path);
  const rootStats = lstatOrUndefined(root);
  if (rootStats && !statFollowing(root)?.isDirectory())
    throw new UsageError(`${show(root)} exists and is not a folder: nothing written.`);
  const realRoot = rootStats ? realpathSync(root) : undefined;

  const targets = files.map((file) => ({ ...file, absolute: join(root, ...file.path.split('/')) }));
  for (const target of targets) {
    checkFolders(root, realRoot, dirname(target.absolute), show);
    const stats = lstatOrUndefined(target.absolute);
    if (!stats) continue;
    if (stats.isSymbolicLink())
      throw new UsageError(
        `${show(target.absolute)} is a symbolic link: init never writes through one; nothing written.`,
      );
    if (!stats.isFile())
      throw new UsageError(`${show(target.absolute)} exists and is not a regular file: nothing written.`);
    if (!options.force)
      throw new UsageError(`${show(target.absolute)} already exists: nothing written (--force replaces it).`);
  }

  const written: string[] = [];
  try {
    for (const target of targets) {
      mkdirSync(dirname(target.absolute), { recursive: true });
      if (options.force) writeFileAtomic(target.absolute, target.content);
      else writeFileSync(target.absolute, target.content, { flag: 'wx' });
      written.push(target.absolute);
    }
  } catch (error) {
    // Something changed under our feet (a file appeared, a disk filled): undo what this run created.
    if (!options.force) for (const path of written) rmSync(path, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new UsageError(
        `a file appeared while writing: nothing written (--force replaces existing files).`,
      );
    throw new UsageError(`could not write into ${show(root)}: ${(error as Error).message}`);
  }
  return written;
}

/** Refuses folders between `root` and `folder` that are not folders or lead out of `root`. */
function checkFolders(
  root: string,
  realRoot: string | undefined,
  folder: string,
  show: (path: string) => string,
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
      if (!inside)
        throw new UsageError(
          `${show(current)} is a symbolic link that leads out of ${show(root)}: nothing written.`,
        );
    }
    if (!statFollowing(current)?.isDirectory())
      throw new UsageError(`${show(current)} exists and is not a folder: nothing written.`);
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
