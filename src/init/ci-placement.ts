import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { findRepositoryRoot } from '../util/repository.js';
import type { CiSystem } from './questions.js';

/** Characters a folder name cannot hold in the pipeline's one-line command (YAML and shell syntax). */
const UNSAFE_IN_COMMAND = /[#:'"\\$`\u0000-\u001f\u007f]/;

/**
 * Where a CI pipeline for blueprints in `dir` goes: the repository's root (CI systems read
 * pipelines there only), and the folder to check, relative to that root ('' for the root itself).
 * Throws a UsageError outside a repository, or for a folder name the command cannot hold.
 */
export function ciPlacement(
  dir: string,
  ci: CiSystem,
  show: (path: string) => string,
): { root: string; folder: string } {
  const root = findRepositoryRoot(dir);
  if (root === undefined)
    throw new UsageError(
      `--ci ${ci} writes the pipeline at the root of the git repository, and ${show(resolve(dir))} is in none: run 'git init' first. Nothing written.`,
    );
  const folder = relative(root, resolve(dir)).split(sep).join('/');
  if (UNSAFE_IN_COMMAND.test(folder))
    throw new UsageError(
      `--ci ${ci} cannot name the folder ${JSON.stringify(folder)} in the pipeline's command: write the pipeline by hand (docs/ci.md). Nothing written.`,
    );
  return { root, folder };
}

/** A folder as one shell word: quoted when it holds anything but plain path characters. */
export function shellWord(path: string): string {
  return /^[\w@%+=,./-]+$/.test(path) ? path : `'${path}'`;
}
