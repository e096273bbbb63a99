import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'module-without-objective';

describe(RULE, () => {
  it('names the module and the fix', () => {
    const [finding] = findingsOf(RULE, 'invalid-module-without-objective.blueprint.yaml');
    expect(finding?.message).toBe(
      "`M2` lists no objective: add the objectives it teaches to its `objectives` (or to its activities'), or ask whether it belongs in the course",
    );
  });
});
