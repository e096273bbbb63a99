/**
 * Finding and reading blueprint files: details found by the mutants that survived the src/load
 * mutation run (docs/testing.md).
 */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/load/decode.js';
import { BLUEPRINT_FILE, findBlueprintFiles, readBlueprintFile } from '../../src/load/files.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'blueprint-files-'));
  for (const path of [
    'b.blueprint.yaml',
    'a.blueprint.yml',
    'notes.yaml',
    'old.blueprint.yaml.bak',
    'z/c.blueprint.yaml',
    'z/y/d.blueprint.yaml',
    'm/e.blueprint.yaml',
    '.hidden/f.blueprint.yaml',
    'node_modules/g.blueprint.yaml',
    'z/node_modules/h.blueprint.yaml',
  ]) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), 'blueprint: 1\n');
  }
  mkdirSync(join(dir, 'folder.blueprint.yaml'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('findBlueprintFiles', () => {
  it('searches the current folder by default, relative paths in sorted order, skipping dot-folders and node_modules', async () => {
    expect(await findBlueprintFiles([], dir)).toEqual({
      files: [
        'a.blueprint.yml',
        'b.blueprint.yaml',
        'm/e.blueprint.yaml',
        'z/c.blueprint.yaml',
        'z/y/d.blueprint.yaml',
      ],
      problems: [],
    });
    expect((await findBlueprintFiles(['z'], dir)).files).toEqual([
      'z/c.blueprint.yaml',
      'z/y/d.blueprint.yaml',
    ]);
  });

  it('expands a glob to sorted files only, without dot-folders or node_modules', async () => {
    expect((await findBlueprintFiles(['**/*.blueprint.yaml'], dir)).files).toEqual([
      'b.blueprint.yaml',
      'm/e.blueprint.yaml',
      'z/c.blueprint.yaml',
      'z/y/d.blueprint.yaml',
    ]);
  });

  it('recognises only names that end in .blueprint.yaml or .blueprint.yml', () => {
    expect(
      [
        'a.blueprint.yaml',
        'a.blueprint.yml',
        'a.blueprint.YAML',
        'a.blueprint.yaml.bak',
        'a.blueprint.ymlx',
        'a.yaml',
      ].filter((name) => BLUEPRINT_FILE.test(name)),
    ).toEqual(['a.blueprint.yaml', 'a.blueprint.yml']);
  });
});

describe('readBlueprintFile', () => {
  it('reads a file of exactly the size cap, and refuses one byte more without reading it', () => {
    const path = join(dir, 'big.blueprint.yaml');
    writeFileSync(path, '');
    truncateSync(path, MAX_FILE_BYTES);
    const read = readBlueprintFile('big.blueprint.yaml', dir);
    expect(read.kind).toBe('bytes');
    expect(read.kind === 'bytes' ? read.bytes.length : 0).toBe(MAX_FILE_BYTES);
    truncateSync(path, MAX_FILE_BYTES + 1);
    expect(readBlueprintFile('big.blueprint.yaml', dir)).toEqual({
      kind: 'too-large',
      size: MAX_FILE_BYTES + 1,
    });
    rmSync(path);
  });
});
