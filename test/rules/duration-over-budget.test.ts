import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'duration-over-budget';

describe(RULE, () => {
  it('gives both totals and the difference, human-readably', () => {
    const [finding] = findingsOf(RULE, 'invalid-over.blueprint.yaml');
    expect(finding?.message).toBe(
      'the modules add up to 3h, 15min over the 2h45 of `constraints.duration`: shorten or drop modules, or raise the duration',
    );
  });
});
