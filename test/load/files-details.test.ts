/**
 * Finding and reading blueprint files: details found by the mutants that survived the src/load
 * mutation run (docs/testing.md).
 */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeInput, MAX_FILE_BYTES } from '../../src/load/decode.js';
import { BLUEPRINT_FILE, findBlueprintFiles, readInputFile } from '../../src/load/files.js';

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

describe('readInputFile', () => {
  it('reads a file of exactly the size cap, and refuses one byte more without reading it', () => {
    const path = join(dir, 'big.blueprint.yaml');
    writeFileSync(path, '');
    truncateSync(path, MAX_FILE_BYTES);
    const read = readInputFile('big.blueprint.yaml', dir);
    expect(read.kind).toBe('source');
    expect(read.kind === 'source' ? read.source.length : 0).toBe(MAX_FILE_BYTES);
    truncateSync(path, MAX_FILE_BYTES + 1);
    expect(readInputFile('big.blueprint.yaml', dir)).toEqual({
      kind: 'too-large',
      size: MAX_FILE_BYTES + 1,
    });
    rmSync(path);
  });

  it('gives UTF-8 text as a string, and the bytes of anything Node had to replace', () => {
    const cases: Array<[string, Uint8Array | string, 'string' | 'bytes']> = [
      ['plain', 'title: Café — “test”\n', 'string'],
      ['bom', '\uFEFFtitle: x\n', 'string'],
      ['latin1', Uint8Array.from([0x74, 0x3a, 0x20, 0xe9, 0x0a]), 'bytes'],
      ['utf16', Uint8Array.from([0xff, 0xfe, 0x74, 0x00]), 'bytes'],
      ['replacement character written in the file', 'title: \uFFFD\n', 'bytes'],
    ];
    for (const [name, content, kind] of cases) {
      const path = join(dir, `${name}.blueprint.yaml`);
      writeFileSync(path, content);
      const read = readInputFile(`${name}.blueprint.yaml`, dir);
      if (read.kind !== 'source') throw new Error(`${name}: ${read.kind}`);
      expect([name, typeof read.source === 'string' ? 'string' : 'bytes']).toEqual([name, kind]);
      // Either way, the text is the file's: decoded by Node, or by decodeInput from the bytes.
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      expect([name, decodeInput(read.source)]).toEqual([name, decodeInput(bytes)]);
      rmSync(path);
    }
  });

  it('reads a file over 1 MB as bytes, as it was before', () => {
    const path = join(dir, 'large.blueprint.yaml');
    writeFileSync(path, `title: ${'x'.repeat(1024 * 1024)}\n`);
    const read = readInputFile('large.blueprint.yaml', dir);
    expect(read.kind === 'source' && read.source instanceof Uint8Array).toBe(true);
    rmSync(path);
  });
});
