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

/** A finding a fixture declares with a comment `# expect: <rule-id> <line>:<column>`. */
export interface Expectation {
  rule: string;
  line: number;
  column: number;
}

/** The expectations a fixture declares, in the order written. */
export function readExpectations(text: string): Expectation[] {
  return [...text.matchAll(/#\s*expect:\s*([a-z0-9-]+)\s+(\d+):(\d+)/g)].map((match) => ({
    rule: match[1] as string,
    line: Number(match[2]),
    column: Number(match[3]),
  }));
}

/** The fixture files of a rule: `valid-*` and `invalid-*` blueprints, sorted. */
export function fixturesOf(ruleId: string): string[] {
  return readdirSync(join(FIXTURES, ruleId))
    .filter((name) => /^(valid|invalid)-.*\.blueprint\.ya?ml$/.test(name))
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
 * least one for `invalid-*` ones.
 */
export function expectFixture(ruleId: string, name: string): void {
  const text = readFileSync(join(FIXTURES, ruleId, name), 'utf8');
  const expected = readExpectations(text);
  if (name.startsWith('valid-')) expect(expected, `${name} is valid: it declares no finding`).toEqual([]);
  else expect(expected.length, `${name} declares the findings it expects`).toBeGreaterThan(0);
  const result = checkFixture(ruleId, name);
  const format = result.findings.filter((finding) => alwaysOnRuleIds.has(finding.rule));
  expect(format.map((finding) => `${finding.line}:${finding.column} ${finding.message}`)).toEqual([]);
  const actual = result.findings.map(({ rule, line, column }) => ({ rule, line, column }));
  const order = (a: Expectation, b: Expectation) => a.line - b.line || a.column - b.column;
  expect(actual.sort(order)).toEqual([...expected].sort(order));
}
