// Every rule fixture, run by one test: adding a rule needs fixtures, not a test file. Each fixture
// marks the findings it expects on the lines they point at (test/helpers/check-fixture.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { expectFixture, FIXTURES, fixturesOf, readExpectations } from '../helpers/check-fixture.js';

/**
 * Rules whose findings a marker comment cannot mark, and where their fixtures are tested instead:
 * unused-disable reports blueprint-disable comments themselves, which a marker would change (a
 * caret line under `blueprint-disable-next-line` would become its next line).
 */
const MARKED_ELSEWHERE: Readonly<Record<string, string>> = {
  'unused-disable': 'test/rules/unused-disable.test.ts',
};

const marked = rules.map((rule) => rule.meta.id).filter((id) => !(id in MARKED_ELSEWHERE));
const cases = marked.flatMap((id) => fixturesOf(id).map((name) => [id, name] as const));

describe('rule fixtures', () => {
  it.each(cases)('%s: %s gives exactly the findings it marks', (rule, name) => expectFixture(rule, name));

  it.each(marked)('%s has a fixture that expects a finding', (id) => {
    const marks = fixturesOf(id).map((name) =>
      readExpectations(readFileSync(join(FIXTURES, id, name), 'utf8')),
    );
    expect(
      marks.some((list) => list.length > 0),
      `test/fixtures/${id}/invalid-*.blueprint.yaml`,
    ).toBe(true);
  });

  it('names, for each rule whose fixtures are tested elsewhere, a test that exists', () => {
    for (const file of Object.values(MARKED_ELSEWHERE))
      expect(existsSync(join(FIXTURES, '..', '..', file))).toBe(true);
  });
});

describe('the expectation markers', () => {
  it('read a tag at the first node of its line, and a caret under the column it points at', () => {
    const text = [
      'objectives: # expect: a',
      '  - id: O1 # expect: b, b',
      '    bloom: create',
      '    #      ^ c',
      '    #  ^ d',
      '  - - x # expect: e',
      '#^ f',
    ].join('\n');
    expect(readExpectations(text)).toEqual([
      { rule: 'a', line: 1, column: 1 },
      { rule: 'b', line: 2, column: 5 },
      { rule: 'b', line: 2, column: 5 },
      { rule: 'c', line: 3, column: 12 },
      { rule: 'd', line: 3, column: 8 },
      { rule: 'e', line: 6, column: 7 },
      { rule: 'f', line: 6, column: 2 },
    ]);
  });

  it('refuse a marker they cannot read, rather than expect nothing', () => {
    expect(() => readExpectations('a: 1 # expect: rule 1:1')).toThrow('line 1: unreadable expectation');
    expect(() => readExpectations('a: 1 # expect')).toThrow('unreadable expectation');
    expect(() => readExpectations('# ^ rule\na: 1')).toThrow('a caret line needs a line above it');
  });
});
