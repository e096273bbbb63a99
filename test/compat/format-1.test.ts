/**
 * Format 1.1 is additive: every example and fixture written for format 1 checks exactly as before,
 * byte for byte, unless it uses the new keys. The reference (format-1.json) was recorded by
 * record.mjs with the build of main before the change. Two changes are expected and pinned here
 * rather than hidden: the new rule objective-overload (recommended), and the items the opt-in
 * qualiopi preset's programme-incomplete asks for since format 1.1.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkBlueprint } from '../../src/check/blueprint.js';
import { runCli } from '../helpers/io.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The fixtures as they were recorded, frozen under test/compat/format-1/ at their paths: the rule
 * fixtures themselves may change (their expectation markers), what format 1 means may not.
 */
const frozen = fileURLToPath(new URL('./format-1/', import.meta.url));

interface Recorded {
  argv: string[];
  code: number;
  stdout?: string;
  sha256?: string;
  findings?: string[];
}

const recorded = JSON.parse(readFileSync(new URL('./format-1.json', import.meta.url), 'utf8')) as Recorded[];
const fileOf = (run: Recorded) => run.argv[1] as string;
/** The folder a recorded run starts from: the frozen copy for a fixture, the repo for an example. */
const cwdOf = (file: string) => (file.startsWith('test/fixtures/') ? frozen : repo);

/** Fixtures given the format 1.1 Qualiopi items so that they stay complete programmes. */
const USES_NEW_KEYS = new Set([
  'test/fixtures/programme-incomplete/invalid-partial-admin.blueprint.yaml',
  'test/fixtures/programme-incomplete/valid-complete-programme.blueprint.yaml',
  'test/fixtures/programme-incomplete/valid-price-as-text.blueprint.yaml',
]);

/** The items programme-incomplete asks for since format 1.1. */
const NEW_ITEMS =
  /its (trainers|pedagogical means|technical means|completion certificate|results indicators) \(/;

const runs = recorded.filter((run) => !USES_NEW_KEYS.has(fileOf(run)));
const hash = (text: string) => createHash('sha256').update(text).digest('hex');
const withoutNewRule = (argv: string[]) => [...argv, '--rule', 'objective-overload=off'];

describe('format 1 files check as before', () => {
  it('the recording covers every example and fixture of main', () => {
    expect(new Set(recorded.map(fileOf)).size).toBe(81);
    expect(runs.length).toBe(recorded.length - 3 * USES_NEW_KEYS.size);
  });

  it('the files exempted really use the new keys', () => {
    for (const file of USES_NEW_KEYS)
      expect(readFileSync(`${cwdOf(file)}${file}`, 'utf8')).toMatch(/^ {2}trainers:/m);
  });

  it.each(runs.filter((run) => run.stdout !== undefined).map((run) => [fileOf(run), run] as const))(
    '%s: stylish output byte for byte',
    async (_file, run) => {
      const result = await runCli(withoutNewRule(run.argv), { cwd: cwdOf(fileOf(run)) });
      expect(result.stdout).toBe(run.stdout);
      expect(result.code).toBe(run.code);
    },
  );

  it.each(
    runs.filter((run) => run.findings === undefined && run.sha256).map((run) => [fileOf(run), run] as const),
  )('%s: JSON output byte for byte', async (_file, run) => {
    const result = await runCli(withoutNewRule(run.argv), { cwd: cwdOf(fileOf(run)) });
    expect(hash(result.stdout)).toBe(run.sha256);
    expect(result.code).toBe(run.code);
  });

  it.each(runs.filter((run) => run.findings !== undefined).map((run) => [fileOf(run), run] as const))(
    '%s: under qualiopi, the same findings plus only the format 1.1 items',
    async (_file, run) => {
      const result = await runCli(withoutNewRule(run.argv), { cwd: cwdOf(fileOf(run)) });
      const findings = (
        JSON.parse(result.stdout) as Array<{ findings: Array<Record<string, unknown>> }>
      ).flatMap((file) =>
        file.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`),
      );
      const added = findings.filter((line) => / programme-incomplete /.test(line) && NEW_ITEMS.test(line));
      expect(findings.filter((line) => !added.includes(line))).toEqual(run.findings);
      if (added.length === 0) expect(hash(result.stdout)).toBe(run.sha256);
    },
  );
});

describe('the new rule objective-overload on format 1 files', () => {
  // The objective-wording fixtures list 8 to 14 objectives for one hour to exercise the wording
  // rules: overloaded indeed. No example and no other fixture is reported.
  it('reports exactly the objective-wording fixtures', () => {
    const files = [...new Set(recorded.map(fileOf))];
    const reported = files.filter((file) =>
      checkBlueprint(readFileSync(`${cwdOf(file)}${file}`), {
        severities: { 'objective-overload': 'warn' },
      }).findings.some((finding) => finding.rule === 'objective-overload'),
    );
    const wording = [
      'objective-activity-as-outcome',
      'objective-missing-verb',
      'objective-multiple-verbs',
      'objective-teacher-centred',
      'objective-unmeasurable-verb',
      'objective-verb-level-mismatch',
    ].flatMap((rule) => ['en', 'fr'].map((lang) => `test/fixtures/${rule}/${lang}.blueprint.yaml`));
    expect(reported.sort()).toEqual(wording.sort());
  });
});
