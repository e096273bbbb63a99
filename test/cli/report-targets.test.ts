import { describe, expect, it } from 'vitest';
import { planReports } from '../../src/cli/report-targets.js';
import { UsageError } from '../../src/errors.js';

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

  it('takes the format names of the command that plans them', () => {
    expect(planReports(['markdown'], undefined, '/', ['stylish', 'markdown'])).toEqual([
      { format: 'markdown' },
    ]);
    expect(() => planReports(['sarif'], undefined, '/', ['stylish', 'markdown'])).toThrow(
      "unknown format 'sarif': use one of stylish, markdown",
    );
  });
});
