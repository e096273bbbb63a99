import { describe, expect, it } from 'vitest';
import { VALID } from '../helpers/check.js';
import { readExpectations } from '../helpers/check-fixture.js';
import { readFixture, runRule } from './fixture.js';

const RULE = 'objective-verb-level-mismatch';

describe(RULE, () => {
  for (const language of ['en', 'fr']) {
    it(`reports exactly the levels marked in the ${language} fixture, at the bloom value`, () => {
      const source = readFixture(RULE, `${language}.blueprint.yaml`);
      const findings = runRule(RULE, source);
      expect(readExpectations(source).length).toBeGreaterThan(3);
      expect(findings.every((finding) => /^\/objectives\/\d+\/bloom$/.test(finding.path))).toBe(true);
    });
  }

  it('names the verb as written, the declared level and the levels the verb indicates', () => {
    const [finding] = runRule(RULE, readFixture(RULE, 'en.blueprint.yaml'));
    expect(finding?.message).toBe(
      'Objective `O1` is declared at create, but `Identify` indicates remember, understand or analyze: set `bloom` to one of these, or reword with a verb at create, such as `design`, `develop`, `formulate`, `produce`, `plan` or `construct`',
    );
  });

  it('names every joined verb, and accepts the levels of each', () => {
    const findings = runRule(RULE, readFixture(RULE, 'fr.blueprint.yaml'));
    const joined = findings.find((finding) => finding.path === '/objectives/10/bloom');
    expect(joined?.message).toContain('but `Élaborer` and `présenter` indicate understand, apply or create:');
    expect(joined?.message).toContain('`citer`, `nommer`');
  });

  it('reads a verb to avoid at the level it points at', () => {
    const findings = runRule(RULE, readFixture(RULE, 'fr.blueprint.yaml'));
    const maitriser = findings.find((finding) => finding.path === '/objectives/11/bloom');
    expect(maitriser?.message).toContain('but `Maîtriser` indicates apply:');
  });

  it('reads the verb after "Demonstrate the ability to"', () => {
    const findings = runRule(RULE, readFixture(RULE, 'en.blueprint.yaml'));
    expect(findings.find((finding) => finding.path === '/objectives/2/bloom')?.message).toContain(
      '`design` indicates create',
    );
  });

  it('adds levels from the config to a verb of the lexicon', () => {
    const source = VALID.replace(
      'Explain what a blueprint is',
      'Negotiate a contract with a supplier',
    ).replace('bloom: understand\nmodules', 'bloom: create\nmodules');
    expect(runRule(RULE, source).map((finding) => finding.message)).toEqual([
      expect.stringContaining('`Negotiate` indicates apply'),
    ]);
    expect(runRule(RULE, source, { context: { verbs: { en: { negotiate: ['apply', 'create'] } } } })).toEqual(
      [],
    );
    expect(runRule(RULE, source, { context: { verbs: { fr: { negotiate: ['create'] } } } })).toHaveLength(1);
  });

  it('knows a verb the config adds, and multi-word verbs from the config', () => {
    const source = VALID.replace('Explain what a blueprint is', 'Wireframe a landing page').replace(
      'bloom: understand\nmodules',
      'bloom: remember\nmodules',
    );
    expect(runRule(RULE, source)).toEqual([]);
    expect(runRule(RULE, source, { context: { verbs: { en: { wireframe: ['create'] } } } })).toHaveLength(1);
    const phrase = source.replace('Wireframe a landing page', 'Stand up a landing page');
    expect(runRule(RULE, phrase, { context: { verbs: { en: { 'stand up': ['create'] } } } })).toHaveLength(1);
  });
});
