import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'objective-not-taught';

describe(RULE, () => {
  it('names the objective and the fix', () => {
    const [finding] = findingsOf(RULE, 'invalid-not-taught.blueprint.yaml');
    expect(finding?.message).toBe(
      '`O2` is taught by no module: add `O2` to the `objectives` of the module or activity that teaches it',
    );
  });

  it('names the children that keep a parent from being covered, and survives a parent cycle', () => {
    const messages = findingsOf(RULE, 'invalid-child-not-taught.blueprint.yaml').map(
      (finding) => finding.message,
    );
    expect(messages[0]).toBe(
      '`O1` is taught by no module, nor through its children (`O1.2` not taught): add `O1` to the `objectives` of the module or activity that teaches it',
    );
    expect(messages[2]).toContain('`O2` is taught by no module, nor through its children (`O3` not taught)');
  });
});
