import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'assessment-below-objective';

describe(RULE, () => {
  it('names the objective, its strongest summative assessments and both levels', () => {
    const messages = findingsOf(RULE, 'invalid-below.blueprint.yaml').map((finding) => finding.message);
    expect(messages).toEqual([
      "`O2` targets 'evaluate' but its strongest summative assessment, `A2` (practical), measures 'apply': add a summative task at 'evaluate', or lower the objective's `bloom` if 'apply' is what is meant",
      "`O3` targets 'create' but its strongest summative assessment, `A4` (exam), measures 'analyze': add a summative task at 'create', or lower the objective's `bloom` if 'analyze' is what is meant",
    ]);
  });
});
