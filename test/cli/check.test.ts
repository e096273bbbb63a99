import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { VALID } from '../helpers/check.js';
import { runCli } from '../helpers/io.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'blueprint-cli-'));
});

const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};

describe('blueprint check', () => {
  it('passes the examples with exit 0 and a summary line', async () => {
    const result = await runCli(['check', 'examples'], { cwd: repo });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^✔ \d+ files checked, no problems\n$/);
  });

  it('checks the current folder when no path is given', async () => {
    write('a.blueprint.yaml', VALID);
    expect((await runCli(['check'], { cwd: dir })).stdout).toBe('✔ 1 file checked, no problems\n');
  });

  it('exits 1 with the finding grouped by file, a code frame and a summary', async () => {
    write('bad.blueprint.yaml', VALID.replace('duration: 1h\n  modality', 'duration: 7\n  modality'));
    const result = await runCli(['check', 'bad.blueprint.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'bad.blueprint.yaml',
        "  7:13     error    `duration` must be a string such as '1h30' or '90min', got the number 7  schema",
        '    7 |   duration: 7',
        '      |             ^',
        '',
        '✖ 1 problem (1 error, 0 warnings) in 1 of 1 file',
        '',
      ].join('\n'),
    );
  });

  it('keeps code frames in a stylish report beside another format, whichever goes where', async () => {
    // Sources are kept for the report only when a stylish one will show them.
    write('bad.blueprint.yaml', VALID.replace('duration: 1h\n  modality', 'duration: 7\n  modality'));
    const result = await runCli(
      ['check', 'bad.blueprint.yaml', '--format', 'json', '--format', 'stylish=out.txt'],
      {
        cwd: dir,
      },
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)[0].findings).toHaveLength(1);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toContain(
      '    7 |   duration: 7\n      |             ^\n',
    );
  });

  it('searches folders recursively for *.blueprint.yaml|yml, skipping node_modules and dot-folders', async () => {
    write('a/one.blueprint.yaml', VALID);
    write('a/b/two.blueprint.yml', VALID);
    write('a/notes.yaml', 'not: a blueprint');
    write('a/node_modules/x/three.blueprint.yaml', 'broken: [');
    write('a/.hidden/four.blueprint.yaml', 'broken: [');
    const result = await runCli(['check', 'a', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).map((file: { file: string }) => file.file)).toEqual([
      'a/b/two.blueprint.yml',
      'a/one.blueprint.yaml',
    ]);
  });

  it('expands glob patterns, and a named path that matches nothing is exit 2 while the rest is checked', async () => {
    write('x/one.blueprint.yaml', VALID);
    write('x/two.blueprint.yaml', VALID);
    const result = await runCli(
      ['check', 'x/*.blueprint.yaml', 'missing.blueprint.yaml', 'y/*.yaml', '--format', 'json'],
      { cwd: dir },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'blueprint: no such file or folder: missing.blueprint.yaml\nblueprint: no file matches y/*.yaml\n',
    );
    expect(JSON.parse(result.stdout)).toHaveLength(2);
  });

  it('a folder without blueprints is exit 2', async () => {
    mkdirSync(join(dir, 'empty'));
    const result = await runCli(['check', 'empty'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      'blueprint: no blueprint (*.blueprint.yaml or *.blueprint.yml) found in empty\n',
    );
  });

  it('unreadable inputs are exit 2 naming the path, and the other files are still checked', async () => {
    write('good.blueprint.yaml', VALID);
    write('locked.blueprint.yaml', VALID);
    chmodSync(join(dir, 'locked.blueprint.yaml'), 0o000);
    mkdirSync(join(dir, 'folder.blueprint.yaml'));
    execFileSync('mkfifo', [join(dir, 'pipe.blueprint.yaml')]);
    const named = ['good.blueprint.yaml', 'pipe.blueprint.yaml', '/dev/zero', 'locked.blueprint.yaml'];
    const result = await runCli(['check', ...named, '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).map((file: { file: string }) => file.file)).toContain(
      'good.blueprint.yaml',
    );
    expect(result.stderr).toContain('blueprint: pipe.blueprint.yaml is not a regular file\n');
    expect(result.stderr).toContain('blueprint: /dev/zero is not a regular file\n');
    if (process.getuid?.() !== 0) expect(result.stderr).toContain('locked.blueprint.yaml: permission denied');
    const folder = await runCli(['check', 'folder.blueprint.yaml', 'good.blueprint.yaml'], { cwd: dir });
    expect(folder).toMatchObject({
      code: 2,
      stderr:
        'blueprint: no blueprint (*.blueprint.yaml or *.blueprint.yml) found in folder.blueprint.yaml\n',
    });
  });

  it('a 50 MB file is refused by the size cap without being read', async () => {
    const big = join(dir, 'big.blueprint.yaml');
    writeFileSync(big, '');
    execFileSync('truncate', ['-s', '50M', big]);
    write('good.blueprint.yaml', VALID);
    const result = await runCli(['check', 'big.blueprint.yaml', 'good.blueprint.yaml', '--format', 'json'], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    const [bigResult, good] = JSON.parse(result.stdout);
    expect(bigResult.findings[0]).toMatchObject({ rule: 'yaml-syntax', line: 1, column: 1 });
    expect(bigResult.findings[0].message).toMatch(/50\.0 MB, over the 10 MB limit/);
    expect(good.errorCount).toBe(0);
  });

  it('--format json is one object per file with the documented fields', async () => {
    write('bad.blueprint.yaml', VALID.replace('modules:', 'modles:'));
    const result = await runCli(['check', 'bad.blueprint.yaml', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    const [file] = JSON.parse(result.stdout);
    expect(Object.keys(file)).toEqual(['file', 'errorCount', 'warningCount', 'findings']);
    expect(Object.keys(file.findings[0])).toEqual([
      'rule',
      'severity',
      'message',
      'line',
      'column',
      'endLine',
      'endColumn',
      'path',
    ]);
  });

  it('--output writes the report to a file, whole, and nothing to stdout', async () => {
    write('a.blueprint.yaml', VALID);
    const result = await runCli(
      ['check', 'a.blueprint.yaml', '--format', 'json', '--output', 'report.json'],
      { cwd: dir },
    );
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))[0].file).toBe('a.blueprint.yaml');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses bad flags with exit 2 and one line', async () => {
    const format = await runCli(['check', '--format', 'xml'], { cwd: repo });
    expect(format).toMatchObject({
      code: 2,
      stderr: "blueprint: unknown format 'xml': use one of stylish, json, sarif, junit, github, gitlab\n",
    });
    const warnings = await runCli(['check', '--max-warnings', 'many'], { cwd: repo });
    expect(warnings).toMatchObject({
      code: 2,
      stderr: "blueprint: --max-warnings takes a whole number (-1 for no maximum), got 'many'\n",
    });
    const option = await runCli(['check', '--frmat', 'json'], { cwd: repo });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("unknown option '--frmat'");
    expect(option.stderr).toContain('--format');
    const preset = await runCli(['check', '--preset', 'qualiopy'], { cwd: repo });
    expect(preset).toMatchObject({
      code: 2,
      stderr:
        "blueprint: --preset: unknown preset 'qualiopy'. Did you mean 'qualiopi'? Presets: recommended, qualiopi\n",
    });
    const rule = await runCli(['check', '--rule', 'schema=off'], { cwd: repo });
    expect(rule).toMatchObject({
      code: 2,
      stderr: "blueprint: --rule schema=off: 'schema' is always on and cannot be configured\n",
    });
  });

  it('colour follows NO_COLOR, FORCE_COLOR and --no-color', async () => {
    write('bad.blueprint.yaml', VALID.replace('modules:', 'modles:'));
    const forced = await runCli(['check', 'bad.blueprint.yaml'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[');
    const off = await runCli(['check', 'bad.blueprint.yaml', '--no-color'], {
      cwd: dir,
      env: { FORCE_COLOR: '1' },
    });
    expect(off.stdout).not.toContain('\u001b[');
    const noColor = await runCli(['check', 'bad.blueprint.yaml', '--color'], {
      cwd: dir,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).toContain('\u001b[');
  });

  it('stylish caps the findings shown per file, json keeps them all', async () => {
    const objectives = Array.from(
      { length: 150 },
      (_, index) => `  - id: O${index}\n    statement: x\n    bloom: think\n`,
    ).join('');
    write(
      'many.blueprint.yaml',
      VALID.replace(/objectives:\n {2}- id: O1\n[\s\S]*?modules:/, `objectives:\n${objectives}modules:`),
    );
    const stylish = await runCli(['check', 'many.blueprint.yaml'], { cwd: dir });
    expect(stylish.stdout).toContain('… and 50 more in this file (use --format json to see them all)');
    expect(stylish.stdout).toContain('✖ 150 problems (150 errors, 0 warnings)');
    const json = await runCli(['check', 'many.blueprint.yaml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout)[0].findings).toHaveLength(150);
  });

  it('paths with spaces, %, commas, colons and non-ASCII are reported as given', async () => {
    const name = 'cours 100% été, v2: final.blueprint.yaml';
    write(name, VALID.replace('modules:', 'modles:'));
    const result = await runCli(['check', name, '--format', 'json'], { cwd: dir });
    expect(JSON.parse(result.stdout)[0].file).toBe(name);
    expect((await runCli(['check', name], { cwd: dir })).stdout.split('\n')[0]).toBe(name);
  });
});

describe('other commands', () => {
  it('blueprint schema prints the shipped schema', async () => {
    const result = await runCli(['schema'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(
      JSON.parse(readFileSync(join(repo, 'schemas/blueprint.schema.json'), 'utf8')),
    );
  });

  it('--version prints the package version, --help lists the commands', async () => {
    const version = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version;
    expect(await runCli(['--version'], { cwd: dir })).toEqual({
      code: 0,
      stdout: `${version}\n`,
      stderr: '',
    });
    const help = await runCli(['--help'], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('check [options] [paths...]');
  });

  it('an unknown command is exit 2 with a suggestion', async () => {
    const result = await runCli(['chekc'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('(Did you mean check?)');
  });
});

describe('the real executable', () => {
  const bin = join(repo, 'bin/blueprint.js');

  it('checks the examples from the repo root with exit 0', () => {
    const result = spawnSync(process.execPath, [bin, 'check', 'examples'], { cwd: repo, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/no problems/);
  });

  it('ends quietly with its exit code when the output is piped to head', () => {
    const objectives = Array.from(
      { length: 3000 },
      (_, index) => `  - id: O${index}\n    statement: x\n    bloom: think\n`,
    ).join('');
    cpSync(join(repo, 'examples'), join(dir, 'examples'), { recursive: true });
    write(
      'many.blueprint.yaml',
      VALID.replace(/objectives:\n {2}- id: O1\n[\s\S]*?modules:/, `objectives:\n${objectives}modules:`),
    );
    const script = `node '${bin}' check many.blueprint.yaml --format json | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('1');
  });
});

describe('no file is lost in a multi-file run', () => {
  it('every damaged file gets its findings and the valid one stays clean', async () => {
    write('run/0-valid.blueprint.yaml', VALID);
    writeFileSync(
      join(dir, 'run/1-binary.blueprint.yaml'),
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0xff, 0x00, 0xfe]),
    );
    write('run/2-deep.blueprint.yaml', `x: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    write(
      'run/3-bomb.blueprint.yaml',
      'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
    );
    write('run/4-empty.blueprint.yaml', '');
    write('run/5-valid.blueprint.yaml', VALID);
    const result = await runCli(['check', 'run', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const files = JSON.parse(result.stdout) as Array<{ file: string; errorCount: number }>;
    expect(files.map((file) => [file.file.replace('run/', ''), file.errorCount])).toEqual([
      ['0-valid.blueprint.yaml', 0],
      ['1-binary.blueprint.yaml', 1],
      ['2-deep.blueprint.yaml', 1],
      ['3-bomb.blueprint.yaml', 1],
      ['4-empty.blueprint.yaml', 1],
      ['5-valid.blueprint.yaml', 0],
    ]);
  });
});

describe('progress on long runs', () => {
  const many = (count: number) => {
    for (let index = 0; index < count; index++)
      write(`p/${String(index).padStart(3, '0')}.blueprint.yaml`, VALID);
  };
  const runWithTerminal = async (env: Record<string, string>) => {
    let stderr = '';
    const code = await run(['check', 'p', '--format', 'json'], {
      stdout: { write: () => undefined, isTTY: false },
      stderr: {
        write: (text) => {
          stderr += text;
        },
        isTTY: true,
      },
      stdinIsTTY: true,
      cwd: dir,
      env,
    });
    return { code, stderr };
  };

  it('shows a progress line on a terminal, then clears it', async () => {
    many(200);
    const { code, stderr } = await runWithTerminal({});
    expect(code).toBe(0);
    expect(stderr).toContain('\rchecking… 50/200 files');
    expect(stderr).toContain('\rchecking… 200/200 files');
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it('shows none in CI, nor on short runs', async () => {
    many(200);
    expect((await runWithTerminal({ CI: 'true' })).stderr).toBe('');
    rmSync(join(dir, 'p'), { recursive: true });
    many(20);
    expect((await runWithTerminal({})).stderr).toBe('');
  });
});
