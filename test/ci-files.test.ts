import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { VALID } from './helpers/check.js';
import { parseWorkflowCommands, sarifSchemaErrors } from './report/consumers.js';

const repo = fileURLToPath(new URL('../', import.meta.url));

/**
 * VALID made a complete programme, so that it is good under the qualiopi preset too: its findings
 * would otherwise take the 10 error annotations GitHub shows before the bad file's.
 */
const COMPLETE_PROGRAMME = `${VALID.replace('  description: Anyone\n', '  description: Anyone\n  prerequisites: []\n  accessibility: Step-free room\n').replace('    objectives: [O1]\nassessments', '    objectives: [O1]\n    activities:\n      - { title: Talk and questions, type: acquisition, duration: 1h }\nassessments')}admin:
  price: 100 EUR
  contact: { name: Training office }
  access: { modalities: Online form, delay: One week }
  updated: 2026-09-01
  trainers: [{ profile: Certified trainer }]
  means: { pedagogical: [Talk and questions], technical: [Projector] }
  completion: { kind: attestation }
  results: { date: 2026-06, satisfaction: 90 }
`;
const text = (path: string) => readFileSync(join(repo, path), 'utf8');
const pkg = JSON.parse(text('package.json')) as { version: string; bin: Record<string, string> };

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(text('action.yml')) as Action;
const steps = action.runs.steps;
const checkStep = steps.find((step) => step.id === 'check') as Step;

/** A GitHub Actions expression as written in a workflow. */
const expression = (inner: string) => `\${{ ${inner} }}`;

