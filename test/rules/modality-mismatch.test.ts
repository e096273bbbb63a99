import { describe, expect, it } from 'vitest';
import { expectFixture, findingsOf, fixturesOf } from '../helpers/check-fixture.js';

const RULE = 'modality-mismatch';

describe(RULE, () => {
  it.each(fixturesOf(RULE))('%s', (name) => expectFixture(RULE, name));

  it('names the module, both modalities and the fix', () => {
    const [finding] = findingsOf(RULE, 'invalid-in-person-course.blueprint.yaml');
    expect(finding?.message).toBe(
      "`M2` is 'remote' but the course is 'in-person': make the module 'in-person', or set `constraints.modality: blended` if the course mixes modes",
    );
  });
});
