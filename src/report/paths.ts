import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { wellFormed } from './text.js';

/** Where a reported file is, for formats that name files relative to the working folder. */
export type ReportPath =
  /** Inside the working folder: a relative POSIX path such as `courses/intro.blueprint.yaml`. */
  | { kind: 'relative'; path: string }
  /** Outside it (or no working folder known for an absolute path): the absolute path. */
  | { kind: 'absolute'; path: string };

/**
 * The file's path relative to `cwd` with `/` separators when it lies inside `cwd`, else its
 * absolute path. Without `cwd`, a relative path is taken as relative to the working folder.
 */
export function reportPath(file: string, cwd?: string): ReportPath {
  if (cwd === undefined) {
    return isAbsolute(file) ? { kind: 'absolute', path: file } : { kind: 'relative', path: toPosix(file) };
  }
  const absolute = resolve(cwd, file);
  const inside = relative(cwd, absolute);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    return { kind: 'absolute', path: absolute };
  return { kind: 'relative', path: toPosix(inside) };
}

/** The path with `/` between segments, whatever the platform's separator. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * A URI reference for a relative POSIX path: each segment percent-encoded as UTF-8 (spaces,
 * `%`, `:`, `,`, `#`, `?`, control characters, non-ASCII), the `/` between segments kept.
 */
export function encodeRelativeUri(path: string): string {
  return path.split('/').map(encodeSegment).join('/');
}

/** A `file:` URI for an absolute path, percent-encoded the same way. */
export function fileUri(absolutePath: string): string {
  return pathToFileURL(absolutePath).href;
}

/** A folder's `file:` URI, ending with `/` as SARIF's `originalUriBaseIds` require. */
export function folderUri(absolutePath: string): string {
  const href = fileUri(absolutePath);
  return href.endsWith('/') ? href : `${href}/`;
}

function encodeSegment(segment: string): string {
  // encodeURIComponent leaves !'()* alone (legal in a path) and throws on a lone surrogate.
  return encodeURIComponent(wellFormed(segment));
}
