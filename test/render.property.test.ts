/**
 * Rendering any valid generated blueprint with each built-in template, in each language,
 * succeeds and names every objective. Templates name an objective by its id (syllabus, matrix)
 * or by its statement (the public programme, which shows no ids), so each statement here carries
 * its objective's id after a verb, before text in any script.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkBlueprintFully } from '../src/check/blueprint.js';
import { BUILT_IN_TEMPLATES, renderModel } from '../src/render/render.js';
import type { Blueprint } from '../src/schema/generated/blueprint.js';
import { blueprintWithIds } from './support/arbitraries.js';
import { runs } from './support/runs.js';

const SEED = 20261129;
/** Ids distinctive enough that finding one in a document means it was named there. */
const distinctIds = fc.stringMatching(/^Q[A-Za-z0-9_.-]{3,8}[A-Za-z0-9]$/);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** Puts each objective's id in its statement, after a verb and before the generated text. */
function withNamingStatements(data: Blueprint): Blueprint {
  return {
    ...data,
    objectives: data.objectives.map((objective) => ({
      ...objective,
      statement: `Explain ${objective.id} ${objective.statement}`,
    })),
  };
}

describe('render on generated blueprints', () => {
  it('renders with every built-in template in both languages and names every objective', async () => {
    await fc.assert(
      fc.asyncProperty(
        blueprintWithIds(distinctIds).map(withNamingStatements),
        fc.constantFrom(...BUILT_IN_TEMPLATES),
        fc.constantFrom('en', 'fr'),
        async (data, template, language) => {
          const { model, result } = checkBlueprintFully(stringify(data));
          expect(result.findings.filter((finding) => finding.rule === 'schema')).toEqual([]);
          if (!model) throw new Error('a valid blueprint has a model');
          const output = await renderModel(model, { template, language });
          expect(output.length).toBeGreaterThan(0);
          for (const objective of data.objectives) {
            expect(output, `${template}/${language} names ${objective.id}`).toMatch(
              new RegExp(`(^|[^A-Za-z0-9_.-])${escapeRegExp(objective.id)}($|[^A-Za-z0-9_.-])`),
            );
          }
        },
      ),
      { seed: SEED, numRuns: runs(60) },
    );
  });
});
