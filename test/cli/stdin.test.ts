import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/io.js';
import { blueprintText, tempProject } from '../helpers/project.js';

const root = join(import.meta.dirname, '..', '..');

describe('blueprint check --stdin [--stdin-filename FILE]', () => {
  it('checks standard input with the config found for the file it stands for, reported under its name', async () => {
    const project = tempProject({ 'courses/.blueprintrc.yaml': 'extends: [qualiopi]\n' });
    const stdin = blueprintText();
    const plain = await runCli(['check', '--stdin', '--format', 'json'], { cwd: project, stdin });
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout)).toEqual([
      { file: '<stdin>', errorCount: 0, warningCount: 0, findings: [] },
    ]);
    const named = await runCli(
      ['check', '--stdin', '--stdin-filename', 'courses/new.blueprint.yaml', '--format', 'json'],
      { cwd: project, stdin },
    );
    expect(named.code).toBe(1);
    const [result] = JSON.parse(named.stdout);
    expect(result.file).toBe('courses/new.blueprint.yaml');
    expect(result.findings.map((f: { rule: string }) => f.rule)).toContain('programme-incomplete');
  });

  it('bad input is a finding with its position, as for a file', async () => {
    const result = await runCli(['check', '--stdin'], {
      cwd: tempProject({}),
      stdin: 'title: SQL: basics\n',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/<stdin>\n\s+1:\d+\s+error\s+.*yaml-syntax/);
    const bytes = await runCli(['check', '--stdin', '--format', 'json'], {
      cwd: tempProject({}),
      stdin: new Uint8Array([0x74, 0x3a, 0x20, 0xff, 0x0a]),
    });
    expect(JSON.parse(bytes.stdout)[0].findings[0]).toMatchObject({ rule: 'yaml-syntax', line: 1 });
  });

  it('refuses paths beside --stdin, --stdin-filename alone, and a report over the file it stands for', async () => {
    const cwd = tempProject({ 'a.blueprint.yaml': blueprintText() });
    const cases: Array<[string[], string]> = [
      [
        ['x.blueprint.yaml', '--stdin'],
        '--stdin checks standard input only: give no path (name it with --stdin-filename)',
      ],
      [['--stdin-filename', 'a.blueprint.yaml'], '--stdin-filename names what --stdin reads: add --stdin'],
    ];
    for (const [args, message] of cases)
      expect(await runCli(['check', ...args], { cwd, stdin: '' })).toMatchObject({
        code: 2,
        stderr: `blueprint: ${message}\n`,
      });
    const over = await runCli(
      ['check', '--stdin', '--stdin-filename', 'a.blueprint.yaml', '--format', 'json=a.blueprint.yaml'],
      { cwd, stdin: blueprintText() },
    );
    expect(over.code).toBe(2);
    expect(readFileSync(join(cwd, 'a.blueprint.yaml'), 'utf8')).toBe(blueprintText());
  });

  it('the real executable reads its standard input', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin', 'blueprint.js'), 'check', '--stdin'], {
      cwd: root,
      input: readFileSync(join(root, 'examples', 'feedback-workshop.blueprint.yaml')),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('no problems');
  });
});
