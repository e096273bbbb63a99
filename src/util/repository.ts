import { lstatSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

/**
 * The root of the git repository that holds `dir`: the nearest folder at or above it with a
 * `.git` entry (a folder, or the file of a worktree or submodule), as git itself finds it;
 * undefined outside any repository.
 */
export function findRepositoryRoot(dir: string): string | undefined {
  for (let folder = resolve(dir); ; folder = dirname(folder)) {
    if (lstatSync(`${folder}${sep}.git`, { throwIfNoEntry: false })) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}
