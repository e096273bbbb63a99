import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'weights-not-100';

describe(RULE, () => {
  it('gives the actual sum and each summative weight, leaving formative weights out', () => {
    const [finding] = findingsOf(RULE, 'invalid-weights-90.blueprint.yaml');
    expect(finding?.message).toBe(
      'summative weights add up to 90, not 100 (`A1` 60 + `A2` 30): adjust them so that they total 100',
    );
  });

  it('counts a missing weight as 0', () => {
    const [finding] = findingsOf(RULE, 'invalid-missing-weight.blueprint.yaml');
    expect(finding?.message).toBe(
      'summative weights add up to 60, not 100 (`A1` 60 + `A2` no weight (0)): adjust them so that they total 100',
    );
  });
});

describe(`${RULE} with graded participation or attendance`, () => {
  it('counts their weight, whatever their kind', () => {
    const [finding] = findingsOf(RULE, 'invalid-participation-over.blueprint.yaml');
    expect(finding?.message).toBe(
      'summative weights add up to 110, not 100 (`A1` 100 + `A2` 10): adjust them so that they total 100',
    );
  });
});
