/**
 * Findings at one place come in the order of their rule ids, character by character, on every
 * machine: a collation (the locale's, as `localeCompare` used) put them in another order where
 * the language sorts letters otherwise (in Hawaiian, vowels before consonants).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID } from '../helpers/check.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'blueprint.js');

/** Three rules report on this statement, at one place: a teacher's wording, two verbs, one unmeasurable. */
const BLUEPRINT = VALID.replace(
  'statement: Explain what a blueprint is',
  'statement: Present the basics of version control and understand them',
);
const LINE = BLUEPRINT.split('\n').findIndex((line) => line.includes('statement:')) + 1;

function rulesAtTheStatement(locale: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'order-'));
  writeFileSync(join(dir, 'course.blueprint.yaml'), BLUEPRINT);
  const run = spawnSync(process.execPath, [bin, 'check', 'course.blueprint.yaml', '--format', 'json'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LANG: locale, LC_ALL: locale, NO_COLOR: '1' },
  });
  const [result] = JSON.parse(run.stdout) as { findings: { rule: string; line: number }[] }[];
  return (result?.findings ?? []).filter((finding) => finding.line === LINE).map((finding) => finding.rule);
}

describe('the order of findings at one place', () => {
  it('is by rule id, the same under any locale', () => {
    const expected = ['objective-multiple-verbs', 'objective-teacher-centred', 'objective-unmeasurable-verb'];
    expect(rulesAtTheStatement('C.UTF-8')).toEqual(expected);
    expect(rulesAtTheStatement('haw_US.UTF-8')).toEqual(expected);
    expect(rulesAtTheStatement('lt_LT.UTF-8')).toEqual(expected);
  });
});
