import { closeSync, existsSync, lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/discover.js';
import { type Catalogue, type Locale, messages } from '../i18n/index.js';
import { BLUEPRINT_FILE, openUnlessLink, type ReadResult, readInputFile, readOpenInput } from './files.js';

/**
 * Gives the project root of a folder: the real path of the folder every file a blueprint there
 * may read lies in. It is the nearest folder, going up from the blueprint's own, that holds a
 * config file (the folder of the nearest config) or a `.git` (the git root); when there is
 * neither, the blueprint's own folder. A folder below the working folder that is a symbolic
 * link is never a root (a link to another repository would make that repository the project).
 */
export type ProjectRoots = (folder: string) => ProjectRoot;

/** A project root: as named (from the working folder) and its real path (links resolved). */
export interface ProjectRoot {
  path: string;
  real: string;
  /** The real path of the folder it was asked for (undefined when that folder does not exist). */
  folder: string | undefined;
}

/**
 * A ProjectRoots that looks each folder up once: make one per run, so that it never goes stale.
 * `cwd` is the working folder: links at or above it are the user's, and trusted.
 */
export function createProjectRoots(cwd = '/'): ProjectRoots {
  const cache = new Map<string, ProjectRoot>();
  const base = resolve(cwd);
  const untrustedLink = (folder: string) =>
    inside(folder, base) !== undefined &&
    lstatSync(folder, { throwIfNoEntry: false })?.isSymbolicLink() === true;
  return (folder) => {
    const start = resolve(folder);
    const cached = cache.get(start);
    if (cached !== undefined) return cached;
    let root: string | undefined;
    let fallback: string | undefined;
    for (let current = start; ; current = dirname(current)) {
      if (!untrustedLink(current)) {
        fallback ??= current;
        if (isRootMarked(current)) {
          root = current;
          break;
        }
      }
      if (dirname(current) === current) break;
    }
    const path = root ?? fallback ?? start;
    const found = { path, real: realPath(path) ?? path, folder: realPath(start) };
    cache.set(start, found);
    return found;
  };
}

function isRootMarked(folder: string): boolean {
  return [...CONFIG_FILE_NAMES, '.git'].some((name) => existsSync(join(folder, name)));
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/** The path of `real` relative to `root` when it lies inside it, else undefined. */
function inside(real: string, root: string): string | undefined {
  const path = relative(root, real);
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return undefined;
  return path;
}

/** Whether a path relative to the root goes through or names a hidden file or folder (`.git`, `.env`). */
function isHidden(path: string, allowedName?: (name: string) => boolean): boolean {
  const segments = path.split(sep);
  const name = segments.pop() as string;
  return (
    segments.some((segment) => segment.startsWith('.')) || (name.startsWith('.') && !allowedName?.(name))
  );
}

/**
 * Why a file about to be read as a blueprint or a config (`kind`) must not be read; undefined
 * when it may. A file whose real path lies outside its project root is refused, whatever leads
 * there (the file a symbolic link, or a folder on the way); so is a symbolic link to a file of
 * another kind (not named like one) or inside a hidden folder such as `.git`. A file that does
 * not exist is left for the reader to report. The reason is worded in `locale`.
 */
export function linkProblem(
  file: string,
  cwd: string,
  roots: ProjectRoots,
  kind: FileKind,
  locale: Locale = 'en',
): string | undefined {
  const absolute = resolve(cwd, file);
  let link: boolean;
  try {
    link = lstatSync(absolute).isSymbolicLink();
  } catch {
    return undefined;
  }
  return placeProblem(file, absolute, link, roots, kind, locale);
}

/** `linkProblem` once it is known whether the file is a symbolic link. */
function placeProblem(
  file: string,
  absolute: string,
  link: boolean,
  roots: ProjectRoots,
  kind: FileKind,
  locale: Locale,
): string | undefined {
  const say = messages(locale).files;
  const root = roots(dirname(absolute));
  // A file that is not a link is where its folder really is: one realpath per folder, not per file.
  const real = link || root.folder === undefined ? realPath(absolute) : join(root.folder, basename(absolute));
  if (real === undefined) return link ? say.brokenLink(file) : undefined;
  const path = inside(real, root.real);
  if (path === undefined) return say.outsideProject(file, root.path);
  if (link && (!kind.test(basename(real)) || isHidden(path, kind.test)))
    return say.linkToOtherKind(file, kind.name(say.kinds));
  return undefined;
}

/** What reading a file of the project gave: what `readInputFile` gives, or why it was not read. */
export type ProjectRead = ReadResult | { kind: 'refused'; message: string };

/**
 * `linkProblem`, then `readInputFile` if the file may be read, with one system call less for
 * the common case: the file is opened without following a link, so that a file that opens is
 * known not to be one. A link, a file that cannot be opened, or a platform without O_NOFOLLOW
 * (Windows) goes through `linkProblem` and `readInputFile` as they are.
 */
export function readProjectFile(
  file: string,
  cwd: string,
  roots: ProjectRoots,
  kind: FileKind,
  locale: Locale = 'en',
): ProjectRead {
  const absolute = resolve(cwd, file);
  const fd = openUnlessLink(absolute);
  if (fd === undefined) {
    const refused = linkProblem(file, cwd, roots, kind, locale);
    return refused ? { kind: 'refused', message: refused } : readInputFile(file, cwd, locale);
  }
  try {
    const refused = placeProblem(file, absolute, false, roots, kind, locale);
    return refused ? { kind: 'refused', message: refused } : readOpenInput(fd, file, locale);
  } finally {
    closeSync(fd);
  }
}

/** A kind of file a link may lead to: its name in messages, and the file names of the kind. */
export interface FileKind {
  /** Its name in a message, from the kinds of the message catalogue's locale. */
  name: (kinds: Catalogue['files']['kinds']) => string;
  test: (fileName: string) => boolean;
}

/** Config files, for `linkProblem`. */
export const CONFIG_KIND: FileKind = {
  name: (kinds) => kinds.config(CONFIG_FILE_NAMES.join(', ')),
  test: (fileName) => CONFIG_FILE_NAMES.includes(fileName),
};

/** Blueprint files, for `linkProblem`. */
export const BLUEPRINT_KIND: FileKind = {
  name: (kinds) => kinds.blueprint,
  test: (fileName) => BLUEPRINT_FILE.test(fileName),
};

/**
 * Why a file a blueprint names (such as `competencies.file`) must not be read; else its absolute
 * path. The name is relative to the blueprint's folder; the file must lie inside the project root
 * (its real path, whatever links lead there) and outside hidden files and folders.
 */
export function resolveInProject(
  name: string,
  blueprintFile: string,
  cwd: string,
  roots: ProjectRoots,
  locale: Locale = 'en',
): { path: string } | { problem: string } {
  const say = messages(locale).framework;
  if (isAbsolute(name)) return { problem: say.absolute };
  const folder = dirname(resolve(cwd, blueprintFile));
  const root = roots(folder);
  const path = resolve(folder, name);
  const named = inside(path, root.path);
  const real = realPath(path);
  const within = real === undefined ? named : inside(real, root.real);
  if (within === undefined || named === undefined) return { problem: say.outside(root.path) };
  if (isHidden(within) || isHidden(named)) return { problem: say.hidden };
  return { path };
}
