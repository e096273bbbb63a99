import { describe, expect, it } from 'vitest';
import { readExpectations } from '../helpers/check-fixture.js';
import { readFixture, runRule } from './fixture.js';

const RULE = 'objective-unmeasurable-verb';

describe(RULE, () => {
  for (const language of ['en', 'fr']) {
    it(`marks several findings in the ${language} fixture (test/rules/fixtures.test.ts checks them), each at a statement`, () => {
      const source = readFixture(RULE, `${language}.blueprint.yaml`);
      const findings = runRule(RULE, source);
      expect(readExpectations(source).length).toBeGreaterThan(5);
      expect(findings.every((finding) => finding.rule === RULE && finding.severity === 'warning')).toBe(true);
      expect(findings.every((finding) => /^\/objectives\/\d+\/statement$/.test(finding.path))).toBe(true);
    });
  }

  it('is an error in the recommended preset', () => {
    const source = readFixture(RULE, 'en.blueprint.yaml');
    const findings = runRule(RULE, source, { severities: { [RULE]: 'error' } });
    expect(findings[0]?.severity).toBe('error');
  });

  it('names the verb and suggests measurable verbs at the declared level, in English', () => {
    const [finding] = runRule(RULE, readFixture(RULE, 'en.blueprint.yaml'));
    expect(finding?.message).toBe(
      'Replace `Understand` in objective `O1` with a measurable verb at understand, such as `explain`, `summarize`, `describe`, `classify`, `compare` or `illustrate`: it cannot be observed or assessed',
    );
  });

  it('suggests French verbs for a French statement, at its declared level', () => {
    const findings = runRule(RULE, readFixture(RULE, 'fr.blueprint.yaml'));
    const maitriser = findings.find((finding) => finding.path === '/objectives/2/statement');
    expect(maitriser?.message).toContain('Replace `Maîtriser` in objective `O3`');
    expect(maitriser?.message).toContain('`appliquer`, `utiliser`, `mettre en œuvre`');
  });

  it('quotes phrases as written: a verb to avoid in disguise', () => {
    const findings = runRule(RULE, readFixture(RULE, 'en.blueprint.yaml'));
    expect(findings[1]?.message).toContain('`demonstrate an understanding of`');
    expect(findings[2]?.message).toContain('`Be aware of`');
  });

  it('treats a verb a config marks with no level as one to avoid, and a config level as measurable', () => {
    const source = readFixture(RULE, 'en.blueprint.yaml');
    const before = runRule(RULE, source).length;
    const stricter = runRule(RULE, source, { context: { verbs: { en: { explain: [] } } } });
    expect(stricter).toHaveLength(before + 1);
    expect(stricter.some((finding) => finding.message.includes('`Explain`'))).toBe(true);
    const looser = runRule(RULE, source, { context: { verbs: { en: { understand: ['understand'] } } } });
    expect(looser.some((finding) => finding.message.includes('`Understand` in'))).toBe(false);
  });
});
