import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'objective-not-assessed';

describe(RULE, () => {
  it('names the unassessed children and the assessments that are not summative', () => {
    const messages = findingsOf(RULE, 'invalid-not-assessed.blueprint.yaml').map(
      (finding) => finding.message,
    );
    expect(messages).toEqual([
      '`O1` is measured by no summative assessment, nor through its children (`O1.2` not assessed): add `O1` to the `objectives` of a summative assessment',
      '`O1.2` is measured by no summative assessment: add `O1.2` to the `objectives` of a summative assessment',
      '`O2` is measured by no summative assessment (`A2` (formative) lists it, but only summative assessments measure achievement): add `O2` to the `objectives` of a summative assessment',
    ]);
  });
});

describe(`${RULE} in a course ungraded by design`, () => {
  it('asks for a formative assessment or a practice activity, not a summative one', () => {
    const [finding] = findingsOf(RULE, 'invalid-ungraded-not-checked.blueprint.yaml');
    expect(finding?.message).toBe(
      '`O2` is checked by no assessment nor practice activity: add `O2` to the `objectives` of a formative assessment or of a practice activity',
    );
  });
});
