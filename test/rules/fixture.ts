import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CheckOptions, checkBlueprint } from '../../src/check/blueprint.js';
import type { Finding } from '../../src/types.js';

/** A rule fixture's text, from test/fixtures/<rule>/<name>. */
export function readFixture(rule: string, name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${rule}/${name}`, import.meta.url)), 'utf8');
}

/** The findings of one rule alone on a blueprint source. */
export function runRule(rule: string, source: string, options: CheckOptions = {}): Finding[] {
  return checkBlueprint(source, { severities: { [rule]: 'warn' }, ...options }).findings;
}

/**
 * Where a fixture says the rule must report: "line:column" of the value on each line marked
 * `# expect` (a quoted statement starts at its quote, a level at its first letter).
 */
export function expectedPlaces(source: string): string[] {
  return source.split('\n').flatMap((text, index) => {
    if (!/# expect\s*$/.test(text)) return [];
    const value = /^\s*(?:- )?\w+: /.exec(text);
    return value ? [`${index + 1}:${value[0].length + 1}`] : [];
  });
}

/** "line:column" of each finding. */
export function places(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.line}:${finding.column}`);
}
