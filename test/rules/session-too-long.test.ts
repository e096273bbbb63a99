import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'session-too-long';

describe(RULE, () => {
  it('names the module, its length and the limit', () => {
    const [finding] = findingsOf(RULE, 'invalid-too-long.blueprint.yaml');
    expect(finding?.message).toBe(
      '`M1` lasts 2h, longer than the 1h of `constraints.max_session`: split it into shorter modules',
    );
  });
});