/** The fenced code blocks of a Markdown text, by language. */
function codeBlocks(markdown: string, lang: string): string[] {
  return [...markdown.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map(
    (m) => m[1] ?? '',
  );
}

/**
 * An `npx` in `dir/bin` that records its arguments in `dir/npx-args` and runs our own binary
 * with what follows `-- blueprint`, as the action's `npx --package course-blueprint@V -- blueprint` would.
 */
function writeFakeNpx(dir: string): void {
  const npx = join(dir, 'bin', 'npx');
  writeFileSync(
    npx,
    `#!/usr/bin/env bash\nprintf '%s\\n' "$@" > "${dir}/npx-args"\nwhile [ "$1" != -- ]; do shift; done\nshift 2\nexec node '${join(repo, 'bin/blueprint.js')}' "$@"\n`,
  );
  chmodSync(npx, 0o755);
}

/**
 * Runs a step's script as the runner would: its environment from the inputs given (else their
 * defaults), the fake npx of `dir/bin` first on the PATH.
 */
function runStep(step: Step, inputs: Record<string, string>, dir: string, runner: Record<string, string>) {
  const env: Record<string, string> = {
    ACTION_PATH: repo,
    PATH: `${join(dir, 'bin')}:${process.env.PATH}`,
    ...runner,
  };
  for (const [name, value] of Object.entries(step.env ?? {})) {
    const input = /inputs\.([\w-]+)/.exec(value)?.[1];
    if (input) env[name] = inputs[input] ?? action.inputs[input]?.default ?? '';
  }
  return spawnSync('bash', ['-c', step.run ?? ''], { cwd: dir, env, encoding: 'utf8' });
}

describe('action.yml', () => {
  it('is a composite action with the inputs the docs promise', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining([
        'paths',
        'format',
        'preset',
        'config',
        'max-warnings',
        'sarif',
        'upload-sarif',
        'version',
      ]),
    );
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).not.toBe('');
      expect(text('docs/ci.md'), name).toContain(`| \`${name}\` |`);
    }
  });

  it('uses every input it declares, declares every input it uses, and pastes none into a script', () => {
    const source = text('action.yml');
    const used = new Set([...source.matchAll(/\$\{\{[^}]*?inputs\.([\w-]+)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const step of steps) expect(step.run ?? '', step.name).not.toContain('${{');
  });

  it('uploads SARIF even when the check failed, then fails the step on exit 1 or 2', () => {
    const upload = steps.findIndex((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    const fail = steps.findIndex((step) => step.run?.includes('exit "${EXIT_CODE'));
    expect(upload).toBeGreaterThan(steps.indexOf(checkStep));
    expect(fail).toBeGreaterThan(upload);
    expect(steps[upload]?.if).toContain('always()');
    expect(steps[upload]?.with?.sarif_file).toBe(expression('steps.check.outputs.sarif-file'));
    expect(steps[fail]?.if).toBe(expression("always() && steps.check.outputs.exit-code != '0'"));
  });

  /** Runs the check step's script as the runner would, with `npx` standing for our own binary. */
  function runCheckStep(inputs: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'blueprint-action-'));
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'my courses'));
    writeFileSync(join(dir, 'good.blueprint.yaml'), COMPLETE_PROGRAMME);
    writeFileSync(
      join(dir, 'my courses', 'bad.blueprint.yaml'),
      VALID.replace('bloom: understand\nmodules', 'bloom: 3\nmodules'),
    );
    writeFakeNpx(dir);
    const output = join(dir, 'github-output');
    writeFileSync(output, '');
    const result = runStep(checkStep, inputs, dir, { GITHUB_OUTPUT: output });
    return {
      ...result,
      dir,
      outputs: Object.fromEntries(
        readFileSync(output, 'utf8')
          .trim()
          .split('\n')
          .map((line) => line.split('=', 2)),
      ),
      npxArgs: readFileSync(join(dir, 'npx-args'), 'utf8').trimEnd().split('\n'),
    };
  }

  it('runs check through npx at its own version, annotates and writes SARIF, and records the exit code', () => {
    const run = runCheckStep({ paths: 'good.blueprint.yaml\nmy courses\n', preset: 'qualiopi' });
    expect(run.status).toBe(0);
    expect(run.npxArgs).toEqual([
      '--yes',
      '--package',
      `course-blueprint@${pkg.version}`,
      '--',
      'blueprint',
      'check',
      'good.blueprint.yaml',
      'my courses',
      '--format',
      'github',
      '--format',
      'sarif=course-blueprint.sarif',
      '--preset',
      'qualiopi',
    ]);
    expect(run.outputs).toEqual({ 'exit-code': '1', 'sarif-file': 'course-blueprint.sarif' });
    const { commands } = parseWorkflowCommands(run.stdout);
    expect(commands.find((c) => c.properties.file === 'my courses/bad.blueprint.yaml')).toMatchObject({
      command: 'error',
      properties: { line: '12', title: 'schema' },
    });
    expect(sarifSchemaErrors(readFileSync(join(run.dir, 'course-blueprint.sarif'), 'utf8'))).toEqual([]);
  });

  it('leaves globs to blueprint, splits a one-line list on spaces, and can skip SARIF', () => {
    const run = runCheckStep({
      paths: '*.blueprint.yaml  good.blueprint.yaml',
      sarif: '',
      version: '9.9.9',
      'max-warnings': '0',
    });
    expect(run.npxArgs.slice(2)).toEqual([
      'course-blueprint@9.9.9',
      '--',
      'blueprint',
      'check',
      '*.blueprint.yaml',
      'good.blueprint.yaml',
      '--format',
      'github',
      '--max-warnings',
      '0',
    ]);
    expect(run.outputs).toEqual({ 'exit-code': '0' });
  });
});

