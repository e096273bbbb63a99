import { describe, expect, it } from 'vitest';
import { readExpectations } from '../helpers/check-fixture.js';
import { readFixture, runRule } from './fixture.js';

/**
 * The tests the two rules on wordings that are not learner outcomes share
 * (objective-teacher-centred, objective-activity-as-outcome): the fixtures, the message of the
 * first English finding, French suggestions, and no second finding for a statement without a verb.
 */
export function describeVoiceRule(rule: string, firstMessage: string, frenchWording: string): void {
  describe(rule, () => {
    for (const language of ['en', 'fr']) {
      it(`marks several findings in the ${language} fixture (test/rules/fixtures.test.ts checks them), each at a statement`, () => {
        const source = readFixture(rule, `${language}.blueprint.yaml`);
        const findings = runRule(rule, source);
        expect(readExpectations(source).length).toBeGreaterThan(3);
        expect(findings.every((finding) => /^\/objectives\/\d+\/statement$/.test(finding.path))).toBe(true);
      });
    }

    it('quotes the wording and suggests learner verbs at the declared level', () => {
      const [finding] = runRule(rule, readFixture(rule, 'en.blueprint.yaml'));
      expect(finding?.message).toBe(firstMessage);
    });

    it('suggests French verbs for a French statement', () => {
      const [finding] = runRule(rule, readFixture(rule, 'fr.blueprint.yaml'));
      expect(finding?.message).toContain(`"${frenchWording}"`);
      expect(finding?.message).toContain('`expliquer`');
    });

    it('is the one finding of a statement that has no action verb of its own', () => {
      for (const language of ['en', 'fr']) {
        const source = readFixture(rule, `${language}.blueprint.yaml`);
        const missing = runRule('objective-missing-verb', source).map((finding) => finding.path);
        for (const finding of runRule(rule, source)) expect(missing).not.toContain(finding.path);
      }
    });
  });
}
