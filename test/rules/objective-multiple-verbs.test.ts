import { describe, expect, it } from 'vitest';
import { readExpectations } from '../helpers/check-fixture.js';
import { readFixture, runRule } from './fixture.js';

const RULE = 'objective-multiple-verbs';

describe(RULE, () => {
  for (const language of ['en', 'fr']) {
    it(`marks several findings in the ${language} fixture (test/rules/fixtures.test.ts checks them), each at a statement`, () => {
      const source = readFixture(RULE, `${language}.blueprint.yaml`);
      const findings = runRule(RULE, source);
      expect(readExpectations(source).length).toBeGreaterThan(3);
      expect(findings.every((finding) => /^\/objectives\/\d+\/statement$/.test(finding.path))).toBe(true);
    });
  }

  it('names the objective and each verb, and asks to split it', () => {
    const findings = runRule(RULE, readFixture(RULE, 'en.blueprint.yaml'));
    const tdd = findings.find((finding) => finding.path === '/objectives/10/statement');
    expect(tdd?.message).toBe(
      'Split objective `O11` into one objective per outcome: `Explain` and `use` each have an object of their own and can be assessed apart',
    );
  });

  it('reads a verb after an object pronoun ("puis l\'animer")', () => {
    const findings = runRule(RULE, readFixture(RULE, 'fr.blueprint.yaml'));
    expect(findings[0]?.message).toContain('`Construire` and `animer` each have');
  });
});
