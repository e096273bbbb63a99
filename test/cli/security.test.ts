// Issue 16: `check` and `render` run on untrusted repositories (pull requests in CI). Each test
// plays an attack on real files and real symbolic links in a temporary folder, through the CLI.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VALID } from '../helpers/check.js';
import { runCli } from '../helpers/io.js';

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
