import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { gitlab } from '../../src/report/gitlab.js';
import type { FileResult } from '../../src/types.js';
import { runCli } from '../helpers/io.js';
import { CWD, checkedExamples, hostilePaths, ROOT, scenarios } from './canned.js';

// GitLab's documented Code Quality format as a JSON Schema (test/fixtures/gitlab/README.md says where from).
const schema = JSON.parse(
  readFileSync(new URL('../fixtures/gitlab/code-quality.schema.json', import.meta.url), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema);

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

const report = (results: readonly FileResult[], cwd = CWD) =>
  gitlab(results, { color: false, version: '1.0.0', cwd });

function valid(text: string): Issue[] {
  const issues = JSON.parse(text) as Issue[];
  expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
  expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
  return issues;
}

describe('--format gitlab (Code Quality)', () => {
  it.each(Object.keys(scenarios))('follows GitLab’s format, fingerprints unique: %s', (name) => {
    const issues = valid(report(scenarios[name] as FileResult[]));
    const findings = (scenarios[name] as FileResult[]).flatMap((result) => result.findings);
    expect(issues).toHaveLength(findings.length);
  });

  it('an empty array when nothing is found', () => {
    expect(report(scenarios['no-finding'] as FileResult[])).toBe('[]\n');
  });

  it('maps each finding: rule, message, severity, path relative to the working folder, lines', () => {
    const [first, second] = valid(report(scenarios['warnings-only'] as FileResult[]));
    expect(first).toMatchObject({
      check_name: 'objective-not-assessed',
      description: "objective 'O2' is not assessed: add it to an assessment's objectives",
      severity: 'minor',
      location: { path: 'courses/intro.blueprint.yaml', lines: { begin: 14 } },
    });
    expect(second?.location.lines.begin).toBe(19);
    const [error] = valid(report(scenarios.hostile as FileResult[]));
    expect(error).toMatchObject({ severity: 'major', location: { path: hostilePaths.spaces } });
  });

  it('fingerprints stay when lines move or the message changes, and differ between findings', () => {
    const [result] = scenarios['warnings-only'] as FileResult[];
    if (!result) throw new Error('no scenario');
    const moved: FileResult = {
      ...result,
      findings: result.findings.map((finding) => ({
        ...finding,
        line: finding.line + 5,
        message: 'reworded',
      })),
    };
    const before = valid(report([result])).map((issue) => issue.fingerprint);
    const after = valid(report([moved])).map((issue) => issue.fingerprint);
    expect(after).toEqual(before);
  });

  it('real findings of real files, through the command line', async () => {
    const { results } = checkedExamples();
    expect(results.some((result) => result.findings.length > 0)).toBe(true);
    const run = await runCli(['check', 'examples', 'test/fixtures/ci', '--format', 'gitlab'], { cwd: ROOT });
    expect(run.code).toBe(1);
    const issues = valid(run.stdout);
    expect(issues.length).toBe(results.reduce((sum, result) => sum + result.findings.length, 0));
    expect(issues[0]?.location.path).toBe('test/fixtures/ci/findings.blueprint.yaml');
  });
});
