// Records what the built executable prints and writes for the examples, so that two builds can
// be compared byte for byte when a change must not alter any output (a refactoring):
//   npm run build && node scripts/snapshot-outputs.mjs /tmp/before [EXTRA_BLUEPRINTS_DIR]
//   (change, build) && node scripts/snapshot-outputs.mjs /tmp/after [EXTRA_BLUEPRINTS_DIR]
//   diff -r /tmp/before /tmp/after
// It records: `check` of examples/ (and of EXTRA_BLUEPRINTS_DIR, a folder of blueprints with
// findings, copied aside once so both runs read the same files) in every --format; `render` of
// every example with each built-in template in English and French, and with the example custom
// template; `init --yes` of each starter in English and French (with and without --ci); and
// `explain` of every rule. Each command gives `<name>.out`, `<name>.err` and `<name>.code`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [outputArg, extraArg] = process.argv.slice(2);
if (!outputArg) {
  console.error('usage: node scripts/snapshot-outputs.mjs OUTPUT_DIR [EXTRA_BLUEPRINTS_DIR]');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/blueprint.js');
const output = resolve(outputArg);
mkdirSync(output, { recursive: true });
const env = { ...process.env, NO_COLOR: '1', CI: '', GITHUB_ACTIONS: '' };

/** Runs the executable in `cwd` and records its stdout, stderr and exit code under `name`. */
function record(name, args, cwd) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8' });
  writeFileSync(join(output, `${name}.out`), result.stdout);
  writeFileSync(join(output, `${name}.err`), result.stderr);
  writeFileSync(join(output, `${name}.code`), `${result.status}\n`);
}

const formats = ['stylish', 'json', 'sarif', 'junit', 'github'];
const inputs = [['examples', root, 'examples']];
if (extraArg) inputs.push(['extra', resolve(extraArg), '.']);
for (const [label, cwd, path] of inputs) {
  for (const format of formats) record(`check.${label}.${format}`, ['check', path, '--format', format], cwd);
}

const examples = readdirSync(join(root, 'examples')).filter((name) => name.endsWith('.blueprint.yaml'));
for (const example of examples) {
  const base = example.replace(/\.blueprint\.yaml$/, '');
  for (const template of ['syllabus', 'programme', 'matrix']) {
    for (const lang of ['en', 'fr']) {
      const args = ['render', `examples/${example}`, '--template', template, '--lang', lang];
      record(`render.${base}.${template}.${lang}`, args, root);
    }
  }
  record(
    `render.${base}.run-sheet`,
    ['render', `examples/${example}`, '--template', 'examples/templates/run-sheet/run-sheet.liquid'],
    root,
  );
}

const starters = ['workshop', 'course', 'elearning', 'blended', 'flash'];
for (const starter of starters) {
  for (const lang of ['en', 'fr']) {
    for (const ci of ['none', 'github', 'gitlab']) {
      const name = `init.${starter}.${lang}.${ci}`;
      const work = mkdtempSync(join(tmpdir(), 'snapshot-init-'));
      // `--ci` writes the pipeline at the root of a git repository, and refuses outside one.
      spawnSync('git', ['init', '-q'], { cwd: work });
      const args = ['init', 'course', '--yes', '--starter', starter, '--lang', lang];
      if (ci !== 'none') args.push('--ci', ci);
      record(name, args, work);
      cpSync(join(work, 'course'), join(output, `${name}.files`), { recursive: true });
      for (const pipeline of ['.github', '.gitlab', '.gitlab-ci.yml'])
        if (existsSync(join(work, pipeline)))
          cpSync(join(work, pipeline), join(output, `${name}.files`, pipeline), { recursive: true });
      rmSync(work, { recursive: true, force: true });
    }
  }
}

const list = spawnSync(process.execPath, [bin, 'explain'], { cwd: root, env, encoding: 'utf8' });
record('explain', ['explain'], root);
for (const [, id] of list.stdout.matchAll(/^ {2}([a-z0-9-]+) /gm))
  record(`explain.${id}`, ['explain', id], root);
