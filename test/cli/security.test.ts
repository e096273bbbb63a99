// Issue 16: `check` and `render` run on untrusted repositories (pull requests in CI). Each test
// plays an attack on real files and real symbolic links in a temporary folder, through the CLI.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VALID } from '../helpers/check.js';
import { runCli } from '../helpers/io.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** What an attacker wants to read: it must never appear in any output. */
const SECRET = 'API_TOKEN=s3cr3t-value';
let outside: string;
let project: string;

beforeEach(() => {
  outside = realpathSync(mkdtempSync(join(tmpdir(), 'blueprint-sec-')));
  writeFileSync(join(outside, 'secret.env'), `${SECRET}\n`);
  project = join(outside, 'repo');
  mkdirSync(join(project, '.git'), { recursive: true });
  writeFileSync(join(project, '.git', 'config'), `[http]\n\textraheader = ${SECRET}\n`);
});
afterEach(() => rmSync(outside, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(project, path)), { recursive: true });
  writeFileSync(join(project, path), text);
};
const link = (path: string, target: string) => {
  mkdirSync(dirname(join(project, path)), { recursive: true });
  symlinkSync(target, join(project, path));
};
const withFramework = (file: string) =>
  `${VALID.replace('    bloom: understand\nmodules', '    bloom: understand\n    competencies: [C1]\nmodules')}competencies:\n  file: ${JSON.stringify(file)}\n`;
const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'];

/** Runs check in every format; none may quote the secret. Returns the stylish run. */
async function checkEveryFormat(args: string[]) {
  for (const format of FORMATS) {
    const result = await runCli(['check', ...args, '--format', format], { cwd: project });
    expect(`${result.stdout}${result.stderr}`, format).not.toContain('s3cr3t');
  }
  return runCli(['check', ...args], { cwd: project });
}

