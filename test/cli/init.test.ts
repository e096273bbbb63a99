import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/program.js';
import { checkAll, describeFindings, freshDir, runCommand, runInit } from '../init/helpers.js';

/** A fresh folder that is a git repository (a real `git init`): where `--ci` can write its pipeline. */
const gitRepo = () => {
  const dir = freshDir();
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
};

/** Every file under `dir` (recursively) with its bytes. */
const read = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !/[\\/]\.git(?:[\\/]|$)/.test(entry.parentPath))
      .map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name))]),
  );

describe('blueprint init --yes', () => {
  it('writes a blueprint with the schema modeline first and a config, then says what to run next', async () => {
    const dir = freshDir();
    const result = await runInit(
      ['--yes', '--title', 'Intro à la Data', '--lang', 'fr', '--starter', 'course'],
      {
        cwd: dir,
      },
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(dir).sort()).toEqual(['.blueprintrc.yaml', 'intro-a-la-data.blueprint.yaml']);
    const blueprint = readFileSync(join(dir, 'intro-a-la-data.blueprint.yaml'), 'utf8');
    expect(blueprint.split('\n')[0]).toBe(
      `# yaml-language-server: $schema=https://cdn.jsdelivr.net/npm/course-blueprint@${VERSION}/schemas/blueprint.schema.json`,
    );
    expect(describeFindings(checkAll(blueprint).findings)).toEqual([]);
    expect(result.stdout).toBe(
      [
        'Created:',
        '  intro-a-la-data.blueprint.yaml',
        '  .blueprintrc.yaml',
        '',
        'Next:',
        '  npx course-blueprint check intro-a-la-data.blueprint.yaml',
        '  npx course-blueprint render intro-a-la-data.blueprint.yaml',
        '',
      ].join('\n'),
    );
  });

  it('run twice in the same folder: exit 2 naming the file, the first files byte-identical', async () => {
    const dir = gitRepo();
    expect((await runInit(['--yes', '--ci', 'github'], { cwd: dir })).code).toBe(0);
    const before = read(dir);
    const again = await runInit(['--yes', '--ci', 'github', '--duration', '3h'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      'blueprint: giving-feedback-that-helps.blueprint.yaml already exists: nothing written (--force replaces it).\n',
    );
    expect(Object.keys(before)).toHaveLength(3);
    expect(read(dir)).toEqual(before);
  });

  it('--force replaces the blueprint but keeps a customised config; --force-config replaces it too', async () => {
    const dir = freshDir();
    await runInit(['--yes'], { cwd: dir });
    const tuned = 'extends: [recommended, qualiopi]\nrules:\n  duration-under-budget: off\n';
    writeFileSync(join(dir, '.blueprintrc.yaml'), tuned);
    const result = await runInit(['--yes', '--force', '--duration', '3h'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'giving-feedback-that-helps.blueprint.yaml'), 'utf8')).toMatch(
      /^ {2}duration: 3h$/m,
    );
    expect(readFileSync(join(dir, '.blueprintrc.yaml'), 'utf8')).toBe(tuned);
    expect(result.stdout).toContain(
      'Created:\n  giving-feedback-that-helps.blueprint.yaml\nKept (--force-config replaces it):\n  .blueprintrc.yaml\n',
    );
    const replaced = await runInit(['--yes', '--force', '--force-config'], { cwd: dir });
    expect(replaced.code).toBe(0);
    expect(readFileSync(join(dir, '.blueprintrc.yaml'), 'utf8')).toMatch(/^extends: \[recommended\]/m);
    expect(await runInit(['--yes', '--force-config'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'blueprint: --force-config goes with --force: it also replaces an existing config.\n',
    });
  });

  it('--ci github in a sub-folder writes the workflow at the repository root, checking that folder', async () => {
    const repo = gitRepo();
    const cwd = join(repo, 'courses');
    mkdirSync(cwd);
    const result = await runInit(['sql', '--yes', '--ci', 'github'], { cwd });
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(existsSync(join(cwd, 'sql', '.github'))).toBe(false);
    const workflow = readFileSync(join(repo, '.github/workflows/blueprint.yml'), 'utf8');
    expect(workflow).toContain('-- blueprint check courses/sql --format github');
    expect(result.stdout).toContain('  ../.github/workflows/blueprint.yml\n');
  });

  it('--ci outside any git repository writes nothing and says to run git init', async () => {
    const dir = freshDir();
    const result = await runInit(['--yes', '--ci', 'gitlab'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^blueprint: --ci gitlab writes the pipeline at the root of the git repository, and \. is in none: run 'git init' first\. Nothing written\.\n$/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes into a named folder, creating it, with paths relative to the current folder', async () => {
    const cwd = gitRepo();
    const result = await runInit(['courses/new one', '--yes', '--starter', 'flash', '--ci', 'gitlab'], {
      cwd,
    });
    expect(result.code).toBe(0);
    // The job goes at the repository's root, where GitLab includes it from, and checks the folder.
    expect(readFileSync(join(cwd, '.gitlab/ci/blueprint.gitlab-ci.yml'), 'utf8')).toMatch(
      /blueprint check 'courses\/new one' --format stylish --format gitlab=course-blueprint\.codequality\.json --format junit=course-blueprint\.junit\.xml/,
    );
    expect(existsSync(join(cwd, 'courses/new one/.gitlab'))).toBe(false);
    expect(result.stdout).toContain(
      "  npx course-blueprint check 'courses/new one/clear-email-subject-lines.blueprint.yaml'\n",
    );
    expect(existsSync(join(cwd, 'courses/new one/.gitlab-ci.yml'))).toBe(false);
  });

  it('--ci github writes a workflow that checks on push and pull request, SARIF upload opt-in', async () => {
    const dir = gitRepo();
    await runInit(['--yes', '--ci', 'github'], { cwd: dir });
    const workflow = readFileSync(join(dir, '.github/workflows/blueprint.yml'), 'utf8');
    expect(workflow).toMatch(/^ {2}push:\n {2}pull_request:$/m);
    expect(workflow).toMatch(/blueprint check --format github --format sarif=course-blueprint\.sarif/);
    expect(workflow).toMatch(/upload-sarif/);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
    expect(workflow).toContain("if: ${{ always() && vars.BLUEPRINT_UPLOAD_SARIF == 'true' }}");
    expect(workflow).not.toContain('{{version}}');
  });

  it.each(['github', 'gitlab'])(
    "the %s pipeline's check command passes on the new blueprint and writes its report",
    async (ci) => {
      const dir = gitRepo();
      await runInit(['--yes', '--ci', ci, '--starter', 'blended', '--duration', '13h'], { cwd: dir });
      const pipeline = readFileSync(
        join(dir, ci === 'github' ? '.github/workflows/blueprint.yml' : '.gitlab/ci/blueprint.gitlab-ci.yml'),
        'utf8',
      );
      const command = /-- blueprint (check .*)$/m.exec(pipeline)?.[1] ?? '';
      const result = await runCommand(command.split(' '), dir);
      expect(result.code, result.stderr).toBe(0);
      const report = readFileSync(
        join(dir, ci === 'github' ? 'course-blueprint.sarif' : 'course-blueprint.junit.xml'),
        'utf8',
      );
      if (ci === 'github') expect(JSON.parse(report)).toMatchObject({ version: '2.1.0' });
      else expect(report).toContain('<testsuite name="running-effective-meetings.blueprint.yaml"');
    },
  );

  it('refuses a symbolic link among the targets and writes nothing', async () => {
    const dir = freshDir();
    const outside = join(freshDir(), 'elsewhere.yaml');
    writeFileSync(outside, 'keep\n');
    symlinkSync(outside, join(dir, 'giving-feedback-that-helps.blueprint.yaml'));
    const result = await runInit(['--yes', '--force'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is a symbolic link/);
    expect(readFileSync(outside, 'utf8')).toBe('keep\n');
    expect(existsSync(join(dir, '.blueprintrc.yaml'))).toBe(false);
  });
});

describe('blueprint init without --yes', () => {
  const refusal =
    'pass --yes, with --title, --lang, --starter, --duration, --modality, --audience, --level as needed. Nothing written.\n';

  it('without a terminal: exit 2, one line, nothing written', async () => {
    const dir = freshDir();
    const result = await runInit(['--title', 'X'], { cwd: dir, tty: false });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `blueprint: init cannot ask questions without a terminal: ${refusal}`,
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('on a terminal, stops before the first question when the config is already there', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, '.blueprintrc.yaml'), 'extends: [recommended]\n');
    const result = await runInit([], { cwd: dir, tty: true });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'blueprint: .blueprintrc.yaml already exists: nothing written (--force replaces it).\n',
    });
  });

  it('with CI set, even on a terminal: exit 2, nothing written', async () => {
    const dir = freshDir();
    const result = await runInit([], { cwd: dir, tty: true, env: { CI: '1' } });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `blueprint: init cannot ask questions when CI is set: ${refusal}`,
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('bad flags: exit 2, one line with the fix, nothing written', () => {
  it.each([
    [
      ['--duration', '3 hours'],
      "--duration takes a duration such as 45min, 3h, 1h30, 2d or PT1H30M, got '3 hours'. Did you mean '3h'?",
    ],
    [
      ['--duration', '1,5 heures'],
      "--duration takes a duration such as 45min, 3h, 1h30, 2d or PT1H30M, got '1,5 heures'. Did you mean '1.5h'?",
    ],
    [
      ['--duration', 'soon'],
      "--duration takes a duration such as 45min, 3h, 1h30, 2d or PT1H30M, got 'soon'.",
    ],
    [['--duration', '5min'], "--duration takes a total between 15min and 200h, got '5min' (5min)."],
    [
      ['--modality', 'online'],
      "--modality takes one of in-person, remote, blended, self-paced, got 'online'. Did you mean 'remote'?",
    ],
    [
      ['--modality', 'in-peson'],
      "--modality takes one of in-person, remote, blended, self-paced, got 'in-peson'. Did you mean 'in-person'?",
    ],
    [
      ['--starter', 'worshop'],
      "--starter takes one of workshop, course, elearning, blended, flash, got 'worshop'. Did you mean 'workshop'?",
    ],
    [['--lang', 'french'], "--lang takes one of en, fr, got 'french'. Did you mean 'fr'?"],
    [
      ['--level', 'expert'],
      "--level takes one of beginner, intermediate, advanced, got 'expert'. Did you mean 'advanced'?",
    ],
    [['--title', '  '], '--title cannot be empty.'],
    [['--ci', 'githb'], "--ci takes one of github, gitlab, got 'githb'. Did you mean 'github'?"],
  ])('%j', async (flags, message) => {
    const dir = freshDir();
    const result = await runInit(['--yes', ...flags], { cwd: dir });
    expect(result).toEqual({ code: 2, stdout: '', stderr: `blueprint: ${message}\n` });
    expect(readdirSync(dir)).toEqual([]);
  });
});
