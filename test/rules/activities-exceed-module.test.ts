import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'activities-exceed-module';

describe(RULE, () => {
  it('names the module and gives both totals', () => {
    const messages = findingsOf(RULE, 'invalid-activities-too-long.blueprint.yaml').map(
      (finding) => finding.message,
    );
    expect(messages).toEqual([
      'the activities of `M1` add up to 1h45, 15min more than its 1h30: shorten the activities or lengthen the module',
      'the activities of `M2` add up to 2h, 30min more than its 1h30: shorten the activities or lengthen the module',
    ]);
  });
});
