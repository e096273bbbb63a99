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
