import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { VALID } from '../helpers/check.js';
import { runCli } from '../helpers/io.js';
import { parseWorkflowCommands, parseXml, sarifSchemaErrors } from '../report/consumers.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const BAD = VALID.replace('duration: 1h\n  modality', 'duration: 7\n  modality');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'blueprint-ci-'));
  writeFileSync(join(dir, 'good.blueprint.yaml'), VALID);
  mkdirSync(join(dir, 'my courses'));
  writeFileSync(join(dir, 'my courses', 'bad, 100%.blueprint.yaml'), BAD);
});

const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('blueprint check in CI: several outputs in one run', () => {
  it('writes each NAME=FILE report and prints the one bare format on stdout', async () => {
    const result = await runCli(
      ['check', '--format', 'stylish', '--format', 'sarif=out.sarif', '--format', 'junit=junit.xml'],
      { cwd: dir },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('✖ 1 problem (1 error, 0 warnings) in 1 of 2 files');
    const sarif = read('out.sarif');
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const location = JSON.parse(sarif).runs[0].results[0].locations[0].physicalLocation;
    expect(location).toEqual({
      artifactLocation: { uri: 'my%20courses/bad%2C%20100%25.blueprint.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7, startColumn: 13, endLine: 7, endColumn: 14 },
    });
    const junit = parseXml(read('junit.xml'));
    expect(junit.attributes).toMatchObject({ tests: '2', failures: '1' });
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('--format NAME --output FILE writes only the file, as ESLint does', async () => {
    const result = await runCli(['check', '--format', 'sarif', '--output', 'report.sarif'], { cwd: dir });
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect(sarifSchemaErrors(read('report.sarif'))).toEqual([]);
  });

  it('prints stylish on stdout when every format names its own file', async () => {
    const result = await runCli(['check', '--format', 'sarif=report.sarif'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^my courses\/bad, 100%\.blueprint\.yaml\n {2}7:13 {5}error/);
    expect(JSON.parse(read('report.sarif')).runs[0].results).toHaveLength(1);
  });

  it('github on stdout with SARIF beside it, as the action runs it', async () => {
    const result = await runCli(['check', '--format', 'github', '--format', 'sarif=blueprint.sarif'], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    const { commands } = parseWorkflowCommands(result.stdout);
    expect(commands).toEqual([
      {
        command: 'error',
        properties: {
          file: 'my courses/bad, 100%.blueprint.yaml',
          line: '7',
          endLine: '7',
          col: '13',
          endColumn: '14',
          title: 'schema',
        },
        message: "`duration` must be a string such as '1h30' or '90min', got the number 7",
      },
    ]);
  });

  it('runs each format on the examples with exit 0 and reports its consumer accepts', async () => {
    const result = await runCli(
      [
        'check',
        'examples',
        '--format',
        'github',
        '--format',
        `sarif=${join(dir, 'x.sarif')}`,
        '--format',
        `junit=${join(dir, 'x.xml')}`,
      ],
      { cwd: repo },
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^course-blueprint: \d+ files checked, no problems\n$/);
    expect(sarifSchemaErrors(read('x.sarif'))).toEqual([]);
    expect(parseXml(read('x.xml')).attributes.failures).toBe('0');
  });

  it('on the examples with the qualiopi preset, rule findings reach every format intact', async () => {
    const result = await runCli(
      [
        'check',
        'examples',
        '--preset',
        'qualiopi',
        '--format',
        'github',
        '--format',
        `sarif=${join(dir, 'q.sarif')}`,
        '--format',
        `junit=${join(dir, 'q.xml')}`,
        '--format',
        `json=${join(dir, 'q.json')}`,
      ],
      { cwd: repo },
    );
    expect(result.code).toBe(1);
    const json = JSON.parse(read('q.json')) as {
      file: string;
      findings: { rule: string; severity: string; line: number; message: string }[];
    }[];
    const findings = json.flatMap((file) =>
      file.findings.map((finding) => ({ file: file.file, ...finding })),
    );
    expect(findings.length).toBeGreaterThan(0);
    const sarif = read('q.sarif');
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const results = JSON.parse(sarif).runs[0].results as { ruleId: string; message: { text: string } }[];
    expect(results.map((r) => [r.ruleId, r.message.text])).toEqual(findings.map((f) => [f.rule, f.message]));
    const failures = parseXml(read('q.xml'))
      .children.flatMap((suite) => suite.children)
      .flatMap((testcase) => testcase.children.filter((child) => child.name === 'failure'));
    expect(failures.map((f) => f.attributes.message)).toEqual(findings.map((f) => f.message));
    const { commands } = parseWorkflowCommands(result.stdout);
    const annotations = commands.filter((c) => c.command === 'error' || c.command === 'warning');
    const perKind: Record<string, number> = {};
    const annotated = findings.filter((f) => {
      perKind[f.severity] = (perKind[f.severity] ?? 0) + 1;
      return (perKind[f.severity] ?? 0) <= 10;
    });
    expect(annotations.map((c) => [c.command, c.properties.file, c.properties.line, c.message])).toEqual(
      annotated.map((f) => [f.severity, f.file, String(f.line), f.message]),
    );
  });

  it('refuses plans it cannot carry out, with exit 2, one line and nothing written', async () => {
    const cases: [string[], string][] = [
      [
        ['--format', 'json', '--format', 'junit'],
        'only one format can go to standard output, got json, junit: write the others to files with --format NAME=FILE',
      ],
      [['--format', 'sarif=', '--format', 'json'], "--format sarif= needs a file name after '='"],
      [
        ['--format', 'xml=a.xml'],
        "unknown format 'xml': use one of stylish, json, sarif, junit, github, gitlab",
      ],
      [
        ['--format', 'sarif=a.sarif', '--output', 'b.txt'],
        '--output b.txt names the file of the format given without =FILE, but every --format names its own file',
      ],
      [
        ['--format', 'json', '--format', 'sarif', '--output', 'b.txt'],
        '--output b.txt takes one format, got json, sarif: write the others with --format NAME=FILE',
      ],
      [
        ['--format', 'sarif=r.out', '--format', 'junit=./r.out'],
        'two reports would be written to ./r.out: give each its own file',
      ],
    ];
    for (const [flags, message] of cases) {
      const result = await runCli(['check', ...flags], { cwd: dir });
      expect(result, flags.join(' ')).toEqual({ code: 2, stdout: '', stderr: `blueprint: ${message}\n` });
    }
    expect(readdirSync(dir).sort()).toEqual(['good.blueprint.yaml', 'my courses']);
  });

  it('a report that cannot be written is exit 2 naming it; the others are written and stdout printed', async () => {
    const result = await runCli(
      ['check', '--format', 'github', '--format', 'sarif=no/such/dir.sarif', '--format', 'junit=j.xml'],
      {
        cwd: dir,
      },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'blueprint: cannot write the report to no/such/dir.sarif: its folder does not exist\n',
    );
    expect(result.stdout).toContain('::error file=my courses/bad%2C 100%25.blueprint.yaml');
    expect(parseXml(read('j.xml')).name).toBe('testsuites');
  });
});

describe('blueprint check in CI: --quiet and --max-warnings as in ESLint 9', () => {
  // One warning (no-summative-assessment) and nothing else.
  const WARN = VALID.replace('kind: summative', 'kind: formative');
  const onlyWarning = ['--rule', 'objective-not-assessed=off'];
  const warnRun = (...flags: string[]) => {
    writeFileSync(join(dir, 'warn.blueprint.yaml'), WARN);
    return runCli(['check', 'warn.blueprint.yaml', ...onlyWarning, ...flags], { cwd: dir });
  };

  it('warnings alone pass, and are reported', async () => {
    const result = await warnRun();
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('warning  no assessment is summative');
    expect(result.stdout).toContain('✖ 1 problem (0 errors, 1 warning) in 1 of 1 file');
  });

  it('--max-warnings N fails past N with one line on stderr, passes at N', async () => {
    expect(await warnRun('--max-warnings', '0')).toMatchObject({
      code: 1,
      stderr: 'blueprint: too many warnings (1, maximum 0)\n',
    });
    expect(await warnRun('--max-warnings', '1')).toMatchObject({ code: 0, stderr: '' });
    expect(await warnRun('--max-warnings', '-1')).toMatchObject({ code: 0, stderr: '' });
  });

  it('--quiet hides the warnings from every format', async () => {
    const stylish = await warnRun(
      '--quiet',
      '--format',
      'github',
      '--format',
      'sarif=q.sarif',
      '--format',
      'json=q.json',
    );
    expect(stylish).toMatchObject({ code: 0, stderr: '' });
    expect(stylish.stdout).toBe('course-blueprint: 1 file checked, no problems\n');
    expect(JSON.parse(read('q.sarif')).runs[0].results).toEqual([]);
    expect(JSON.parse(read('q.json'))).toEqual([
      { file: 'warn.blueprint.yaml', errorCount: 0, warningCount: 0, findings: [] },
    ]);
  });

  it('--quiet --max-warnings 0 fails on the warning it does not show, as ESLint 9 does', async () => {
    const result = await warnRun('--quiet', '--max-warnings', '0');
    expect(result).toEqual({
      code: 1,
      stdout: '✔ 1 file checked, no problems\n',
      stderr: 'blueprint: too many warnings (1, maximum 0)\n',
    });
  });

  it('--quiet still reports errors and fails on them', async () => {
    const result = await runCli(['check', '--quiet', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).map((r: { errorCount: number }) => r.errorCount)).toEqual([0, 1]);
  });

  it('with errors, too many warnings add no line: the errors are reason enough', async () => {
    writeFileSync(
      join(dir, 'both.blueprint.yaml'),
      WARN.replace('duration: 1h\n  modality', 'duration: 7\n  modality'),
    );
    writeFileSync(join(dir, 'warn.blueprint.yaml'), WARN);
    const result = await runCli(
      ['check', 'both.blueprint.yaml', 'warn.blueprint.yaml', ...onlyWarning, '--max-warnings', '0'],
      {
        cwd: dir,
      },
    );
    expect(result).toMatchObject({ code: 1, stderr: '' });
  });

  it('--max-warnings N passes a clean run', async () => {
    expect((await runCli(['check', 'good.blueprint.yaml', '--max-warnings', '0'], { cwd: dir })).code).toBe(
      0,
    );
  });

  it('--max-warnings takes a whole number; other values are refused', async () => {
    for (const bad of ['1.5', 'ten', '']) {
      const result = await runCli(['check', '--max-warnings', bad], { cwd: dir });
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `blueprint: --max-warnings takes a whole number (-1 for no maximum), got '${bad}'\n`,
      });
    }
  });
});
