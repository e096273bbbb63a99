import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'parent-cycle';

describe(RULE, () => {
  it('reports each cycle once, spelling out the loop, and an objective that is its own parent', () => {
    const messages = findingsOf(RULE, 'invalid-cycles.blueprint.yaml').map((finding) => finding.message);
    expect(messages).toEqual([
      '`parent` goes round in a circle: `O2` → `O3` → `O4` → `O2`; remove the `parent` that closes the loop',
      '`O6` is its own parent: remove its `parent` or name the broader objective it serves',
    ]);
  });
});
