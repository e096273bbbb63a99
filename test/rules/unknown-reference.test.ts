import { describe, expect, it } from 'vitest';
import { checkBlueprint } from '../../src/check/blueprint.js';
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

  it('finds an id defined twice under either of its kinds, whichever comes first', () => {
    // `X` is a module first and an objective after (duplicate-id reports that, not this rule).
    const source = `blueprint: 1
id: t
title: T
audience: { description: Anyone }
constraints: { duration: 2h, modality: in-person }
objectives:
  - { id: O1, statement: Explain the topic, bloom: understand }
  - { id: X, statement: Apply the method, bloom: apply, parent: O1 }
modules:
  - { id: X, title: One, duration: 1h, objectives: [X, O1] }
  - { id: M2, title: Two, duration: 1h, objectives: [M2] }
assessments:
  - { id: A1, title: E, kind: summative, type: exam, bloom: apply, objectives: [X, O1], module: X }
`;
    const { findings } = checkBlueprint(source, { severities: { [RULE]: 'error' } });
    expect(findings.map((finding) => `${finding.path}: ${finding.message}`)).toEqual([
      '/modules/1/objectives/0: `M2` is a module, not an objective: `objectives` takes objective ids; did you mean `O1`?',
    ]);
  });
});
