import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/io.js';
import { blueprintText, tempProject } from '../helpers/project.js';

const checked = async (args: string[], cwd: string) => {
  const result = await runCli(['check', ...args, '--format', 'json'], { cwd });
  return {
    ...result,
    files: result.stdout ? JSON.parse(result.stdout).map((r: { file: string }) => r.file) : [],
  };
};

/** A git repository (a real `git init`) holding these files. */
function repository(files: Record<string, string>): string {
  const root = tempProject(files);
  execFileSync('git', ['init', '-q'], { cwd: root });
  return root;
}

describe('what check leaves out', () => {
  it('folders and globs skip what .gitignore files exclude, nested ones and negations included', async () => {
    const root = repository({
      '.gitignore': 'build/\n*.draft.blueprint.yaml\n',
      'courses/.gitignore': '!keep.draft.blueprint.yaml\nold/\n',
      'a.blueprint.yaml': blueprintText(),
      'build/out.blueprint.yaml': blueprintText(),
      'courses/x.draft.blueprint.yaml': blueprintText(),
      'courses/keep.draft.blueprint.yaml': blueprintText(),
      'courses/old/y.blueprint.yaml': blueprintText(),
      'courses/z.blueprint.yaml': blueprintText(),
    });
    const expected = ['a.blueprint.yaml', 'courses/keep.draft.blueprint.yaml', 'courses/z.blueprint.yaml'];
    expect((await checked([], root)).files).toEqual(expected);
    expect((await checked(['**/*.blueprint.yaml'], root)).files).toEqual(expected);
    // Named, they are checked: a file, or a folder that is itself ignored.
    expect((await checked(['build/out.blueprint.yaml'], root)).files).toEqual(['build/out.blueprint.yaml']);
    expect((await checked(['build'], root)).files).toEqual(['build/out.blueprint.yaml']);
    expect((await checked(['--no-gitignore'], root)).files).toHaveLength(6);
  });

  it('outside a git repository, .gitignore files mean nothing (as to git)', async () => {
    const root = tempProject({ '.gitignore': 'build/\n', 'build/out.blueprint.yaml': blueprintText() });
    expect((await checked([], root)).files).toEqual(['build/out.blueprint.yaml']);
  });

  it("the config's ignores, relative to its folder, leave out named files too, saying so", async () => {
    const root = tempProject({
      'courses/.blueprintrc.yaml': 'ignores: [archive/, "*.old.blueprint.yaml"]\n',
      'courses/archive/a.blueprint.yaml': blueprintText(),
      'courses/b.old.blueprint.yaml': blueprintText(),
      'courses/c.blueprint.yaml': blueprintText(),
      'archive/d.blueprint.yaml': blueprintText(),
    });
    expect((await checked([], root)).files).toEqual(['archive/d.blueprint.yaml', 'courses/c.blueprint.yaml']);
    const named = await checked(['courses/b.old.blueprint.yaml', 'courses/c.blueprint.yaml'], root);
    expect(named).toMatchObject({
      code: 0,
      files: ['courses/c.blueprint.yaml'],
      stderr:
        'blueprint: courses/b.old.blueprint.yaml is ignored (ignores in courses/.blueprintrc.yaml): not checked\n',
    });
  });

  it('--ignore-pattern, relative to the current folder, repeatable', async () => {
    const root = tempProject({
      'a/x.blueprint.yaml': blueprintText(),
      'b/y.blueprint.yaml': blueprintText(),
      'c/z.blueprint.yaml': blueprintText(),
    });
    const result = await checked(['--ignore-pattern', 'a/', '--ignore-pattern', 'y.*'], root);
    expect(result.files).toEqual(['c/z.blueprint.yaml']);
    const named = await checked(['a/x.blueprint.yaml', '--ignore-pattern', 'a/'], root);
    expect(named.stderr).toBe('blueprint: a/x.blueprint.yaml is ignored (--ignore-pattern): not checked\n');
  });

  it('a bad ignores entry is a config mistake with its position', async () => {
    const root = tempProject({
      '.blueprintrc.yaml': 'ignores: [archive/, 3]\n',
      'a.blueprint.yaml': blueprintText(),
    });
    expect(await runCli(['check'], { cwd: root })).toMatchObject({
      code: 2,
      stderr: 'blueprint: .blueprintrc.yaml:1:21: an ignore pattern is a non-empty text, such as archive/\n',
    });
  });
});
