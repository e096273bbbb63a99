import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { messages } from '../i18n/index.js';
import type { Locale } from '../i18n/locale.js';
import { MAX_FILE_BYTES } from '../load/decode.js';

/**
 * Git, read-only, through the `git` executable (never a shell): revisions, files at a revision,
 * changed files. Nothing here writes to the repository or the working tree. Every path is given
 * after `--` and read literally (`--literal-pathspecs`: no glob, no `:(magic)`); every revision
 * the user gives is checked first (`resolveRevision`), so it can never be read as an option.
 */

/** A repository: its top folder (real path) and the folder the command runs in. */
export interface Repository {
  root: string;
  cwd: string;
}

/** Output of `git diff --name-only` and friends is bounded by the size of a tree, not a file. */
const MAX_LISTING_BYTES = 64 * 1024 * 1024;

/** No git command here should take long; one that does (a network file system) is stopped. */
const TIMEOUT_MS = 120_000;

function git(
  repository: Pick<Repository, 'root'>,
  args: readonly string[],
  maxBuffer = MAX_LISTING_BYTES,
): Buffer {
  return execFileSync('git', ['--literal-pathspecs', '-c', 'core.quotePath=false', ...args], {
    cwd: repository.root,
    maxBuffer,
    timeout: TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
    windowsHide: true,
  });
}

/**
 * The repository the folder `cwd` lies in. A UsageError when git is not installed or `cwd` is
 * not inside a work tree.
 */
export function openRepository(cwd: string, locale: Locale = 'en'): Repository {
  const say = messages(locale).diff;
  let root: string;
  try {
    root = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd,
      timeout: TIMEOUT_MS,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    })
      .toString('utf8')
      .replace(/\n$/, '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(say.noGit);
    throw new UsageError(say.notRepository(cwd));
  }
  if (root === '') throw new UsageError(say.noWorkTree(cwd));
  return { root: realpathSync(root), cwd: realpathSync(cwd) };
}

/**
 * The commit a revision names (`main`, `HEAD~1`, a tag, a hash). A UsageError for a revision
 * that starts with `-` (it would read as an option) or that names no commit.
 */
export function resolveRevision(repository: Repository, revision: string, locale: Locale = 'en'): string {
  if (revision === '' || revision.startsWith('-'))
    throw new UsageError(messages(locale).diff.notRevision(revision));
  try {
    return git(repository, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])
      .toString('utf8')
      .trim();
  } catch {
    throw new UsageError(messages(locale).diff.unknownRevision(revision));
  }
}

/**
 * A path as git names it in a tree (relative to the repository's top, with `/`), from a path
 * relative to `cwd`; undefined when it lies outside the repository.
 */
export function repositoryPath(repository: Repository, path: string): string | undefined {
  const inside = relative(repository.root, resolve(repository.cwd, path));
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    return undefined;
  return inside.split(sep).join('/');
}

/** A path of the repository, as the user sees it from `cwd`. */
export function displayPath(repository: Repository, path: string): string {
  return relative(repository.cwd, resolve(repository.root, ...path.split('/'))) || path;
}

/** What a file is at a revision: its bytes, absent, or one line on why it cannot be read. */
export type BlobRead = { bytes: Uint8Array } | { absent: true } | { unreadable: string };

/**
 * A file at a commit, read without checking it out. A symbolic link, a submodule or a folder is
 * not read (a link in a tree could point anywhere); neither is a file over MAX_FILE_BYTES, whose
 * size is read from the tree before its content.
 */
export function readAtRevision(
  repository: Repository,
  commit: string,
  path: string,
  shown = path,
  locale: Locale = 'en',
): BlobRead {
  const say = messages(locale).diff;
  const at = commit.slice(0, 12);
  const listing = git(repository, ['ls-tree', '-z', '-l', '--full-tree', commit, '--', path]).toString(
    'utf8',
  );
  const entry = listing.split('\0').find((line) => line.slice(line.indexOf('\t') + 1) === path);
  if (entry === undefined) return { absent: true };
  const [mode, type, object, size] = entry.slice(0, entry.indexOf('\t')).split(/\s+/);
  if (mode === '120000') return { unreadable: say.linkAt(shown, at) };
  if (type !== 'blob' || object === undefined) return { unreadable: say.notFileAt(shown, at) };
  if (Number(size) > MAX_FILE_BYTES)
    return { unreadable: say.overLimitAt(shown, MAX_FILE_BYTES / 1024 / 1024, at) };
  return { bytes: git(repository, ['cat-file', 'blob', object], MAX_FILE_BYTES + 1) };
}

/** A file that differs between two versions: its path in each (a rename has two). */
export interface ChangedFile {
  oldPath?: string;
  newPath?: string;
}

/**
 * The files that differ between a commit and another (or the working tree, with the untracked
 * files that are not ignored), limited to `paths` when given, renames paired (`-M`).
 */
export function changedFiles(
  repository: Repository,
  base: string,
  head: string | undefined,
  paths: readonly string[],
): ChangedFile[] {
  const range = head === undefined ? [base] : [base, head];
  const fields = git(repository, [
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--no-ext-diff',
    '--no-textconv',
    ...range,
    '--',
    ...paths,
  ])
    .toString('utf8')
    .split('\0');
  const changed: ChangedFile[] = [];
  for (let index = 0; index < fields.length - 1; ) {
    const status = fields[index++] as string;
    const first = fields[index++] as string;
    if (status.startsWith('R') || status.startsWith('C'))
      changed.push({ oldPath: first, newPath: fields[index++] as string });
    else if (status === 'A') changed.push({ newPath: first });
    else if (status === 'D') changed.push({ oldPath: first });
    else changed.push({ oldPath: first, newPath: first });
  }
  if (head === undefined) {
    const untracked = git(repository, [
      'ls-files',
      '--others',
      '--exclude-standard',
      '-z',
      '--',
      ...paths,
    ]).toString('utf8');
    for (const path of untracked.split('\0')) if (path !== '') changed.push({ newPath: path });
  }
  return changed;
}

/** The POSIX path of a file a blueprint names (such as `competencies.file`), inside the repository; undefined when it leaves it. */
export function siblingPath(blueprintPath: string, name: string): string | undefined {
  if (posix.isAbsolute(name) || name.includes('\\')) return undefined;
  const joined = posix.normalize(posix.join(posix.dirname(blueprintPath), name));
  if (
    joined === '..' ||
    joined.startsWith('../') ||
    joined.split('/').some((segment) => segment.startsWith('.'))
  )
    return undefined;
  return joined;
}
