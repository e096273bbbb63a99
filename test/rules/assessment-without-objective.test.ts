import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'assessment-without-objective';

describe(RULE, () => {
  it('names the assessment and the fix', () => {
    const [finding] = findingsOf(RULE, 'invalid-empty-objectives.blueprint.yaml');
    expect(finding?.message).toBe(
      '`A1` measures no objective: list the objectives it measures in its `objectives`, or remove it',
    );
  });
});
