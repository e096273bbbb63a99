import {
  chmodSync,
  closeSync,
  constants,
  copyFileSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

/** node:crypto, loaded at the first file written: a run that writes no file does not pay its start-up. */
let crypto: typeof import('node:crypto') | undefined;

/** A file's new content, written beside it and not yet in place. */
export interface StagedFile {
  /** Puts the content in place, replacing what is there, in one rename. */
  replace(): void;
  /** Puts the content in place only if nothing is there yet (fails with EEXIST otherwise). */
  create(): void;
  /** Drops the staged content. */
  discard(): void;
}

/** A file's text: one string, or pieces written one after the other. */
export type Text = string | Iterable<string>;

/**
 * Opens `path` with `flag` (as `fs.openSync`) and writes `text` to it, every byte of every piece
 * in order (as `fs.writeFileSync` does with one string).
 */
export function writeText(path: string, text: Text, flag: string): void {
  const fd = openSync(path, flag);
  try {
    for (const piece of typeof text === 'string' ? [text] : text) {
      const bytes = Buffer.from(piece);
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `content` to a temporary file beside `path`, to be put in place later: staging every
 * file of a set first lets a caller give up on all of them when one cannot be written. With
 * `mode`, the staged file gets these permissions (those of the file it is to replace).
 */
export function stageFile(path: string, content: Text, mode?: number): StagedFile {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const temporary = join(dirname(path), `.${basename(path)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  try {
    writeText(temporary, content, 'wx');
    if (mode !== undefined) chmodSync(temporary, mode & 0o7777);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return {
    replace: () => renameSync(temporary, path),
    create: () => {
      try {
        linkSync(temporary, path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw error;
        // A file system without hard links: an exclusive copy is still never a clobber.
        copyFileSync(temporary, path, constants.COPYFILE_EXCL);
      }
      rmSync(temporary, { force: true });
    },
    discard: () => rmSync(temporary, { force: true }),
  };
}

/**
 * Writes a file whole or not at all: the content goes to a temporary file beside it, which is
 * then renamed over the target, so a reader never sees a partly written file. A file replaced
 * keeps its permissions.
 */
export function writeFileAtomic(path: string, content: Text): void {
  const existing = statSync(path, { throwIfNoEntry: false });
  const staged = stageFile(path, content, existing?.isFile() ? existing.mode : undefined);
  try {
    staged.replace();
  } catch (error) {
    staged.discard();
    throw error;
  }
}
