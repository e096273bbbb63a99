import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../src/render/render.js';
import { runCli } from '../helpers/io.js';
import { lintMarkdown, readWithMarkdownIt, readWithMarked } from './markdown-readers.js';
import { RENDER_SOURCES, stem } from './sources.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const runs = RENDER_SOURCES.flatMap((source) => [
  ...BUILT_IN_TEMPLATES.flatMap((template) =>
    (['en', 'fr'] as const).map((lang) => ({
      name: `${stem(source)}.${template}.${lang}.md`,
      argv: ['render', source, '--template', template, '--lang', lang, '--allow-incomplete'],
    })),
  ),
  {
    name: `${stem(source)}.run-sheet.md`,
    argv: ['render', source, '--template', 'examples/templates/run-sheet/run-sheet.liquid'],
  },
]);

// A folder without any markdownlint configuration, so that only the default rules apply.
const lintDir = mkdtempSync(join(tmpdir(), 'blueprint-markdownlint-'));
const documents: Record<string, string> = {};

beforeAll(async () => {
  for (const { name, argv } of runs) {
    const result = await runCli(argv, { cwd: repo });
    if (result.code !== 0) throw new Error(`${name}: exit ${result.code}: ${result.stderr}`);
    documents[name] = result.stdout;
  }
}, 120_000);

describe('every rendered document of every example and fixture', () => {
  it('renders them all: every built-in template in both languages, and the worked custom template', () => {
    expect(Object.keys(documents)).toHaveLength(runs.length);
    expect(runs.length).toBeGreaterThanOrEqual(5 * (BUILT_IN_TEMPLATES.length * 2 + 1));
  });

  it('passes markdownlint-cli2 with its default rules, line length aside', async () => {
    expect(await lintMarkdown(documents, lintDir)).toEqual([]);
  });

  it('is read the same by marked and markdown-it: same headings, list items and table cells', () => {
    for (const [name, text] of Object.entries(documents)) {
      const marked = readWithMarked(text);
      expect({ name, ...readWithMarkdownIt(text) }).toEqual({ name, ...marked });
      expect(marked.headings.length, name).toBeGreaterThan(0);
    }
  });
});

describe('the checks those tests rely on', () => {
  it('markdownlint-cli2 reports what its default rules forbid, and not line length', async () => {
    const long = `# T\n\n${'word '.repeat(40).trim()}\n`;
    const bad = '# T\n## A\n\n|a|b|\n| --- | --- |\n\n## A\n';
    const problems = await lintMarkdown({ 'long.md': long, 'bad.md': bad }, lintDir);
    expect(problems.join('\n')).toMatch(/bad\.md:2 error MD022/);
    expect(problems.join('\n')).toMatch(/MD024\/no-duplicate-heading/);
    expect(problems.join('\n')).toMatch(/MD060\/table-column-style/);
    expect(problems.join('\n')).not.toMatch(/long\.md/);
  });

  it('reads headings, nested list items and table cells as plain text', () => {
    const text = '# A *b*\n\n- one\n  - two `x`\n\n| a \\| b | c |\n| --- | --- |\n| **1** | 2 |\n';
    const expected = {
      headings: ['# A b'],
      items: ['0:one', '1:two x'],
      tables: [
        [
          ['a | b', 'c'],
          ['1', '2'],
        ],
      ],
    };
    expect(readWithMarked(text)).toEqual(expected);
    expect(readWithMarkdownIt(text)).toEqual(expected);
  });

  it('tells the two parsers apart where they differ (GFM single-tilde strikethrough)', () => {
    const text = '# T\n\n- ~gone~\n';
    expect(readWithMarked(text).items).toEqual(['0:gone']);
    expect(readWithMarkdownIt(text).items).toEqual(['0:~gone~']);
  });
});
