import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { planReports, renderReports, writeReportFiles } from '../../src/report/outputs.js';
import { scenarios } from './canned.js';

describe('planning the reports of a run', () => {
  it('defaults to stylish on stdout', () => {
    expect(planReports([])).toEqual([{ format: 'stylish' }]);
    expect(planReports(['json'])).toEqual([{ format: 'json' }]);
  });

  it('sends the one bare format to --output, and nothing to stdout', () => {
    expect(planReports(['sarif'], 'r.sarif')).toEqual([{ format: 'sarif', file: 'r.sarif' }]);
    expect(planReports([], 'r.txt')).toEqual([{ format: 'stylish', file: 'r.txt' }]);
    expect(planReports(['github', 'sarif=r.sarif'], 'g.txt')).toEqual([
      { format: 'github', file: 'g.txt' },
      { format: 'sarif', file: 'r.sarif' },
    ]);
  });

  it('keeps stylish on stdout when every format names a file', () => {
    expect(planReports(['sarif=a.sarif', 'junit=j.xml'])).toEqual([
      { format: 'stylish' },
      { format: 'sarif', file: 'a.sarif' },
      { format: 'junit', file: 'j.xml' },
    ]);
  });

  it('splits NAME=FILE at the first =', () => {
    expect(planReports(['json', 'sarif=a=b.sarif'])).toEqual([
      { format: 'json' },
      { format: 'sarif', file: 'a=b.sarif' },
    ]);
  });

  it('refuses what it cannot do with a UsageError', () => {
    expect(() => planReports(['json', 'github'])).toThrow(UsageError);
    expect(() => planReports(['sarif=x', 'junit=x'])).toThrow('two reports would be written to x');
    expect(() => planReports(['sarif=/w/r.sarif', 'junit=r.sarif'], undefined, '/w')).toThrow(
      'two reports would be written to r.sarif',
    );
    expect(planReports(['sarif=/w/r.sarif', 'junit=r.sarif'], undefined, '/elsewhere')).toHaveLength(3);
    expect(() => planReports(['json'], '')).toThrow('--output needs a file name');
  });
});

describe('rendering and writing the reports', () => {
  it('gives colour to stdout only and writes every file whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reports-'));
    const rendered = await renderReports(
      planReports(['stylish', 'sarif=a.sarif', 'github=g.txt']),
      scenarios['warnings-only'] ?? [],
      { color: true, version: '1.0.0', cwd: dir },
    );
    expect(rendered.stdout).toContain('\u001b[');
    expect(rendered.files.map((f) => [f.file, f.path])).toEqual([
      ['a.sarif', join(dir, 'a.sarif')],
      ['g.txt', join(dir, 'g.txt')],
    ]);
    expect(rendered.files.some((f) => f.content.includes('\u001b['))).toBe(false);
    expect(writeReportFiles(rendered.files)).toEqual([]);
    expect(readFileSync(join(dir, 'g.txt'), 'utf8')).toBe(rendered.files[1]?.content);
    expect(readdirSync(dir).sort()).toEqual(['a.sarif', 'g.txt']);
  });

  it('reports a file it cannot write and writes the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reports-'));
    const problems = writeReportFiles([
      { file: 'missing/a.sarif', path: join(dir, 'missing', 'a.sarif'), content: 'x' },
      { file: '.', path: dir, content: 'x' },
      { file: 'b.txt', path: join(dir, 'b.txt'), content: 'y' },
    ]);
    expect(problems).toEqual([
      'cannot write the report to missing/a.sarif: its folder does not exist',
      'cannot write the report to .: it is a folder',
    ]);
    expect(readdirSync(dir)).toEqual(['b.txt']);
  });
});
