import { describe, expect, it } from 'vitest';
import { readExpectations } from '../helpers/check-fixture.js';
import { readFixture, runRule } from './fixture.js';

const RULE = 'objective-missing-verb';

describe(RULE, () => {
  for (const language of ['en', 'fr']) {
    it(`marks several findings in the ${language} fixture (test/rules/fixtures.test.ts checks them), each at a statement`, () => {
      const source = readFixture(RULE, `${language}.blueprint.yaml`);
      expect(readExpectations(source).length).toBeGreaterThan(2);
    });
  }

  it('quotes the start of the statement and suggests verbs at the declared level', () => {
    const [first, second] = runRule(RULE, readFixture(RULE, 'fr.blueprint.yaml'));
    expect(first?.message).toBe(
      'Start objective `O1` with an action verb at understand, such as `expliquer`, `décrire`, `résumer`, `reformuler`, `illustrer` or `comparer`: no action verb found at the start of "Les bases de la comptabilité analytique"',
    );
    expect(second?.message).toContain('`citer`, `nommer`');
  });

  it('shortens a long statement in the message', () => {
    const [first] = runRule(RULE, readFixture(RULE, 'en.blueprint.yaml'));
    expect(first?.message).toContain('"Various aspects of digital marketing"');
    const [, , third] = runRule(RULE, readFixture(RULE, 'en.blueprint.yaml'));
    expect(third?.message).toContain('"Students will be able to: the basics of…"');
  });
});
