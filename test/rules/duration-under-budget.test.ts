import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'duration-under-budget';

describe(RULE, () => {
  it('gives both totals and the difference, with days converted by hours_per_day', () => {
    const [finding] = findingsOf(RULE, 'invalid-under.blueprint.yaml');
    expect(finding?.message).toBe(
      'the modules add up to 3h, 4h short of the 7h of `constraints.duration`: plan the missing time in modules, or lower the duration',
    );
  });
});