describe('item 1: files outside the project are neither read nor quoted', () => {
  it('refuses competencies.file leading out of the project, relative or absolute', async () => {
    write('a.blueprint.yaml', withFramework('../secret.env'));
    write('b.blueprint.yaml', withFramework(join(outside, 'secret.env')));
    const result = await checkEveryFormat(['a.blueprint.yaml', 'b.blueprint.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `competency framework \`../secret.env\` (path relative to the blueprint's folder) is outside the project (${project}): it was not read`,
    );
    expect(result.stdout).toContain('is an absolute path: name a file inside the project');
  });

  it('refuses a framework reached through a folder link leading out, and a hidden file inside', async () => {
    link('frameworks', outside);
    write('.env', `${SECRET}\n`);
    write('a.blueprint.yaml', withFramework('frameworks/secret.env'));
    write('b.blueprint.yaml', withFramework('.env'));
    write('c.blueprint.yaml', withFramework('.git/config'));
    const result = await checkEveryFormat(['a.blueprint.yaml', 'b.blueprint.yaml', 'c.blueprint.yaml']);
    expect(result.stdout.match(/is outside the project/g)).toHaveLength(1);
    expect(result.stdout.match(/is a hidden file or inside a hidden folder: it was not read/g)).toHaveLength(
      2,
    );
  });

  it('never quotes a framework file inside the project that is not a framework', async () => {
    write('notes/keys.yaml', `${SECRET}\n`);
    write('notes/broken.yaml', `token: "${SECRET}\n`);
    write('a.blueprint.yaml', withFramework('notes/keys.yaml'));
    write('b.blueprint.yaml', withFramework('notes/broken.yaml'));
    const result = await checkEveryFormat(['a.blueprint.yaml', 'b.blueprint.yaml']);
    expect(result.stdout).toContain('is not a competency framework at line 1, column 1');
    expect(result.stdout).toContain('is not valid YAML at line 1, column 8');
  });

  it('still reads a framework inside the project, beside the nearest config', async () => {
    write('course/.blueprintrc.yaml', 'extends: [recommended]\n');
    write('course/frameworks/f.yaml', 'items:\n  - { id: C1, title: Build charts }\n');
    write('course/a.blueprint.yaml', withFramework('frameworks/f.yaml'));
    write('shared/f.yaml', 'items:\n  - { id: C1, title: Build charts }\n');
    write('course/b.blueprint.yaml', withFramework('../shared/f.yaml'));
    const result = await runCli(['check', 'course', '--format', 'json'], { cwd: project });
    const files = JSON.parse(result.stdout) as { file: string; findings: { message: string }[] }[];
    expect(files[0]?.findings).toEqual([]);
    // The project root is the folder of the nearest config: shared/ lies outside it.
    expect(files[1]?.findings[0]?.message).toContain(`is outside the project (${join(project, 'course')})`);
  });

  it('refuses blueprint links that lead out of the project, into .git, or to a file not named as a blueprint', async () => {
    link('out.blueprint.yaml', join(outside, 'secret.env'));
    link('git.blueprint.yaml', '.git/config');
    write('.env', `${SECRET}\n`);
    link('env.blueprint.yaml', '.env');
    write('real.blueprint.yaml', VALID);
    link('alias.blueprint.yaml', 'real.blueprint.yaml');
    const result = await checkEveryFormat(['.']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `out.blueprint.yaml leads outside the project (${project}): it was not read`,
    );
    expect(result.stdout).toContain(
      'git.blueprint.yaml is a symbolic link to a file that is not a blueprint (*.blueprint.yaml or *.blueprint.yml) outside hidden folders: it was not read',
    );
    expect(result.stdout).toContain(
      'env.blueprint.yaml is a symbolic link to a file that is not a blueprint',
    );
    expect(result.stdout).not.toContain('alias.blueprint.yaml');
    expect(result.stdout).toContain('3 problems (3 errors, 0 warnings) in 3 of 5 files');
  });

  it('refuses a blueprint named through a folder link that leads out of the project', async () => {
    writeFileSync(join(outside, 'x.blueprint.yaml'), `${SECRET}\n`);
    link('linked', outside);
    const result = await checkEveryFormat(['linked/x.blueprint.yaml']);
    expect(result.stdout).toContain('linked/x.blueprint.yaml leads outside the project');
  });

  it('refuses to render a blueprint link leading out, and a config link leading out', async () => {
    link('out.blueprint.yaml', join(outside, 'secret.env'));
    const render = await runCli(['render', 'out.blueprint.yaml'], { cwd: project });
    expect(render).toEqual({
      code: 2,
      stdout: '',
      stderr: `blueprint: out.blueprint.yaml leads outside the project (${project}): it was not read, as links are followed only inside the project\n`,
    });
    write('a.blueprint.yaml', VALID);
    link('.blueprintrc.yaml', join(outside, 'secret.env'));
    const check = await runCli(['check', 'a.blueprint.yaml'], { cwd: project });
    expect(check.code).toBe(2);
    expect(check.stderr).toContain(`config ${join(project, '.blueprintrc.yaml')} leads outside the project`);
    expect(check.stderr).not.toContain('s3cr3t');
  });
});

describe('item 2: outputs replace only what they should', () => {
  it('refuses to write a report or a document onto a file the run reads, whatever name reaches it', async () => {
    write('a.blueprint.yaml', VALID);
    write('.blueprintrc.yaml', 'extends: [recommended]\n');
    link('alias.md', 'a.blueprint.yaml');
    const attempts = [
      ['render', 'a.blueprint.yaml', '-o', 'a.blueprint.yaml'],
      ['render', 'a.blueprint.yaml', '--out', 'alias.md'],
      ['check', 'a.blueprint.yaml', '--format', 'json=a.blueprint.yaml'],
      ['check', 'a.blueprint.yaml', '--format', 'sarif', '--output', './a.blueprint.yaml'],
      ['check', 'a.blueprint.yaml', '--format', 'junit=.blueprintrc.yaml'],
    ];
    for (const argv of attempts) {
      const result = await runCli(argv, { cwd: project });
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^blueprint: refusing to write to \S+: it is a file this run reads/);
    }
    expect(readFileSync(join(project, 'a.blueprint.yaml'), 'utf8')).toBe(VALID);
    expect(readFileSync(join(project, '.blueprintrc.yaml'), 'utf8')).toBe('extends: [recommended]\n');
    expect(lstatSync(join(project, 'alias.md')).isSymbolicLink()).toBe(true);
  });

  it('writes into a FIFO in place, and leaves it a FIFO', async () => {
    write('a.blueprint.yaml', VALID);
    const fifo = join(project, 'report.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk) => {
      read += chunk;
    });
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const result = await runCli(['check', 'a.blueprint.yaml', '--format', 'json', '-o', 'report.fifo'], {
      cwd: project,
    });
    const stillFifo = lstatSync(fifo).isFIFO();
    if (!stillFifo) reader.kill(); // replaced by a plain file: the reader would wait forever
    await closed;
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(stillFifo).toBe(true);
    expect(JSON.parse(read)[0].file).toBe('a.blueprint.yaml');
  });

  // A link to /dev/null, not /dev/null itself: were this ever to regress under root, it would
  // replace the link in a temporary folder, not the machine's /dev/null.
  it('writes through a link to a device in place: the link and the device stay', async () => {
    write('a.blueprint.yaml', VALID);
    link('null.json', '/dev/null');
    const result = await runCli(['check', 'a.blueprint.yaml', '--format', 'json=null.json'], {
      cwd: project,
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(lstatSync(join(project, 'null.json')).isSymbolicLink()).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  // /dev/fd/1 and /proc/self/fd/1 rather than /dev/stdout (which the same rule covers): on a
  // regression they fail without touching /dev, where a rename as root would replace the link.
  it("writes to the process's standard output by /dev/fd/1 and /proc/self/fd/1 (the real executable)", () => {
    write('a.blueprint.yaml', VALID);
    for (const stream of ['/dev/fd/1', '/proc/self/fd/1']) {
      const out = join(outside, 'stdout.txt');
      const fd = openSync(out, 'w');
      const result = spawnSync(
        process.execPath,
        [join(repo, 'bin/blueprint.js'), 'check', 'a.blueprint.yaml', '--format', 'json', '--output', stream],
        { cwd: project, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' },
      );
      closeSync(fd);
      expect(result.stderr, stream).toBe('');
      expect(result.status).toBe(0);
      expect(JSON.parse(readFileSync(out, 'utf8'))[0].file).toBe('a.blueprint.yaml');
    }
  });

  it('replaces a regular file atomically, keeping its mode, and through a link keeps the link', async () => {
    write('a.blueprint.yaml', VALID);
    write('reports/report.json', 'old');
    chmodSync(join(project, 'reports/report.json'), 0o600);
    link('latest.json', 'reports/report.json');
    const result = await runCli(['check', 'a.blueprint.yaml', '--format', 'json', '-o', 'latest.json'], {
      cwd: project,
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(lstatSync(join(project, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(project, 'reports/report.json'), 'utf8'))[0].file).toBe(
      'a.blueprint.yaml',
    );
    expect(statSync(join(project, 'reports/report.json')).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(project, 'reports'))).toEqual(['report.json']);
  });

  it("refuses `render -o ''` as `--output ''` is refused, and says what is wrong in words", async () => {
    write('a.blueprint.yaml', VALID);
    mkdirSync(join(project, 'folder'));
    const cases: Array<[string[], string]> = [
      [['render', 'a.blueprint.yaml', '-o', ''], 'blueprint: --out needs a file name\n'],
      [['check', 'a.blueprint.yaml', '-o', ''], 'blueprint: --output needs a file name\n'],
      [
        ['render', 'a.blueprint.yaml', '-o', 'missing/x.md'],
        'blueprint: cannot write missing/x.md: its folder does not exist\n',
      ],
      [['render', 'a.blueprint.yaml', '-o', 'folder'], 'blueprint: cannot write folder: it is a folder\n'],
      [
        ['check', 'a.blueprint.yaml', '--format', 'json=folder'],
        'blueprint: cannot write the report to folder: it is a folder\n',
      ],
    ];
    for (const [argv, stderr] of cases) {
      expect(await runCli(argv, { cwd: project }), argv.join(' ')).toMatchObject({ code: 2, stderr });
    }
  });
});

/** C0 controls but tab and LF, DEL and C1 controls: what must never reach a terminal or a log raw. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const many = (count: number) =>
  `${VALID}${Array.from({ length: count }, (_, index) => `unknown${index}: 1\n`).join('')}`;

describe('item 3: no injection through file names, keys or messages', () => {
  it('github: a line end in a file name never starts a workflow command, annotated or past the cap', async () => {
    write('a\n::warning title=pwned::before the cap.blueprint.yaml', many(1));
    write('m.blueprint.yaml', many(12));
    write('z\n::warning title=pwned::after the cap\r::error::x.blueprint.yaml', many(2));
    const result = await runCli(['check', '.', '--format', 'github'], { cwd: project });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.includes('pwned'))).toHaveLength(3);
    for (const line of lines) {
      expect(line, line).toMatch(
        /^(::(error|warning|notice) [a-zA-Z]+=|(error|warning) |course-blueprint: )/,
      );
      expect(line).not.toMatch(/^::warning title=pwned/);
      expect(line).not.toContain('\r');
    }
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^error z\\x0A::warning title=pwned::after the cap\\x0D::error::x\.blueprint\.yaml:25:1 {2}unknown key/,
      ),
    );
  });

  it('ESC and BEL in a key reach no format raw, and the message calls them control characters', async () => {
    write(
      '\u001b[2Jclear.blueprint.yaml',
      VALID.replace('title: Tiny course', '"ti\\e[2J\\e[8mtle\\a": Tiny course'),
    );
    for (const format of FORMATS) {
      const result = await runCli(['check', '.', '--format', format], { cwd: project });
      expect(result.code, format).toBe(1);
      expect(RAW_CONTROL.test(result.stdout), `${format}: ${JSON.stringify(result.stdout)}`).toBe(false);
    }
    const { stdout } = await runCli(['check', '.'], { cwd: project });
    expect(stdout).toContain('\\x1B[2Jclear.blueprint.yaml');
    expect(stdout).toContain('unknown key `ti\\x1B[2J\\x1B[8mtle\\x07`');
    expect(stdout).toContain('(it contains the control character U+001B)');
    expect(stdout).not.toContain('non-ASCII');
    const json = await runCli(['check', '.', '--format', 'json'], { cwd: project });
    // JSON escapes are lossless: the data still holds the exact key.
    expect(JSON.parse(json.stdout)[0].findings[1].message).toContain('ti\u001b[2J\u001b[8mtle\u0007');
  });

  it('C1 controls and bidirectional overrides in a file name are escaped in stylish, github and junit', async () => {
    write('x\u009b31m\u202eevil.blueprint.yaml', many(1));
    for (const format of ['stylish', 'github', 'junit']) {
      const { stdout } = await runCli(['check', '.', '--format', format], { cwd: project });
      expect(stdout, format).toContain('x\\x9B31m\\u202Eevil.blueprint.yaml');
      expect(/[\u009b\u202e]/.test(stdout), format).toBe(false);
    }
    const json = await runCli(['check', '.', '--format', 'json'], { cwd: project });
    expect(/[\u009b\u202e]/.test(json.stdout)).toBe(false);
    expect(json.stdout).toContain('x\\u009b31m\\u202eevil.blueprint.yaml');
    expect(JSON.parse(json.stdout)[0].file).toBe('x\u009b31m\u202eevil.blueprint.yaml');
    const sarif = await runCli(['check', '.', '--format', 'sarif'], { cwd: project });
    expect(sarif.stdout).toContain('"uri": "x%C2%9B31m%E2%80%AEevil.blueprint.yaml"');
  });

  it("render shows control characters of the blueprint's values as escapes, never raw", async () => {
    write('a.blueprint.yaml', VALID.replace('title: Tiny course', 'title: "Tiny \\e[2J\\a\\u202Ecourse"'));
    for (const template of ['syllabus', 'programme', 'matrix']) {
      const result = await runCli(['render', 'a.blueprint.yaml', '-t', template, '--allow-incomplete'], {
        cwd: project,
      });
      expect(result.code, template).toBe(0);
      expect(RAW_CONTROL.test(result.stdout) || result.stdout.includes('\u202e'), template).toBe(false);
    }
    const { stdout } = await runCli(['render', 'a.blueprint.yaml'], { cwd: project });
    // The title is printed literally: its `[` escaped, so that a Markdown reader sees it as written.
    expect(stdout).toContain('# Tiny \\x1B\\[2J\\x07\\u202Ecourse');
  });

  it('the pre-commit hook ends options before file names: a file named like an option stays a file', async () => {
    const hooks = readFileSync(join(repo, '.pre-commit-hooks.yaml'), 'utf8');
    const entry = /^\s*entry:\s*(.+)$/m.exec(hooks)?.[1]?.trim() ?? '';
    expect(entry.split(' ')[0]).toBe('blueprint');
    write('victim.blueprint.yaml', VALID);
    write('--format=json=victim.blueprint.yaml', VALID);
    // pre-commit runs the entry, then the hook's args (none), then the staged file names.
    const result = await runCli([...entry.split(' ').slice(1), '--format=json=victim.blueprint.yaml'], {
      cwd: project,
    });
    expect(result).toEqual({ code: 0, stdout: '✔ 1 file checked, no problems\n', stderr: '' });
    expect(readFileSync(join(project, 'victim.blueprint.yaml'), 'utf8')).toBe(VALID);
  });
});

describe('item 6: the smaller ones', () => {
  it('refuses an include, render or layout whose file name is computed from data, writing nothing', async () => {
    write('a.blueprint.yaml', VALID);
    write('templates/tiny-course.liquid', SECRET);
    write('templates/header.liquid', 'Header\n');
    const cases: Array<[string, string]> = [
      [
        '{% include {{ blueprint.id }} %}',
        'templates/t.liquid:2:1: {% include %} must name its file as written',
      ],
      [
        '{% render "{{ blueprint.id }}" %}',
        'templates/t.liquid:2:1: {% render %} must name its file as written',
      ],
      [
        '{% layout {{ blueprint.id }} %}',
        'templates/t.liquid:2:1: {% layout %} must name its file as written',
      ],
    ];
    for (const [tag, message] of cases) {
      write('templates/t.liquid', `{% include header.liquid %}\n${tag}\n`);
      const result = await runCli(
        ['render', 'a.blueprint.yaml', '-t', 'templates/t.liquid', '-o', 'out.md'],
        {
          cwd: project,
        },
      );
      expect(result.code, tag).toBe(2);
      expect(result.stderr).toContain(`blueprint: ${message}`);
      expect(result.stdout + result.stderr).not.toContain('s3cr3t');
      expect(readdirSync(project)).not.toContain('out.md');
    }
    write('templates/t.liquid', '{% include header.liquid %}{{ blueprint.id }}\n');
    const literal = await runCli(['render', 'a.blueprint.yaml', '-t', 'templates/t.liquid'], {
      cwd: project,
    });
    expect(literal).toEqual({ code: 0, stdout: 'Header\ntiny-course\n', stderr: '' });
  });

  it('reports UTF-16 without a byte-order mark as UTF-16, and suggests \\uFFFF for U+FFFF', async () => {
    writeFileSync(join(project, 'utf16.blueprint.yaml'), Buffer.from(VALID, 'utf16le'));
    write('ffff.blueprint.yaml', VALID.replace('id: tiny-course', 'id: "tiny\uffffcourse"'));
    const result = await runCli(['check', '.', '--format', 'json'], { cwd: project });
    const [ffff, utf16] = JSON.parse(result.stdout) as { findings: { message: string; line: number }[] }[];
    expect(utf16?.findings).toMatchObject([
      { message: 'the file is UTF-16 (without a byte-order mark), not UTF-8: save it as UTF-8', line: 1 },
    ]);
    expect(ffff?.findings[0]?.message).toBe(
      'control character U+FFFF is not allowed in YAML: remove it, or write it as an escape ("\\uFFFF") inside double quotes',
    );
  });

  it('FORCE_COLOR=false and FORCE_COLOR=0 turn colour off; another value turns it on', async () => {
    write('a.blueprint.yaml', many(1));
    const colour = async (value: string) =>
      (
        await runCli(['check', 'a.blueprint.yaml'], { cwd: project, env: { FORCE_COLOR: value } })
      ).stdout.includes('\u001b[');
    expect(await colour('false')).toBe(false);
    expect(await colour('FALSE')).toBe(false);
    expect(await colour('0')).toBe(false);
    expect(await colour('1')).toBe(true);
    expect(await colour('')).toBe(true);
  });

  it('a run whose only file cannot be read prints no "no problems" summary', async () => {
    execFileSync('mkfifo', [join(project, 'pipe.blueprint.yaml')]);
    for (const format of ['stylish', 'json']) {
      const result = await runCli(['check', 'pipe.blueprint.yaml', '--format', format], { cwd: project });
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: 'blueprint: pipe.blueprint.yaml is not a regular file\n',
      });
    }
  });

  it('init --ci github that fails while writing leaves no folder behind (a file size limit stands for a full disk)', () => {
    const bin = join(repo, 'bin/blueprint.js');
    // Ignoring SIGXFSZ turns the limit into an EFBIG error, as a full disk gives ENOSPC.
    const script = `trap '' XFSZ; ulimit -f 1; exec "${process.execPath}" "${bin}" init "$1" --yes --ci github`;
    for (const target of ['new/course', 'existing']) {
      if (target === 'existing') mkdirSync(join(project, target));
      const result = spawnSync('bash', ['-c', script, 'bash', target], { cwd: project, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toMatch(
        /^blueprint: could not write into .*: the file is larger than the system allows \(a file size limit\); nothing written\.\n$/,
      );
    }
    expect(readdirSync(project).sort()).toEqual(['.git', 'existing']);
    expect(readdirSync(join(project, 'existing'))).toEqual([]);
  });

  it('neither ** globs nor folder walks follow a link to a folder: each file is checked once', async () => {
    write('real/x.blueprint.yaml', VALID);
    link('again', 'real');
    link('real/loop', '..');
    for (const paths of [['**/*.blueprint.yaml'], ['.'], ['*/x.blueprint.yaml']]) {
      const result = await runCli(['check', ...paths, '--format', 'json'], { cwd: project });
      expect(result.code, paths.join(' ')).toBe(0);
      expect(JSON.parse(result.stdout).map((file: { file: string }) => file.file)).toEqual([
        'real/x.blueprint.yaml',
      ]);
    }
    // A folder named on the command line is searched, even through a link.
    const named = await runCli(['check', 'again', '--format', 'json'], { cwd: project });
    expect(JSON.parse(named.stdout).map((file: { file: string }) => file.file)).toEqual([
      'again/x.blueprint.yaml',
    ]);
  });
});

describe('item 1, the project root through links', () => {
  it('never takes a linked folder below the working folder as the root, even when it holds a .git', async () => {
    const other = join(outside, 'other-repo');
    mkdirSync(join(other, '.git'), { recursive: true });
    writeFileSync(join(other, 'x.blueprint.yaml'), `${SECRET}\n`);
    link('vendor/other', other);
    const result = await checkEveryFormat(['vendor/other/x.blueprint.yaml']);
    expect(result.stdout).toContain(`vendor/other/x.blueprint.yaml leads outside the project (${project})`);
  });
});
