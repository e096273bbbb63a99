import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VALID } from '../helpers/check.js';
import { runCli } from '../helpers/io.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'blueprint-scale-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A blueprint header followed by `count` lines made by `line`. */
function withLines(count: number, line: (index: number) => string): string {
  const lines = ['blueprint: 1', 'id: big', 'title: Big', 'language: en'];
  for (let index = 0; index < count; index++) lines.push(line(index));
  return `${lines.join('\n')}\n`;
}

describe('a monster file does not take the run down', () => {
  // 130,000 unknown keys, and the 4 required keys the file lacks.
  it('a 1.2 MB file with 130,004 findings is reported, and so is the file after it', async () => {
    writeFileSync(
      join(dir, 'big.blueprint.yaml'),
      withLines(130_000, (index) => `k${index}: 1`),
    );
    writeFileSync(join(dir, 'ok.blueprint.yaml'), VALID);
    const result = await runCli(['check', '--format', 'json', 'big.blueprint.yaml', 'ok.blueprint.yaml'], {
      cwd: dir,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Array<{ file: string; errorCount: number }>;
    expect(report.map((file) => [file.file, file.errorCount])).toEqual([
      ['big.blueprint.yaml', 130_004],
      ['ok.blueprint.yaml', 0],
    ]);
  });

  it('stylish shows 100 of those findings and counts the rest', async () => {
    writeFileSync(
      join(dir, 'big.blueprint.yaml'),
      withLines(130_000, (index) => `k${index}: 1`),
    );
    const result = await runCli(['check', 'big.blueprint.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('… and 129904 more in this file');
  });
});
