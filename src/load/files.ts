import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { type Locale, messages } from '../i18n/index.js';
import { describeFsError } from '../util/fs-error.js';
import { MAX_FILE_BYTES } from './decode.js';

/**
 * tinyglobby, loaded only when a path does not exist as named: it may be a glob pattern. Loaded
 * with `require`, as every package loaded on demand: the executable's code cache cannot hold a
 * dynamic `import()` (src/cli/load-program.ts).
 */
let tinyglobby: typeof import('tinyglobby') | undefined;
function globber(): typeof import('tinyglobby') {
  tinyglobby ??= createRequire(import.meta.url)('tinyglobby') as typeof import('tinyglobby');
  return tinyglobby;
}

/** The file names `check` looks for in folders. */
export const BLUEPRINT_FILE = /\.blueprint\.ya?ml$/;

/** The blueprint files that paths name, and the paths that named none. */
export interface FoundFiles {
  files: string[];
  /** One line per named path that matched nothing. */
  problems: string[];
}

/** What a search leaves out, besides node_modules and dot-folders. */
export interface SearchOptions {
  /**
   * Whether a file or folder met in a folder search or a glob (an absolute path) is left out,
   * such as what .gitignore excludes; a file named as such is never asked about, and a named
   * folder that is itself left out is searched without asking.
   */
  skip?: (absolute: string, isFolder: boolean) => boolean;
  /** The language of the problems (English when absent). */
  locale?: Locale;
}

/**
 * Expands files, folders (searched for *.blueprint.yaml|yml, skipping node_modules and
 * dot-folders) and glob patterns into a list of files, in the order named, each once. Neither
 * folder walks nor globs follow a symbolic link to a folder (a folder named is searched, even
 * through a link). Problems are worded in `locale`.
 */
export async function findBlueprintFiles(
  paths: readonly string[],
  cwd: string,
  options: SearchOptions = {},
): Promise<FoundFiles> {
  const say = messages(options.locale).files;
  const files = new Set<string>();
  const problems: string[] = [];
  const { skip } = options;
  for (const path of paths.length > 0 ? paths : ['.']) {
    const stats = statSync(resolve(cwd, path), { throwIfNoEntry: false });
    if (stats?.isDirectory()) {
      const named = skip?.(resolve(cwd, path), true) ? undefined : skip;
      const found = walk(cwd, path, named);
      if (found.length === 0) problems.push(say.noBlueprintIn(path));
      for (const file of found) files.add(file);
    } else if (stats) {
      files.add(path);
    } else if (globber().isDynamicPattern(path)) {
      const matches = await globber().glob(path, {
        cwd,
        ignore: ['**/node_modules/**'],
        dot: false,
        onlyFiles: true,
        expandDirectories: false,
        // As folder walks: a link to a folder is never followed, so no file is found twice
        // (or through a loop) and no link leads the search out of the tree.
        followSymbolicLinks: false,
      });
      const kept = skip ? matches.filter((match) => !skip(resolve(cwd, match), false)) : matches;
      if (kept.length === 0) problems.push(say.noMatch(path));
      for (const match of kept.sort()) files.add(match);
    } else {
      problems.push(say.noSuch(path));
    }
  }
  return { files: [...files], problems };
}

/**
 * Folders are walked with an explicit stack: no recursion limit. A link to a folder is not
 * followed (as `**` globs); a link to a file named as a blueprint is listed.
 */
function walk(cwd: string, root: string, skip?: SearchOptions['skip']): string[] {
  const found: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(resolve(cwd, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    const subdirs: string[] = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = dir === '.' ? entry.name : join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules' && !skip?.(resolve(cwd, path), true))
          subdirs.push(path);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && BLUEPRINT_FILE.test(entry.name)) {
        if (!skip?.(resolve(cwd, path), false)) found.push(path);
      }
    }
    for (let index = subdirs.length - 1; index >= 0; index--) stack.push(subdirs[index] as string);
  }
  return found.sort();
}

/**
 * What reading an input file (a blueprint, a config, a competency framework) gave: its source as
 * text when Node could decode it as UTF-8, else its bytes (for `decodeInput` to say what is wrong).
 */
export type ReadResult =
  | { kind: 'source'; source: string | Uint8Array }
  | { kind: 'too-large'; size: number }
  | { kind: 'unreadable'; message: string };

/** Files up to this size are returned as text when they are UTF-8; a blueprint is a few kilobytes. */
const DIRECT_READ_BYTES = 1024 * 1024;

/** How input files are opened: never blocking (a FIFO opens at once, then is refused as not a regular file). */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads an input file (a blueprint, a config, a competency framework: anything a run is given to
 * read) with the guards the format needs: a regular file, at most MAX_FILE_BYTES, never
 * blocking (a FIFO is opened non-blocking and refused). One open, one fstat and one read per
 * file: on a catalogue of thousands, every system call more is a cost that shows.
 */
export function readInputFile(path: string, cwd: string, locale: Locale = 'en'): ReadResult {
  let fd: number;
  try {
    fd = openSync(resolve(cwd, path), READ_FLAGS);
  } catch (error) {
    return unreadable(error, path, locale);
  }
  try {
    return readOpenInput(fd, path, locale);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens an input file as `readInputFile` does, unless it is a symbolic link (or cannot be
 * opened at all, or the platform cannot tell, as Windows): then undefined. A file opened so is
 * known not to be a link without a separate `lstat`. The caller reads it with `readOpenInput`
 * and closes it.
 */
export function openUnlessLink(absolute: string): number | undefined {
  if (constants.O_NOFOLLOW === undefined) return undefined;
  try {
    return openSync(absolute, READ_FLAGS | constants.O_NOFOLLOW);
  } catch {
    return undefined; // a link (ELOOP), or what the caller's own checks will report
  }
}

/** `readInputFile` of a file already open (`path` names it in messages); the caller closes it. */
export function readOpenInput(fd: number, path: string, locale: Locale = 'en'): ReadResult {
  const say = messages(locale).files;
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { kind: 'unreadable', message: say.isFolder(path) };
    if (!stats.isFile()) return { kind: 'unreadable', message: say.notRegular(path) };
    if (stats.size > MAX_FILE_BYTES) return { kind: 'too-large', size: stats.size };
    const bytes = readAll(fd, stats.size);
    if (bytes.length <= DIRECT_READ_BYTES) {
      // Node writes U+FFFD for bytes that are not UTF-8: then the bytes go to decodeInput, which
      // tells where and what they are.
      const text = bytes.toString('utf8');
      if (!text.includes('\uFFFD')) return { kind: 'source', source: text };
    }
    return { kind: 'source', source: bytes };
  } catch (error) {
    return unreadable(error, path, locale);
  }
}

function unreadable(error: unknown, path: string, locale: Locale): ReadResult {
  const say = messages(locale).files;
  if ((error as NodeJS.ErrnoException).code === 'EISDIR')
    return { kind: 'unreadable', message: say.isFolder(path) };
  return { kind: 'unreadable', message: say.cannotRead(path, describeFsError(error, 'read', locale)) };
}

/**
 * Reads an open file whole, from its start, in one read when it has the size stat gave (a buffer
 * one byte larger: a short read is the end), and whatever it has grown by since.
 */
function readAll(fd: number, size: number): Buffer {
  let buffer = Buffer.allocUnsafe(size + 1); // one byte more: a file read whole comes back short
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= MAX_FILE_BYTES + 1) break;
      const bigger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, length);
    length += read;
    // Past the size stat gave, a short read is the end: no need for one more read to find it.
    if (read === 0 || (length >= size && length < buffer.length)) break;
  }
  return buffer.subarray(0, length);
}
