/**
 * The executable runs the bundle in dist/bin/ (scripts/bundle.mjs), built by `pretest`; the other
 * tests run the sources. Each command must behave the same from both: the bundle finds the
 * package's files (schema, lexicons, templates, rule docs, validators) from its own folder, and
 * its worker thread checks files as the sources do.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/file.js';
import type { BatchResults, Job } from '../../src/check/worker.js';
import { runCli } from '../helpers/io.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'blueprint.js');

function runBundle(argv: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...argv], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder, with its content. */
function filesIn(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !/[\\/]\.git(?:[\\/]|$)/.test(entry.parentPath))
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length), readFileSync(path, 'utf8')];
      }),
  );
}

describe('the bundled executable', () => {
  it('gives what the sources give, for every command', async () => {
    const example = 'examples/software-testing-course.blueprint.yaml';
    for (const argv of [
      ['--version'],
      ['schema'],
      ['check', 'examples'],
      ['check', 'examples', 'test/fixtures', '--format', 'sarif'],
      ['explain', 'objective-missing-verb'],
      ['explain'],
      ['verbs', 'apply', '--lang', 'fr'],
      ['render', example, '--lang', 'fr', '-t', 'programme', '--allow-incomplete'],
      ['render', example, '-t', 'matrix'],
      [
        'diff',
        'test/fixtures/diff/excel-before.blueprint.yaml',
        'test/fixtures/diff/excel-after.blueprint.yaml',
        '--locale',
        'fr',
      ],
    ]) {
      const fromSources = await runCli(argv, { cwd: root, env: { NO_COLOR: '1' } });
      expect({ argv, code: fromSources.code }).toEqual({
        argv,
        code: argv.includes('test/fixtures') ? 1 : 0,
      });
      expect({ argv, ...runBundle(argv, root) }).toEqual({ argv, ...fromSources });
    }
  }, 60_000);

  it('writes the same starter with init --yes', async () => {
    const argv = ['init', '--yes', '--title', 'Bundled course', '--lang', 'fr', '--ci', 'github'];
    const [bundled, fromSources] = [
      mkdtempSync(join(tmpdir(), 'bundle-')),
      mkdtempSync(join(tmpdir(), 'sources-')),
    ];
    // --ci writes the workflow at the git repository's root: each folder is one.
    for (const dir of [bundled, fromSources]) spawnSync('git', ['init', '-q'], { cwd: dir });
    const result = runBundle(argv, bundled);
    expect(result.code, result.stderr).toBe(0);
    await runCli(argv, { cwd: fromSources });
    expect(filesIn(bundled)).toEqual(filesIn(fromSources));
  });

  it('checks files in its worker thread as the sources do', async () => {
    const files = readdirSync(join(root, 'examples')).filter((name) => name.endsWith('.yaml'));
    const worker = new Worker(join(root, 'dist/bin/worker.js'), {
      workerData: { cwd: join(root, 'examples'), options: {} },
    });
    const replies: BatchResults[] = [];
    worker.on('message', (reply: BatchResults) => replies.push(reply));
    const job: Job = { files, batchSize: 2, counter: new SharedArrayBuffer(8), slot: 0 };
    worker.postMessage(job);
    await new Promise((resolve) => worker.once('exit', resolve));
    const results = replies.sort((a, b) => a.id - b.id).flatMap((reply) => reply.results);
    expect(results).toEqual(files.map((file) => checkFile(file, join(root, 'examples'), {})));
  });
});