describe('action.yml, the comparison (blueprint diff)', () => {
  const diffStep = steps.find((step) => step.id === 'diff') as Step;
  const git = (cwd: string, ...args: string[]) =>
    spawnSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@e.org',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@e.org',
      },
    });

  it('runs only with diff-base, always, and comments only when asked', () => {
    expect(diffStep.if).toBe(expression("always() && inputs.diff-base != ''"));
    const comment = steps.find((step) => step.run?.startsWith('gh pr comment')) as Step;
    expect(comment.if).toContain("inputs.diff-comment == 'true'");
    expect(comment.env?.GH_TOKEN).toBe(expression('github.token'));
    expect(action.inputs['diff-comment']?.default).toBe('false');
  });

  it('writes the Markdown to the job summary, records the exit code, and passes the revision after the options', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blueprint-action-diff-'));
    mkdirSync(join(dir, 'bin'));
    git(dir, 'init', '-q', '-b', 'main');
    writeFileSync(join(dir, 'a.blueprint.yaml'), VALID);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'first');
    writeFileSync(
      join(dir, 'a.blueprint.yaml'),
      VALID.replace('duration: 1h\n    objectives', 'duration: 50min\n    objectives'),
    );
    writeFakeNpx(dir);
    const output = join(dir, 'github-output');
    const summary = join(dir, 'step-summary');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const inputs: Record<string, string> = { 'diff-base': 'HEAD', 'diff-fail-on': 'module-duration-changed' };
    const result = runStep(diffStep, inputs, dir, {
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: dir,
    });
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'npx-args'), 'utf8').trimEnd().split('\n').slice(4)).toEqual([
      'blueprint',
      'diff',
      '--format',
      'stylish',
      '--format',
      `markdown=${dir}/course-blueprint-diff.md`,
      '--locale',
      'en',
      '--fail-on',
      'module-duration-changed',
      'HEAD',
    ]);
    expect(readFileSync(output, 'utf8')).toBe(`exit-code=1\nsummary-file=${dir}/course-blueprint-diff.md\n`);
    expect(readFileSync(summary, 'utf8')).toContain('- module `M1`: duration 1h → 50min (−10min)');
  });

  it('the documented workflow asks for the permission a comment needs and fetches the history', () => {
    const block = codeBlocks(text('docs/ci.md'), 'yaml').find((b) => b.includes('diff-base')) ?? '';
    const workflow = parse(block) as {
      permissions: Record<string, string>;
      jobs: { check: { steps: { uses?: string; with?: Record<string, unknown> }[] } };
    };
    expect(workflow.permissions['pull-requests']).toBe('write');
    expect(workflow.jobs.check.steps[0]?.with?.['fetch-depth']).toBe(0);
    for (const input of Object.keys(workflow.jobs.check.steps[1]?.with ?? {}))
      expect(Object.keys(action.inputs)).toContain(input);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(text('.pre-commit-hooks.yaml')) as Record<string, unknown>[];

  it('is one node hook that runs blueprint check on blueprint files only', () => {
    expect(hooks).toHaveLength(1);
    const hook = hooks[0] as {
      id: string;
      entry: string;
      language: string;
      files: string;
      pass_filenames: boolean;
    };
    expect(hook).toMatchObject({
      id: 'course-blueprint',
      language: 'node',
      entry: 'blueprint check --',
      pass_filenames: true,
    });
    expect(Object.keys(pkg.bin)).toContain('blueprint');
    const files = new RegExp(hook.files);
    for (const name of ['a.blueprint.yaml', 'courses/b.blueprint.yml'])
      expect(files.test(name), name).toBe(true);
    for (const name of ['a.yaml', 'blueprint.yaml', 'a.blueprint.yaml.bak', 'a.blueprintXyaml'])
      expect(files.test(name), name).toBe(false);
  });
});

describe('CI docs', () => {
  const docs = text('docs/ci.md');
  const readme = text('README.md');

  it('the GitHub workflow snippet uses the action with declared inputs and the permission code scanning needs', () => {
    const workflow = parse(codeBlocks(docs, 'yaml')[0] ?? '') as {
      permissions: Record<string, string>;
      jobs: { check: { steps: { uses?: string; with?: Record<string, string> }[] } };
    };
    expect(workflow.permissions['security-events']).toBe('write');
    const step = workflow.jobs.check.steps.find((s) =>
      s.uses?.startsWith('course-blueprint/course-blueprint@'),
    );
    expect(step?.uses).toBe('course-blueprint/course-blueprint@v1');
    for (const input of Object.keys(step?.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
  });

  it('the GitLab snippet writes the JUnit file it declares as a report, even on failure', () => {
    const gitlab = codeBlocks(docs, 'yaml').find((block) => block.includes('.gitlab-ci.yml')) ?? '';
    const job = (
      parse(gitlab) as Record<
        string,
        { script: string[]; artifacts: { when: string; reports: { junit: string } } }
      >
    ).blueprints;
    expect(job?.artifacts.when).toBe('always');
    expect(job?.script.join('\n')).toContain(`--format junit=${job?.artifacts.reports.junit}`);
  });

  it('the README shows the same GitHub Actions and GitLab CI setups', () => {
    const section = readme.slice(
      readme.indexOf('## Use in CI'),
      readme.indexOf('\n## ', readme.indexOf('## Use in CI') + 1),
    );
    const blocks = codeBlocks(docs, 'yaml');
    expect(codeBlocks(section, 'yaml')).toEqual([
      blocks[0],
      blocks.find((block) => block.includes('.gitlab-ci.yml')),
    ]);
  });
});
