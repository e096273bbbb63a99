/**
 * Properties of the comparison over generated valid blueprints (seeded and bounded): a blueprint
 * compared with itself has no change; any two compare without throwing, every change has a known
 * class and its catalogue scope, and every report format renders it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANGE_CLASSES } from '../../src/diff/classes.js';
import { diffFilePair } from '../../src/diff/files.js';
import { diffJson } from '../../src/diff/report/json.js';
import { diffMarkdown } from '../../src/diff/report/markdown.js';
import { diffStylish } from '../../src/diff/report/stylish.js';
import { validBlueprintText } from '../support/arbitraries.js';
import { runs } from '../support/runs.js';

const SEED = 20261203;
const pair = (before: string, after: string) =>
  diffFilePair({ file: 'x.blueprint.yaml', before: { source: before }, after: { source: after } }, () => ({
    file: 'x.blueprint.yaml',
  }));

describe('diff on generated blueprints', () => {
  it('a blueprint compared with itself has no change for learners', () => {
    fc.assert(
      fc.property(validBlueprintText, ({ text }) => {
        expect(pair(text, text)).toMatchObject({ status: 'unchanged', changes: [], consequences: [] });
      }),
      { seed: SEED, numRuns: runs(60) },
    );
  });

  it('any two compare without throwing, with known classes, and every format renders them', () => {
    fc.assert(
      fc.property(validBlueprintText, validBlueprintText, (a, b) => {
        const file = pair(a.text, b.text);
        for (const change of file.changes) expect(change.scope).toBe(CHANGE_CLASSES[change.class]);
        const report = { from: 'a', to: 'b', files: [file] };
        for (const locale of ['en', 'fr'] as const) {
          expect(diffStylish(report, { locale })).toMatch(/\n$/);
          expect(diffMarkdown(report, { locale })).toMatch(/^### /);
          expect(JSON.parse(diffJson(report, { locale })).files[0].status).toBe(file.status);
        }
      }),
      { seed: SEED, numRuns: runs(60) },
    );
  });
});
