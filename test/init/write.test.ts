import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { writeFiles } from '../../src/init/write.js';
import { freshDir } from './helpers.js';

const files = [
  { path: 'a.blueprint.yaml', content: 'A\n' },
  { path: '.blueprintrc.yaml', content: 'B\n' },
  { path: '.github/workflows/blueprint.yml', content: 'C\n' },
];

const attempt = (dir: string, force = false) => {
  try {
    writeFiles(dir, files, { force });
    return '';
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
};

describe('writeFiles', () => {
  it('creates the folder and every file', () => {
    const dir = join(freshDir(), 'new', 'course');
    expect(attempt(dir)).toBe('');
    expect(readFileSync(join(dir, '.github/workflows/blueprint.yml'), 'utf8')).toBe('C\n');
    expect(readFileSync(join(dir, 'a.blueprint.yaml'), 'utf8')).toBe('A\n');
  });

  it('writes nothing at all when one target exists, and names it', () => {
    const dir = freshDir();
    writeFileSync(join(dir, '.blueprintrc.yaml'), 'mine\n');
    expect(attempt(dir)).toBe(
      `${join(dir, '.blueprintrc.yaml')} already exists: nothing written (--force replaces it).`,
    );
    expect(readdirSync(dir)).toEqual(['.blueprintrc.yaml']);
    expect(readFileSync(join(dir, '.blueprintrc.yaml'), 'utf8')).toBe('mine\n');
  });

  it('replaces existing files with --force, leaving no temporary file behind', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'a.blueprint.yaml'), 'old\n');
    expect(attempt(dir, true)).toBe('');
    expect(readFileSync(join(dir, 'a.blueprint.yaml'), 'utf8')).toBe('A\n');
    expect(readdirSync(dir).sort()).toEqual(['.blueprintrc.yaml', '.github', 'a.blueprint.yaml']);
  });

  it('refuses a target that is a symbolic link, even with --force, and leaves what it points to alone', () => {
    const dir = freshDir();
    const outside = join(freshDir(), 'precious.txt');
    writeFileSync(outside, 'precious\n');
    symlinkSync(outside, join(dir, '.blueprintrc.yaml'));
    for (const force of [false, true]) {
      expect(attempt(dir, force)).toMatch(
        /\.blueprintrc\.yaml is a symbolic link: init never writes through one/,
      );
      expect(readFileSync(outside, 'utf8')).toBe('precious\n');
      expect(existsSync(join(dir, 'a.blueprint.yaml'))).toBe(false);
    }
  });

  it('refuses a sub-folder reached through a symbolic link that leads out of the target folder', () => {
    const dir = freshDir();
    const elsewhere = freshDir();
    symlinkSync(elsewhere, join(dir, '.github'));
    expect(attempt(dir, true)).toBe(
      `${join(dir, '.github')} is a symbolic link that leads out of ${dir}: nothing written.`,
    );
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['.github']);
  });

  it('follows a sub-folder link that stays inside the target folder', () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'ci-files'));
    symlinkSync(join(dir, 'ci-files'), join(dir, '.github'));
    expect(attempt(dir)).toBe('');
    expect(readFileSync(join(dir, 'ci-files/workflows/blueprint.yml'), 'utf8')).toBe('C\n');
  });

  it('refuses a target folder that is a file', () => {
    const dir = join(freshDir(), 'file');
    writeFileSync(dir, '');
    expect(attempt(dir)).toBe(`${dir} exists and is not a folder: nothing written.`);
  });

  it('refuses a target that is a folder', () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'a.blueprint.yaml'));
    expect(attempt(dir, true)).toBe(
      `${join(dir, 'a.blueprint.yaml')} exists and is not a regular file: nothing written.`,
    );
    expect(existsSync(join(dir, '.blueprintrc.yaml'))).toBe(false);
  });
});
