import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'competency-not-covered';

describe(RULE, () => {
  it('names the targeted competency and the fix', () => {
    const [finding] = findingsOf(RULE, 'invalid-target-not-covered.blueprint.yaml');
    expect(finding?.message).toBe(
      'targeted competency `C2` is developed by no objective: list it in the `competencies` of the objectives that develop it, or drop it from `targets`',
    );
  });

  it('targets every competency when `targets` is absent, including those of the framework file', () => {
    const [inline] = findingsOf(RULE, 'invalid-item-not-covered.blueprint.yaml');
    expect(inline?.message).toBe(
      'competency `C2` is developed by no objective: list it in the `competencies` of the objectives that develop it, or name the competencies the course does target in `competencies.targets`',
    );
    const [external] = findingsOf(RULE, 'invalid-file-item-not-covered.blueprint.yaml');
    expect(external?.message).toMatch(
      /^competency `C3` \(from `competencies.file`\) is developed by no objective/,
    );
  });
});
