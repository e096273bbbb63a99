import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageFile, writeFileAtomic } from '../../src/util/atomic-write.js';
import { freshDir } from '../init/helpers.js';

describe('stageFile', () => {
  it('create() puts the content in place and leaves no temporary file', () => {
    const dir = freshDir();
    const staged = stageFile(join(dir, 'a.txt'), 'new\n');
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readdirSync(dir)[0]).toMatch(/^\.a\.txt\.[0-9a-f]{12}\.tmp$/);
    staged.create();
    expect(readdirSync(dir)).toEqual(['a.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new\n');
  });

  it('create() never replaces a file that appeared meanwhile', () => {
    const dir = freshDir();
    const staged = stageFile(join(dir, 'a.txt'), 'new\n');
    writeFileSync(join(dir, 'a.txt'), 'theirs\n');
    expect(() => staged.create()).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    staged.discard();
    expect(readdirSync(dir)).toEqual(['a.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('theirs\n');
  });

  it('replace() and writeFileAtomic replace what is there', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'a.txt'), 'old\n');
    stageFile(join(dir, 'a.txt'), 'one\n').replace();
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('one\n');
    writeFileAtomic(join(dir, 'a.txt'), 'two\n');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('two\n');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});
