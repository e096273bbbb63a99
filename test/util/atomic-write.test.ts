import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/util/atomic-write.js';

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    writeFileSync(join(dir, 'a.md'), 'old');
    writeFileAtomic(join(dir, 'a.md'), 'new');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('drops its temporary file when the rename fails (the target is a folder that is not empty)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'kept'), 'x');
    expect(() => writeFileAtomic(join(dir, 'out'), 'new')).toThrow();
    expect(readdirSync(dir)).toEqual(['out']);
    expect(readdirSync(join(dir, 'out'))).toEqual(['kept']);
  });
});
