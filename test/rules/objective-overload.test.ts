import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBlueprint } from '../../src/check/blueprint.js';
import { DEFAULT_OBJECTIVES_PER_HOUR } from '../../src/rules/objective-overload.js';
import { FIXTURES, findingsOf } from '../helpers/check-fixture.js';

const RULE = 'objective-overload';

const withPerHour = (name: string, perHour: number) =>
  checkBlueprint(readFileSync(join(FIXTURES, RULE, name)), {
    severities: { [RULE]: 'warn' },
    context: { options: { [RULE]: { perHour } } },
  }).findings.filter((finding) => finding.rule === RULE);

describe(RULE, () => {
  it('counts only teaching time: breaks, welcome and wrap-up do not teach', () => {
    const [finding] = findingsOf(RULE, 'en.blueprint.yaml');
    expect(finding?.path).toBe('/objectives');
    expect(finding?.message).toBe(
      '8 objectives to reach in 1h45 of teaching: more than 3 per hour (at most 5 here): merge them into fewer, broader objectives, move some to another course, or plan more teaching time',
    );
    expect(findingsOf(RULE, 'valid-at-the-limit.blueprint.yaml')).toEqual([]);
  });

  it('counts an objective reached through its children once, through the children', () => {
    expect(findingsOf(RULE, 'fr.blueprint.yaml')[0]?.message).toMatch(
      /^11 objectives to reach in 3h30 of teaching/,
    );
  });

  it('gives a course shorter than an hour an hour’s worth', () => {
    expect(findingsOf(RULE, 'valid-short-session.blueprint.yaml')).toEqual([]);
    expect(findingsOf(RULE, 'invalid-short-session.blueprint.yaml')[0]?.message).toMatch(
      /^4 objectives to reach in 20min of teaching: more than 3 per hour \(at most 3 here\)/,
    );
  });

  it('takes its threshold from the config option perHour', () => {
    expect(DEFAULT_OBJECTIVES_PER_HOUR).toBe(3);
    expect(withPerHour('en.blueprint.yaml', 5)).toEqual([]);
    expect(withPerHour('valid-at-the-limit.blueprint.yaml', 2.5)[0]?.message).toMatch(
      /^6 objectives to reach in 2h of teaching: more than 2.5 per hour \(at most 5 here\)/,
    );
  });

  it('is quiet on every example', () => {
    for (const name of [
      'excel-tcd-inter',
      'feedback-workshop',
      'phishing-flash',
      'software-testing-course',
    ]) {
      const source = readFileSync(join(FIXTURES, '..', '..', 'examples', `${name}.blueprint.yaml`));
      expect(checkBlueprint(source, { severities: { [RULE]: 'warn' } }).findings, name).toEqual([]);
    }
  });
});
