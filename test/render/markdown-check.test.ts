import { describe, expect, it } from 'vitest';
import { markdownProblems, tableCells } from './markdown-check.js';

describe('markdownProblems, the checker the golden tests rely on', () => {
  it('accepts a sound document', () => {
    const text = '# T\n\n## A\n\n| a | b \\| c |\n|---|:-:|\n| 1 | 2 |\n\n### B\n\n## C\n\n- x\n';
    expect(markdownProblems(text)).toEqual([]);
  });

  it('reports a row with a different number of cells', () => {
    const problems = markdownProblems('# T\n\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n');
    expect(problems).toEqual(['table row has 3 cells, the header 2: | 1 | 2 | 3 |']);
  });

  it('reports table rows that lost their separator', () => {
    const problems = markdownProblems('# T\n\n| a | b |\n| 1 | 2 |\n');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^table-like line outside a table/);
  });

  it('reports a skipped heading level and a first heading that is not level 1', () => {
    expect(markdownProblems('# T\n\n### Skipped\n')).toEqual([
      'heading "Skipped" is level 3 right after a level 1',
    ]);
    expect(markdownProblems('## Start\n')).toEqual(['first heading "Start" is level 2, not 1']);
  });

  it('reports Liquid left in the output', () => {
    expect(markdownProblems('# T\n\n{{ figures.x }}\n')).toEqual([
      'line 3 has a Liquid tag left: {{ figures.x }}',
    ]);
    expect(markdownProblems('# T\n\n{% endif %}\n')).toHaveLength(1);
  });

  it('reports a Mermaid bar chart whose bars do not match its labels', () => {
    const chart = '# T\n\n```mermaid\nxychart-beta\n    x-axis ["a", "b"]\n    bar [1]\n```\n';
    expect(markdownProblems(chart)).toEqual(['mermaid chart has 2 labels and bars [1]']);
  });

  it('splits cells on unescaped pipes only', () => {
    expect(tableCells('| a \\| b | c |')).toEqual([' a \\| b ', ' c ']);
  });
});
