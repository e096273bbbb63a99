import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planReports } from '../../src/cli/report-targets.js';
import { renderReports } from '../../src/report/outputs.js';
import { writeReportFiles } from '../../src/util/output-file.js';
import { reportString, scenarios } from './canned.js';

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
    expect(rendered.files.some((f) => reportString(f.content).includes('\u001b['))).toBe(false);
    expect(writeReportFiles(rendered.files)).toEqual([]);
    expect(readFileSync(join(dir, 'g.txt'), 'utf8')).toBe(rendered.files[1]?.content);
    expect(readdirSync(dir).sort()).toEqual(['a.sarif', 'g.txt']);
  });

  it('writes a report given in pieces whole, to a file and to a device', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reports-'));
    const results = scenarios['warnings-only'] ?? [];
    const rendered = await renderReports(planReports(['json=r.json', 'json=/dev/null']), results, {
      color: false,
      version: '1.0.0',
      cwd: dir,
    });
    expect(typeof rendered.files[0]?.content).not.toBe('string');
    expect(writeReportFiles(rendered.files)).toEqual([]);
    const written = readFileSync(join(dir, 'r.json'), 'utf8');
    expect(written).toBe(reportString(rendered.files[0]?.content ?? ''));
    expect(JSON.parse(written)).toHaveLength(results.length);
    expect(readdirSync(dir)).toEqual(['r.json']);
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
