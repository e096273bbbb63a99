import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'unknown-reference';

describe(RULE, () => {
  it('suggests the closest id of the right kind', () => {
    const messages = findingsOf(RULE, 'invalid-unknown-ids.blueprint.yaml').map((finding) => finding.message);
    expect(messages).toEqual([
      'unknown competency `C9`; did you mean `C1`?',
      'unknown objective `Q1`; did you mean `O1`?',
      'unknown objective `O3`; did you mean `O1`?',
      'unknown objective `o2`; did you mean `O2`?',
      'unknown objective `Zebra`; use one of the objective ids: `O1`, `O2`',
      'unknown module `M2`; did you mean `M1`?',
      'unknown competency `Cl`; did you mean `C1`?',
    ]);
  });

  it('says what kind an id of the wrong kind is, and suggests one of the right kind', () => {
    const messages = findingsOf(RULE, 'invalid-wrong-kind.blueprint.yaml').map((finding) => finding.message);
    expect(messages).toEqual([
      '`O1` is an objective, not a competency: `competencies` takes competency ids; no competency is defined: add one, or remove this reference',
      '`M1` is a module, not an objective: `parent` takes objective ids; did you mean `O1`?',
      '`A1` is an assessment, not an objective: `objectives` takes objective ids; did you mean `O1`?',
      '`O1` is an objective, not a module: `module` takes module ids; did you mean `M1`?',
    ]);
  });
});
