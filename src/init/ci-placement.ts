import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { type Locale, messages } from '../i18n/index.js';
import { findRepositoryRoot } from '../util/repository.js';
import type { CiSystem } from './questions.js';

/** Characters a folder name cannot hold in the pipeline's one-line command (YAML and shell syntax). */
const UNSAFE_IN_COMMAND = /[#:'"\\$`\u0000-\u001f\u007f]/;

/**
 * Where a CI pipeline for blueprints in `dir` goes: the repository's root (CI systems read
 * pipelines there only), and the folder to check, relative to that root ('' for the root itself).
 * Throws a UsageError (in `locale`) outside a repository, or for a folder name the command cannot
 * hold.
 */
export function ciPlacement(
  dir: string,
  ci: CiSystem,
  show: (path: string) => string,
  locale: Locale = 'en',
): { root: string; folder: string } {
  const say = messages(locale).init;
  const root = findRepositoryRoot(dir);
  if (root === undefined) throw new UsageError(say.ciNoRepository(ci, show(resolve(dir))));
  const folder = relative(root, resolve(dir)).split(sep).join('/');
  if (UNSAFE_IN_COMMAND.test(folder)) throw new UsageError(say.ciUnsafeFolder(ci, JSON.stringify(folder)));
  return { root, folder };
}

/** A folder as one shell word: quoted when it holds anything but plain path characters. */
export function shellWord(path: string): string {
  return /^[\w@%+=,./-]+$/.test(path) ? path : `'${path}'`;
}
