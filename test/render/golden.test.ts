import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../src/render/render.js';
import { runCli } from '../helpers/io.js';
import { markdownProblems } from './markdown-check.js';
import { blueprintsIn, RENDER_SOURCES, stem } from './sources.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const goldenDir = fileURLToPath(new URL('./golden/', import.meta.url));
const languages = ['en', 'fr'] as const;
const cases = RENDER_SOURCES.flatMap((source) =>
  BUILT_IN_TEMPLATES.flatMap((template) => languages.map((lang) => ({ source, template, lang }))),
);
const customTemplate = 'examples/templates/run-sheet/run-sheet.liquid';
const customCases = [
  'examples/feedback-workshop.blueprint.yaml',
  'test/render/fixtures/edge-cases.blueprint.yaml',
];
const goldenName = ({ source, template, lang }: (typeof cases)[number]) =>
  `${stem(source)}.${template}.${lang}.md`;
const customGolden = (source: string) => `${stem(source)}.run-sheet.md`;

// Regenerate with `npm run test:golden:update` (vitest -u); any other change to the output fails.
describe('golden files: every example and fixture, every built-in template, both languages', () => {
  it('covers the four examples at least', () => {
    expect(blueprintsIn('examples').length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('$source · $template · $lang', async (testCase) => {
    const { source, template, lang } = testCase;
    // Most examples are not complete training programmes: their gaps show as "Not stated.".
    const allow = template === 'programme' ? ['--allow-incomplete'] : [];
    const result = await runCli(['render', source, '--template', template, '--lang', lang, ...allow], {
      cwd: repo,
    });
    expect(result.code).toBe(0);
    expect(markdownProblems(result.stdout)).toEqual([]);
    await expect(result.stdout).toMatchFileSnapshot(`${goldenDir}${goldenName(testCase)}`);
  });

  it.each(customCases)('the worked custom template of examples/templates renders %s', async (source) => {
    const result = await runCli(['render', source, '--template', customTemplate], { cwd: repo });
    expect(result.code).toBe(0);
    expect(markdownProblems(result.stdout)).toEqual([]);
    await expect(result.stdout).toMatchFileSnapshot(`${goldenDir}${customGolden(source)}`);
  });

  it('has no golden file left over from a case that no longer exists', () => {
    const expected = [...cases.map(goldenName), ...customCases.map(customGolden)].sort();
    const present = readdirSync(goldenDir).filter((name) => name.endsWith('.md'));
    expect(present.filter((name) => !expected.includes(name))).toEqual([]);
  });
});
