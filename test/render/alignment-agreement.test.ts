// The alignment matrix and the alignment rules read one computation (`alignmentOf`): they agree
// on every blueprint, and when that computation says something else, both say it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkBlueprintFully } from '../../src/check/blueprint.js';
import type { Alignment } from '../../src/model/alignment.js';
import type { Model } from '../../src/model/model.js';
import { loadLabels } from '../../src/render/labels.js';
import { buildFigures } from '../../src/render/view.js';
import { assessmentBelowObjective } from '../../src/rules/assessment-below-objective.js';
import { objectiveNotAssessed } from '../../src/rules/objective-not-assessed.js';
import type { Rule } from '../../src/rules/types.js';
import { validBlueprintText } from '../support/arbitraries.js';

// A switch on the shared computation: off, `alignmentOf` is the real one; on, it hands both
// readers a tampered copy. If the matrix or a rule computed its status itself, it would not follow.
const tamper = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/model/alignment.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/model/alignment.js')>();
  return {
    ...real,
    alignmentOf(model: Model): Alignment {
      const alignment = real.alignmentOf(model);
      if (!tamper.on) return alignment;
      // Every objective measured at or above its level is now said to be measured below it.
      const summativeStatus = new Map(alignment.summativeStatus);
      for (const [id, status] of summativeStatus) if (status === 'aligned') summativeStatus.set(id, 'below');
      return { ...alignment, summativeStatus };
    },
  };
});
afterEach(() => {
  tamper.on = false;
});

const root = fileURLToPath(new URL('../../', import.meta.url));
const labels = loadLabels('en');

function modelOf(source: string): Model {
  const { model } = checkBlueprintFully(source, { rules: [] });
  if (!model) throw new Error('no model');
  return model;
}

/** The ids of the objectives a rule reports, from the paths of its findings. */
function reported(model: Model, rule: Rule): string[] {
  const byPath = new Map(model.objectives.map((objective) => [objective.path, objective.id]));
  return rule.check(model, {}).map((report) => byPath.get(report.path) ?? report.path);
}

/** What the matrix and the rules say of a model, side by side. */
function bothViews(model: Model) {
  const matrix = buildFigures(model, labels).matrix;
  return {
    matrix: { below: matrix.below, gaps: matrix.gaps },
    rules: {
      below: reported(model, assessmentBelowObjective),
      // Under `graded: false` the rule also accepts formative checks, which the matrix does not show.
      gaps: model.graded ? reported(model, objectiveNotAssessed) : matrix.gaps,
    },
  };
}

const files = [
  ...readdirSync(`${root}examples`)
    .filter((name) => name.endsWith('.blueprint.yaml'))
    .map((name) => `examples/${name}`),
  'test/render/fixtures/edge-cases.blueprint.yaml',
  ...['assessment-below-objective', 'objective-not-assessed'].flatMap((rule) =>
    readdirSync(`${root}test/fixtures/${rule}`)
      .filter((name) => name.endsWith('.blueprint.yaml'))
      .map((name) => `test/fixtures/${rule}/${name}`),
  ),
];

describe('the alignment matrix and the alignment rules', () => {
  it.each(files)('say the same of %s', (file) => {
    const { matrix, rules } = bothViews(modelOf(readFileSync(`${root}${file}`, 'utf8')));
    expect(matrix).toEqual(rules);
  });

  it('have something to agree on: the fixtures hold objectives below their level and gaps', () => {
    const all = files.map((file) => bothViews(modelOf(readFileSync(`${root}${file}`, 'utf8'))).matrix);
    expect(all.some((matrix) => matrix.below.length > 0)).toBe(true);
    expect(all.some((matrix) => matrix.gaps.length > 0)).toBe(true);
  });

  it('say the same of any generated blueprint', () => {
    fc.assert(
      fc.property(validBlueprintText, ({ text }) => {
        const { matrix, rules } = bothViews(modelOf(text));
        expect(matrix).toEqual(rules);
      }),
      { seed: 20261129, numRuns: 150 },
    );
  });

  it('both follow the shared computation when it says something else', () => {
    const model = modelOf(readFileSync(`${root}examples/software-testing-course.blueprint.yaml`, 'utf8'));
    const before = bothViews(model);
    tamper.on = true;
    const after = bothViews(model);
    // The tampering changes something: objectives that were aligned are now below, in both.
    expect(after.matrix.below.length).toBeGreaterThan(before.matrix.below.length);
    expect(after.matrix.below).toEqual(after.rules.below);
    const row = buildFigures(model, labels).matrix.rows.find((r) => r.objective === after.matrix.below[0]);
    expect(row?.status).toBe('below');
  });
});
