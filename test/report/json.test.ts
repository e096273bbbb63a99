import { describe, expect, it } from 'vitest';
import { json } from '../../src/report/json.js';
import { jsonDocument } from '../../src/report/text.js';
import type { FileResult } from '../../src/types.js';
import { CWD, checkedExamples, reportString, scenarios } from './canned.js';

const pieces = (results: readonly FileResult[]) =>
  json(results, { color: false, version: '1.0.0', cwd: CWD });
const report = (results: readonly FileResult[]) => reportString(pieces(results));

/** The report as cli.md specifies it, written the plain way: a copy of each result and finding. */
function specified(results: readonly FileResult[]): unknown[] {
  return results.map(({ file, errorCount, warningCount, findings }) => ({
    file,
    errorCount,
    warningCount,
    findings: findings.map(({ rule, severity, message, line, column, endLine, endColumn, path }) => ({
      rule,
      severity,
      message,
      line,
      column,
      endLine,
      endColumn,
      path,
    })),
  }));
}

describe('--format json', () => {
  const cases: Record<string, readonly FileResult[]> = {
    ...scenarios,
    examples: checkedExamples().results,
    empty: [],
  };

  it.each(Object.keys(cases))('writes the specified keys in their order, indented by 2: %s', (name) => {
    const results = cases[name] as FileResult[];
    const text = report(results);
    expect(JSON.parse(text)).toEqual(specified(results));
    // Byte for byte what stringifying the copy gives, with the same escapes for terminals.
    expect(text).toBe(jsonDocument(specified(results)));
  });

  it('comes in pieces, one a file, made anew each time the text is read', () => {
    const results = checkedExamples().results;
    const text = pieces(results);
    const read = [...text];
    // "[", one piece a file, then "\n]\n": a catalogue's report is never one string.
    expect(read).toHaveLength(results.length + 2);
    expect(
      read.slice(1, -1).map((piece) => piece.includes(`"file": ${JSON.stringify(results[0]?.file)}`)),
    ).toEqual(results.map((_, index) => index === 0));
    expect([...text]).toEqual(read);
  });

  it('leaves out what else a result or a finding holds, whatever the order of their keys', () => {
    const result = {
      source: 'title: x\n',
      findings: [
        {
          path: '/title',
          endColumn: 9,
          endLine: 1,
          column: 8,
          line: 1,
          message: 'm',
          severity: 'error',
          rule: 'schema',
          key: true,
        },
      ],
      warningCount: 0,
      errorCount: 1,
      file: 'a.blueprint.yaml',
    } as unknown as FileResult;
    expect(report([result])).toBe(
      `${JSON.stringify(
        [
          {
            file: 'a.blueprint.yaml',
            errorCount: 1,
            warningCount: 0,
            findings: [
              {
                rule: 'schema',
                severity: 'error',
                message: 'm',
                line: 1,
                column: 8,
                endLine: 1,
                endColumn: 9,
                path: '/title',
              },
            ],
          },
        ],
        null,
        2,
      )}\n`,
    );
  });
});
