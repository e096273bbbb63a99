import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/report/stylish.js';
import type { FileResult } from '../../src/types.js';

/** One warning at 1:1 over the first line of `source`. */
function resultOn(source: string): FileResult {
  return {
    file: 'a.blueprint.yaml',
    source,
    errorCount: 0,
    warningCount: 1,
    findings: [
      {
        rule: 'r',
        severity: 'warning',
        message: 'm',
        path: '',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 3,
      },
    ],
  };
}

describe('the stylish code frame', () => {
  it('shows a line of up to 200 characters, and not a longer one', () => {
    const fits = `t: ${'x'.repeat(197)}`;
    const long = `t: ${'x'.repeat(198)}`;
    expect(fits).toHaveLength(200);
    expect(stylish([resultOn(fits)], { color: false, version: '1' })).toContain(`1 | ${fits}\n`);
    const shown = stylish([resultOn(long)], { color: false, version: '1' });
    expect(shown).not.toContain('xxx');
    expect(shown).not.toContain('^');
    expect(shown).toContain('1:1      warning  m  r');
  });
});
