import { describe, expect, it } from 'vitest';
import { expectedPlaces, places, readFixture, runRule } from './fixture.js';

const RULE = 'objective-activity-as-outcome';

describe(RULE, () => {
  for (const language of ['en', 'fr']) {
    it(`reports exactly the statements marked in the ${language} fixture`, () => {
      const source = readFixture(RULE, `${language}.blueprint.yaml`);
      const findings = runRule(RULE, source);
      expect(expectedPlaces(source).length).toBeGreaterThan(3);
      expect(places(findings)).toEqual(expectedPlaces(source));
      expect(findings.every((finding) => /^\/objectives\/\d+\/statement$/.test(finding.path))).toBe(true);
    });
  }

  it('quotes the wording and suggests learner verbs at the declared level', () => {
    const [finding] = runRule(RULE, readFixture(RULE, 'en.blueprint.yaml'));
    expect(finding?.message).toBe(
      'Rewrite objective `O1` as what the learner will be able to do, with an action verb at understand such as `explain`, `summarize`, `describe`, `classify`, `compare` or `illustrate`: "Participate in" names an activity, not an outcome that can be assessed',
    );
  });

  it('suggests French verbs for a French statement', () => {
    const [finding] = runRule(RULE, readFixture(RULE, 'fr.blueprint.yaml'));
    expect(finding?.message).toContain('"Participer à"');
    expect(finding?.message).toContain('`expliquer`');
  });

  it('is the one finding of a statement that has no action verb of its own', () => {
    for (const language of ['en', 'fr']) {
      const source = readFixture(RULE, `${language}.blueprint.yaml`);
      const missing = runRule('objective-missing-verb', source).map((finding) => finding.path);
      for (const finding of runRule(RULE, source)) expect(missing).not.toContain(finding.path);
    }
  });
});
