import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FAIL_ON_CLASSES } from '../../src/diff/classes.js';
import { UsageError } from '../../src/errors.js';
import { openRepository, resolveRevision, siblingPath } from '../../src/git/git.js';
import { edit, PROGRAMME, WITH_FRAMEWORK, WORKSHOP } from '../diff/helpers.js';
import { git } from '../helpers/git.js';
import { runCli } from '../helpers/io.js';

const FRAMEWORK = 'framework: Team leadership\nitems:\n  - { id: C1, title: Give feedback }\n';
const RAISED = edit(WORKSHOP, [
  '    bloom: evaluate\n    knowledge: metacognitive',
  '    bloom: create\n    knowledge: metacognitive',
]);
const SHORTER = edit(RAISED, [
  '    title: Role plays\n    duration: 2h',
  '    title: Role plays\n    duration: 1h40',
]);

let repo: string;

/**
 * A repository with history: commit 1 has two courses and a framework; commit 2 raises an
 * objective, moves the French programme to another name and changes its price; the working tree
 * then shortens a module and has an untracked new course.
 */
beforeAll(() => {
  repo = realpathSync(mkdtempSync(join(tmpdir(), 'blueprint-diff-')));
  git(repo, 'init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'courses'));
  writeFileSync(join(repo, 'courses', 'feedback.blueprint.yaml'), WORKSHOP);
  writeFileSync(join(repo, 'courses', 'excel.blueprint.yaml'), PROGRAMME);
  writeFileSync(join(repo, 'courses', 'leads.blueprint.yaml'), WITH_FRAMEWORK);
  writeFileSync(join(repo, 'courses', 'framework.yaml'), FRAMEWORK);
  writeFileSync(join(repo, 'README.md'), '# Courses\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'first');
  writeFileSync(join(repo, 'courses', 'feedback.blueprint.yaml'), RAISED);
  renameSync(
    join(repo, 'courses', 'excel.blueprint.yaml'),
    join(repo, 'courses', 'excel-tcd.blueprint.yaml'),
  );
  writeFileSync(
    join(repo, 'courses', 'excel-tcd.blueprint.yaml'),
    edit(PROGRAMME, ['amount: 1290', 'amount: 1390']),
  );
  writeFileSync(
    join(repo, 'courses', 'framework.yaml'),
    FRAMEWORK.replace('Give feedback', 'Give and receive feedback'),
  );
  writeFileSync(join(repo, 'README.md'), '# Our courses\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'second');
  writeFileSync(join(repo, 'courses', 'feedback.blueprint.yaml'), SHORTER);
  writeFileSync(
    join(repo, 'courses', 'new.blueprint.yaml'),
    WORKSHOP.replace('id: feedback-workshop', 'id: new-course'),
  );
});

const json = async (argv: string[], cwd = repo, env: Record<string, string> = {}) => {
  // The format goes before the operands: after `--`, everything is a path.
  const result = await runCli([argv[0] as string, '--format', 'json', ...argv.slice(1)], { cwd, env });
  return { ...result, report: result.stdout ? JSON.parse(result.stdout) : undefined };
};

describe('blueprint diff with git', () => {
  it('compares every changed blueprint between two revisions, pairing a renamed file', async () => {
    const { code, report } = await json(['diff', 'HEAD~1', 'HEAD']);
    expect(code).toBe(0);
    expect(
      report.files.map((f: { file: string; oldFile?: string; status: string }) => [
        f.file,
        f.oldFile,
        f.status,
      ]),
    ).toEqual([
      ['courses/excel-tcd.blueprint.yaml', 'courses/excel.blueprint.yaml', 'modified'],
      ['courses/feedback.blueprint.yaml', undefined, 'modified'],
    ]);
    expect(report.files[1].changes.map((c: { class: string }) => c.class)).toEqual([
      'objective-level-changed',
    ]);
    expect(report.files[0].changes.map((c: { class: string }) => c.class)).toEqual([
      'price-changed',
      'programme-changed-without-update',
    ]);
  });

  it('reads the competency framework a blueprint names at the same revision, not from the working tree', async () => {
    writeFileSync(join(repo, 'courses', 'framework.yaml'), FRAMEWORK.replace('Give feedback', 'Coach'));
    try {
      const { report } = await json(['diff', 'HEAD~1', 'HEAD', '--', 'courses/leads.blueprint.yaml']);
      expect(report.files[0].changes).toEqual([
        expect.objectContaining({
          class: 'competency-retitled',
          before: 'Give feedback',
          after: 'Give and receive feedback',
        }),
      ]);
    } finally {
      writeFileSync(
        join(repo, 'courses', 'framework.yaml'),
        FRAMEWORK.replace('Give feedback', 'Give and receive feedback'),
      );
    }
  });

  it('compares a revision with the working tree from a subfolder, untracked blueprints included', async () => {
    const { code, report } = await json(['diff', 'HEAD~1'], join(repo, 'courses'));
    expect(code).toBe(0);
    expect(report.to).toBe('working tree');
    const byFile = Object.fromEntries(
      report.files.map((f: { file: string; status: string }) => [f.file, f.status]),
    );
    expect(byFile).toEqual({
      'excel-tcd.blueprint.yaml': 'modified',
      'feedback.blueprint.yaml': 'modified',
      'new.blueprint.yaml': 'added',
    });
    const feedback = report.files.find((f: { file: string }) => f.file === 'feedback.blueprint.yaml');
    expect(feedback.changes.map((c: { class: string }) => c.class)).toEqual([
      'objective-level-changed',
      'module-duration-changed',
    ]);
  });

  it('compares one file with a revision, named after --, changed or not', async () => {
    const { report } = await json(
      ['diff', 'main', '--', 'feedback.blueprint.yaml', 'leads.blueprint.yaml'],
      join(repo, 'courses'),
    );
    expect(report.from).toBe('main');
    expect(report.files.map((f: { file: string; status: string }) => `${f.file} ${f.status}`)).toEqual([
      'feedback.blueprint.yaml modified',
      'leads.blueprint.yaml unchanged',
    ]);
  });

  it('reads a file named before -- as a path (blueprint diff HEAD~1 x.blueprint.yaml)', async () => {
    const { report } = await json(['diff', 'HEAD~1', 'courses/feedback.blueprint.yaml']);
    expect(report.files).toHaveLength(1);
    expect(report.files[0].changes).toHaveLength(2);
  });

  it('writes the markdown summary to a file while the terminal gets stylish', async () => {
    const result = await runCli(
      ['diff', 'HEAD~1', '--format', 'stylish', '--format', 'markdown=summary.md'],
      { cwd: repo },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^HEAD~1 → working tree\n/);
    expect(readFileSync(join(repo, 'summary.md'), 'utf8')).toMatch(
      /^### Blueprint changes: HEAD\\~1 → working tree\n/,
    );
    const refused = await runCli(['diff', 'HEAD', '--format', 'markdown=courses/feedback.blueprint.yaml'], {
      cwd: repo,
    });
    expect(refused.code).toBe(2);
    expect(readFileSync(join(repo, 'courses', 'feedback.blueprint.yaml'), 'utf8')).toBe(SHORTER);
  });

  it('never touches the working tree or the index', async () => {
    const status = git(repo, 'status', '--porcelain=v1', '--untracked-files=all');
    const head = git(repo, 'rev-parse', 'HEAD');
    await runCli(['diff', 'HEAD~1'], { cwd: repo });
    await runCli(['diff', 'HEAD~1', 'HEAD', '--', 'courses'], { cwd: repo });
    expect(git(repo, 'status', '--porcelain=v1', '--untracked-files=all')).toBe(status);
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('exits 1 on a --fail-on class it finds, 0 on one it does not', async () => {
    const failed = await runCli(
      ['diff', 'HEAD~1', 'HEAD', '--fail-on', 'objective-removed,objective-level-changed'],
      { cwd: repo },
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe('blueprint: --fail-on: found objective-level-changed\n');
    const programme = await runCli(
      ['diff', 'HEAD~1', 'HEAD', '--fail-on', 'programme-changed-without-update'],
      { cwd: repo },
    );
    expect(programme.code).toBe(1);
    expect(
      (await runCli(['diff', 'HEAD~1', 'HEAD', '--fail-on', 'objective-removed'], { cwd: repo })).code,
    ).toBe(0);
  });

  it('speaks French when the environment does, or when asked', async () => {
    const fromEnv = await runCli(['diff', 'HEAD~1', 'HEAD'], { cwd: repo, env: { LANG: 'fr_FR.UTF-8' } });
    expect(fromEnv.stdout).toContain('objectif O4\u00a0: niveau de Bloom evaluate → create (relevé)');
    const asked = await runCli(['diff', 'HEAD~1', 'HEAD', '--locale', 'fr'], {
      cwd: repo,
      env: { LANG: 'en_US.UTF-8' },
    });
    expect(asked.stdout).toBe(fromEnv.stdout);
  });
});

describe('blueprint diff: what it cannot do, in one line, exit 2', () => {
  it('outside a git repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'blueprint-nogit-'));
    const result = await runCli(['diff', 'HEAD'], { cwd: outside });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^blueprint: .* is not inside a git repository: compare two files instead \(blueprint diff OLD NEW\)\n$/,
    );
  });

  it('an unknown revision', async () => {
    const result = await runCli(['diff', 'no-such-branch'], { cwd: repo });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      "blueprint: unknown revision 'no-such-branch': no commit, branch or tag has that name\n",
    );
  });

  it('a revision that would read as an option is refused before git sees it', () => {
    const repository = openRepository(repo);
    expect(() => resolveRevision(repository, '--output=/tmp/x')).toThrow(UsageError);
    expect(() => resolveRevision(repository, '-p')).toThrow("'-p' is not a revision");
  });

  it('an unknown --fail-on class, with a suggestion', async () => {
    const result = await runCli(['diff', 'HEAD', '--fail-on', 'objective-remove'], { cwd: repo });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "blueprint: unknown class 'objective-remove' for --fail-on. Did you mean `objective-removed`? See blueprint diff --help\n",
    );
  });

  it('a version that is not a valid blueprint: the others are still compared', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blueprint-diff-files-'));
    writeFileSync(join(dir, 'old.blueprint.yaml'), WORKSHOP);
    writeFileSync(join(dir, 'new.blueprint.yaml'), `${WORKSHOP}\nmodules: again\n`);
    const result = await runCli(['diff', 'old.blueprint.yaml', 'new.blueprint.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('not compared');
    expect(result.stdout).toMatch(/the new version is not a valid blueprint: \d+:\d+: .*duplicate-key/);
  });
});

describe('blueprint diff OLD NEW, two files', () => {
  it('works outside git, and says "no change for learners" for the same course reformatted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blueprint-diff-files-'));
    writeFileSync(join(dir, 'a.blueprint.yaml'), WORKSHOP);
    writeFileSync(
      join(dir, 'b.blueprint.yaml'),
      `# reformatted\n${WORKSHOP.replace('size: { min: 6, max: 12 }', 'size:\n    min: 6\n    max: 12')}`,
    );
    const result = await runCli(['diff', 'a.blueprint.yaml', 'b.blueprint.yaml'], { cwd: dir });
    expect(result).toEqual({
      code: 0,
      stdout:
        'a.blueprint.yaml → b.blueprint.yaml\n\na.blueprint.yaml → b.blueprint.yaml  no change for learners\n\nNo change for learners (1 file compared)\n',
      stderr: '',
    });
  });

  it('a missing file is one line, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blueprint-diff-files-'));
    writeFileSync(join(dir, 'a.blueprint.yaml'), WORKSHOP);
    const result = await runCli(['diff', 'a.blueprint.yaml', 'b.blueprint.yaml'], { cwd: dir });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'blueprint: no such file: b.blueprint.yaml\n' });
  });
});

