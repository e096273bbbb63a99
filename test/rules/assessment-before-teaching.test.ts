import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'assessment-before-teaching';

describe(RULE, () => {
  it('names the assessment, its module, where each objective is first taught and where to move it', () => {
    const messages = findingsOf(RULE, 'invalid-assessed-too-early.blueprint.yaml').map(
      (finding) => finding.message,
    );
    expect(messages).toEqual([
      '`A1` takes place in `M1` but `O2` is first taught in `M2`: move it to `M2` or later, or teach that objective earlier',
      '`A2` takes place in `M2` but `O3` is first taught in `M3`: move it to `M3` or later, or teach that objective earlier',
    ]);
  });

  it('counts an objective covered through its children as taught when its last child is', () => {
    const [finding] = findingsOf(RULE, 'invalid-children-taught-later.blueprint.yaml');
    expect(finding?.message).toBe(
      '`A1` takes place in `M1` but `O1` is only fully taught (through its children) in `M2`: move it to `M2` or later, or teach that objective earlier',
    );
  });
});
