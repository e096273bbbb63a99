import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'duplicate-id';

describe(RULE, () => {
  it('names the id, the entity that had it first and the fix', () => {
    const [module, activity, assessment] = findingsOf(
      RULE,
      'invalid-module-reuses-objective-id.blueprint.yaml',
    );
    expect(module?.message).toBe(
      'duplicate id `O1`: the objective at objectives[0] already has it; rename this module (ids are shared by objectives, modules, activities, assessments and competencies)',
    );
    expect(activity?.message).toContain(
      'the objective at objectives[1] already has it; rename this activity',
    );
    expect(assessment?.message).toContain('`A1`: the assessment at assessments[0] already has it');
  });

  it('reports a competency of the framework file that reuses an inline id at `competencies.file`', () => {
    const [finding] = findingsOf(RULE, 'invalid-competency-file-reuses-id.blueprint.yaml');
    expect(finding?.path).toBe('/competencies/file');
    expect(finding?.message).toContain(
      'duplicate id `C1`: the competency at competencies.items[0] already has it',
    );
  });

  it('reports the occurrence that comes second in the file, whatever the order of the sections', () => {
    const [finding] = findingsOf(RULE, 'invalid-document-order.blueprint.yaml');
    expect(finding?.message).toMatch(
      /^duplicate id `A1`: the assessment at assessments\[0\] already has it; rename this module/,
    );
  });
});
