import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkBlueprintFully } from '../../src/check/blueprint.js';
import { BUILT_IN_TEMPLATES, renderModel } from '../../src/render/render.js';
import { markdownProblems } from './markdown-check.js';

const LEVELS = ['remember', 'understand', 'apply', 'analyze', 'evaluate', 'create'];
const KINDS = ['diagnostic', 'formative', 'summative'];
// Text a designer could write, with the characters that break Markdown when printed naively.
const text = fc
  .array(fc.constantFrom(...'abcXYZ é:;?!|*_#->`~=1.)[]()\\\'"\n  '.split('')), {
    minLength: 1,
    maxLength: 30,
  })
  .map((chars) => chars.join(''))
  .filter((value) => value.trim().length > 0);

const blueprint = fc
  .record({
    title: text,
    language: fc.constantFrom('en', 'fr'),
    objectives: fc.array(fc.record({ statement: text, bloom: fc.constantFrom(...LEVELS) }), {
      minLength: 1,
      maxLength: 6,
    }),
    modules: fc.array(fc.record({ title: text, hours: fc.integer({ min: 1, max: 9 }) }), {
      minLength: 1,
      maxLength: 4,
    }),
    assessments: fc.array(
      fc.record({ title: text, kind: fc.constantFrom(...KINDS), bloom: fc.constantFrom(...LEVELS) }),
      { maxLength: 4 },
    ),
  })
  .map((drawn) => ({
    blueprint: 1,
    id: 'generated',
    title: drawn.title,
    language: drawn.language,
    audience: { description: drawn.title },
    constraints: {
      duration: `${drawn.modules.reduce((sum, module) => sum + module.hours, 0)}h`,
      modality: 'remote',
    },
    objectives: drawn.objectives.map((objective, index) => ({ id: `O${index + 1}`, ...objective })),
    modules: drawn.modules.map((module, index) => ({
      id: `M${index + 1}`,
      title: module.title,
      duration: `${module.hours}h`,
      objectives: [`O${(index % drawn.objectives.length) + 1}`],
      activities: [{ title: module.title, type: 'practice', duration: '1h' }],
    })),
    assessments: drawn.assessments.map((assessment, index) => ({
      id: `A${index + 1}`,
      type: 'quiz',
      objectives: index === 0 ? [] : ['O1'],
      criteria: [assessment.title],
      ...assessment,
    })),
  }));

describe('rendering any valid blueprint', () => {
  it('gives well-formed Markdown that names every objective, in every built-in template and language', async () => {
    await fc.assert(
      fc.asyncProperty(
        blueprint,
        fc.constantFrom(...BUILT_IN_TEMPLATES),
        fc.constantFrom('en', 'fr'),
        async (data, template, language) => {
          const { result, model } = checkBlueprintFully(stringify(data), { rules: [] });
          expect(result.findings).toEqual([]);
          const output = await renderModel(model as NonNullable<typeof model>, { template, language });
          expect(markdownProblems(output)).toEqual([]);
          // Every template lists statements (with typography and escapes); the matrix ids as well, the learners' documents none.
          const squash = (value: string) => value.replace(/[^a-zA-Z0-9é]/g, '');
          for (const objective of data.objectives) {
            expect(squash(output)).toContain(squash(objective.statement));
            if (template === 'matrix') expect(output).toContain(`**${objective.id}**`);
            else expect(output).not.toContain(`**${objective.id}**`);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
