import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { type Locale, messages } from '../i18n/index.js';
import { type Text, writeFileAtomic, writeText } from './atomic-write.js';
import { describeFsError } from './fs-error.js';

/** A path that names a stream of this process (`/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`). */
const PROCESS_STREAM = /^\/dev\/(?:stdout|stderr|fd\/\d+)$|^\/proc\/(?:self|\d+)\/fd\/\d+$/;

/**
 * Writes an output the user named (`render --out`, `check --output`, `--format NAME=FILE`). A
 * regular file is written whole or not at all (a temporary file renamed over it) and keeps its
 * mode; through a symbolic link, the file it leads to is replaced and the link stays. A device, a
 * FIFO, a socket, a terminal, or a stream of this process such as `/dev/stdout`, is written in
 * place: replacing it with a plain file would break it. A folder is refused (code EISDIR).
 */
export function writeOutputFile(path: string, content: Text): void {
  const absolute = resolve(path);
  const stats = statSync(absolute, { throwIfNoEntry: false });
  if (stats?.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
  if (stats && (!stats.isFile() || PROCESS_STREAM.test(absolute))) {
    // Appending is what a stream does: the shell may have written to it already (`>>`).
    writeText(absolute, content, 'a');
    return;
  }
  writeFileAtomic(stats ? realpathSync(absolute) : absolute, content);
}

/**
 * Refuses (a UsageError) to write an output onto a file the run reads: the same file, whatever
 * name or link reaches it. `outputs` are the names as given, resolved from `cwd`; so are `inputs`.
 * The refusal is worded in `locale`.
 */
export function refuseOverwritingInputs(
  outputs: readonly string[],
  inputs: readonly string[],
  cwd: string,
  locale: Locale = 'en',
): void {
  if (outputs.length === 0) return;
  const identity = (path: string): string | undefined => {
    const stats = statSync(resolve(cwd, path), { throwIfNoEntry: false });
    return stats?.isFile() ? `${stats.dev}:${stats.ino}` : undefined;
  };
  const read = new Set(inputs.map(identity));
  for (const output of outputs) {
    const id = identity(output);
    if (id !== undefined && read.has(id)) throw new UsageError(messages(locale).flags.overwriteInput(output));
  }
}

/**
 * Writes each report file of a run (`writeOutputFile`: a regular file atomically, a device or stream in
 * place). Returns one line per file that could not be written, in `locale`; the others are written
 * all the same.
 */
export function writeReportFiles(
  files: readonly { file: string; path: string; content: Text }[],
  locale: Locale = 'en',
): string[] {
  const problems: string[] = [];
  for (const { file, path, content } of files) {
    try {
      writeOutputFile(path, content);
    } catch (error) {
      problems.push(messages(locale).flags.cannotWriteReport(file, describeFsError(error, 'write', locale)));
    }
  }
  return problems;
}