describe('untrusted files in a revision', () => {
  it('a blueprint committed as a symbolic link is not followed', async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'blueprint-diff-link-')));
    git(dir, 'init', '-q', '-b', 'main');
    writeFileSync(join(dir, 'secret.txt'), 'not a blueprint\n');
    symlinkSync('secret.txt', join(dir, 'course.blueprint.yaml'));
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'link');
    const result = await runCli(['diff', 'HEAD', '--', 'course.blueprint.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(
      /the old version is not a valid blueprint: course\.blueprint\.yaml is a symbolic link at [0-9a-f]{12}: it was not read/,
    );
    expect(result.stdout).not.toContain('not a blueprint\n');
  });

  it('a framework path that leaves the repository or enters a hidden folder is not read', () => {
    expect(siblingPath('courses/a.blueprint.yaml', 'framework.yaml')).toBe('courses/framework.yaml');
    expect(siblingPath('courses/a.blueprint.yaml', '../shared/framework.yaml')).toBe('shared/framework.yaml');
    expect(siblingPath('courses/a.blueprint.yaml', '../../etc/passwd')).toBeUndefined();
    expect(siblingPath('courses/a.blueprint.yaml', '/etc/passwd')).toBeUndefined();
    expect(siblingPath('courses/a.blueprint.yaml', '../.git/config')).toBeUndefined();
  });
});

describe('blueprint diff --help', () => {
  it('lists every class --fail-on takes', async () => {
    const { code, stdout } = await runCli(['diff', '--help'], { cwd: tmpdir() });
    expect(code).toBe(0);
    const listed = stdout.slice(stdout.indexOf('Classes for --fail-on')).split(/[\s,]+/);
    for (const name of FAIL_ON_CLASSES) expect(listed, name).toContain(name);
  });
});
