import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'modality-mismatch';

describe(RULE, () => {
  it('names the module, both modalities and the fix', () => {
    const [finding] = findingsOf(RULE, 'invalid-in-person-course.blueprint.yaml');
    expect(finding?.message).toBe(
      "`M2` is 'remote' but the course is 'in-person': make the module 'in-person', or set `constraints.modality: blended` if the course mixes modes",
    );
  });
});

describe(`${RULE} with modality alternatives`, () => {
  it('names every alternative the course is offered in', () => {
    const [finding] = findingsOf(RULE, 'invalid-alternatives.blueprint.yaml');
    expect(finding?.message).toBe(
      "`M2` is 'in-person' but the course is offered 'remote' or 'self-paced': make the module one of these, or add 'in-person' to `constraints.modality`",
    );
  });
});
