import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { checkBlueprint } from '../../src/check/blueprint.js';
import { loadCompetencyFile } from '../../src/load/competency-file.js';
import { alwaysOnRuleIds } from '../../src/rules/always-on.js';
import { findRule } from '../../src/rules/index.js';
import type { FileResult, Finding } from '../../src/types.js';

/** The folder that holds every rule's fixtures. */
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** A finding a fixture declares, where it must start. */
export interface Expectation {
  rule: string;
  line: number;
  column: number;
}

/** One or more rule ids, comma-separated (a rule twice: two findings at the same place). */
const IDS = String.raw`[a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*`;
/** A caret line: a comment whose `^` stands under the column of the line above it. */
const CARET_LINE = new RegExp(String.raw`^\s*#\s*\^\s+(${IDS})\s*$`);
/** A tag at the end of a line: the finding starts at the line's first node. */
const LINE_TAG = new RegExp(String.raw`(?:^|\s)#\s*expect:\s*(${IDS})\s*$`);

const idsOf = (list: string) => list.split(',').map((id) => id.trim());

/**
 * The findings a fixture declares, marked on the line they point at, so that nothing is counted
 * by hand (docs/testing.md):
 *
 * - `# expect: rule-id` at the end of a line: a finding at the line's first node, after the
 *   indentation and any `- ` (`  - id: O2 # expect: objective-not-taught` is at column 5);
 * - a caret line under a line, `# ^ rule-id` with the `^` under the column: a finding there, on
 *   the nearest line above that is not a caret line (`bloom: create` then `#      ^ rule-id`).
 *
 * A line that mentions `expect` in a comment in another way is a mistake, and throws.
 */
export function readExpectations(text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const expectations: Expectation[] = [];
  let target = 0;
  lines.forEach((line, index) => {
    const caret = CARET_LINE.exec(line);
    if (caret) {
      if (target === 0) throw new Error(`line ${index + 1}: a caret line needs a line above it`);
      const column = line.indexOf('^') + 1;
      for (const rule of idsOf(caret[1] as string)) expectations.push({ rule, line: target, column });
      return;
    }
    target = index + 1;
    const tag = LINE_TAG.exec(line);
    if (tag) {
      const column = (/^\s*(?:-\s+)*/.exec(line)?.[0].length ?? 0) + 1;
      for (const rule of idsOf(tag[1] as string)) expectations.push({ rule, line: target, column });
    } else if (/#\s*expect\b/.test(line)) {
      throw new Error(
        `line ${index + 1}: unreadable expectation (write \`# expect: rule-id\`): ${line.trim()}`,
      );
    }
  });
  return expectations;
}

/** The fixture blueprints of a rule (`valid-*`, `invalid-*`, and others such as `en`, `fr`), sorted. */
export function fixturesOf(ruleId: string): string[] {
  return readdirSync(join(FIXTURES, ruleId))
    .filter((name) => /\.blueprint\.ya?ml$/.test(name))
    .sort();
}

/** Checks a fixture with only `ruleId` turned on (at its own severity), reading competency files beside it. */
export function checkFixture(ruleId: string, name: string): FileResult {
  const rule = findRule(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const path = join(FIXTURES, ruleId, name);
  return checkBlueprint(readFileSync(path), {
    file: path,
    severities: { [ruleId]: rule.meta.severity === 'error' ? 'error' : 'warn' },
    loadCompetencies: (file) => loadCompetencyFile(file, path, '/'),
  });
}

/** The findings of `ruleId` on a fixture. */
export function findingsOf(ruleId: string, name: string): Finding[] {
  return checkFixture(ruleId, name).findings.filter((finding) => finding.rule === ruleId);
}

/**
 * Asserts that a fixture is a valid blueprint (no always-on finding) and that `ruleId` reports
 * exactly the findings it declares, at those lines and columns: none for `valid-*` fixtures, at
 * least one for the others.
 */
export function expectFixture(ruleId: string, name: string): void {
  const text = readFileSync(join(FIXTURES, ruleId, name), 'utf8');
  const expected = readExpectations(text);
  if (name.startsWith('valid-')) expect(expected, `${name} is valid: it declares no finding`).toEqual([]);
  else expect(expected.length, `${name} declares the findings it expects`).toBeGreaterThan(0);
  expect(
    expected.filter((expectation) => expectation.rule !== ruleId),
    `${name} expects findings of ${ruleId} only`,
  ).toEqual([]);
  const result = checkFixture(ruleId, name);
  const format = result.findings.filter((finding) => alwaysOnRuleIds.has(finding.rule));
  expect(format.map((finding) => `${finding.line}:${finding.column} ${finding.message}`)).toEqual([]);
  const actual = result.findings.map(({ rule, line, column }) => ({ rule, line, column }));
  const order = (a: Expectation, b: Expectation) => a.line - b.line || a.column - b.column;
  expect(actual.sort(order)).toEqual([...expected].sort(order));
}
