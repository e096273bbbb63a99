import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'no-summative-assessment';

describe(RULE, () => {
  it('lists the assessments that are not summative and says what to add', () => {
    const [finding] = findingsOf(RULE, 'invalid-only-formative.blueprint.yaml');
    expect(finding?.path).toBe('/assessments');
    expect(finding?.message).toBe(
      'no assessment is summative (`A1` (formative), `A2` (diagnostic)): add a summative assessment (`kind: summative`) that measures the objectives, or nothing will show that learners achieved them',
    );
  });

  it('points at the root when there is no `assessments` at all', () => {
    const [finding] = findingsOf(RULE, 'invalid-no-assessments.blueprint.yaml');
    expect(finding?.path).toBe('');
    expect(finding?.message).toMatch(/^the blueprint has no assessment: add a summative assessment/);
  });
});
