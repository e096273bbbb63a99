/**
 * The executable runs the bundle in dist/bin/ (scripts/bundle.mjs), built by `pretest`; the other
 * tests run the sources. Each command must behave the same from both: the bundle finds the
 * package's files (schema, lexicons, templates, rule docs, validators) from its own folder, and
 * its worker thread checks files as the sources do. The bundle is loaded with the code cache the
 * build made for it (src/cli/load-program.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/file.js';
import type { BatchResults, Job } from '../../src/check/worker.js';
import { loadProgram, PROGRAM_FILE } from '../../src/cli/load-program.js';
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

describe('the code cache', () => {
  /** A bundle in a fresh folder: `run` returns `value`, and its first line names `cache`. */
  function tinyBundle(value: string, cache: string): string {
    const file = join(mkdtempSync(join(tmpdir(), 'code-cache-')), 'program.cjs');
    writeFileSync(
      file,
      `// code cache: ${cache}\n"use strict";\nexports.run = () => ${JSON.stringify(value)};\n`,
    );
    return file;
  }

  it("is the build's, named with the bundle's hash, and accepted by this Node's V8", () => {
    const [firstLine = '', ...rest] = readFileSync(PROGRAM_FILE, 'utf8').split('\n');
    const hash = createHash('sha256').update(rest.join('\n')).digest('hex').slice(0, 16);
    expect(firstLine).toBe(`// code cache: blueprint-${hash}.cache`);
    // In a fresh process: the test runner's own flags could differ from a plain `node`'s.
    const probe = `import(${JSON.stringify(join(root, 'dist/cli/load-program.js'))}).then(({ loadProgram }) => {
      const { script, cacheFile } = loadProgram();
      process.stdout.write(JSON.stringify([cacheFile, script.cachedDataRejected]));
    })`;
    const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(JSON.parse(result.stdout)).toEqual([join(root, 'dist/bin', `blueprint-${hash}.cache`), false]);
  });

  it('is declined under other V8 flags, and the executable then gives the same output', () => {
    const argv = ['check', 'examples', 'test/fixtures', '--format', 'json'];
    const withFlag = (...flags: string[]) =>
      spawnSync(process.execPath, [...flags, bin, ...argv], { cwd: root, encoding: 'utf8' });
    const probe = `import(${JSON.stringify(join(root, 'dist/cli/load-program.js'))}).then(({ loadProgram }) =>
      process.stdout.write(String(loadProgram().script.cachedDataRejected)))`;
    const declined = spawnSync(process.execPath, ['--stack-size=900', '-e', probe], { encoding: 'utf8' });
    expect(declined.stdout).toBe('true');
    const [plain, flagged] = [withFlag(), withFlag('--stack-size=900')];
    expect(plain.status).toBe(1);
    expect([flagged.status, flagged.stdout, flagged.stderr]).toEqual([
      plain.status,
      plain.stdout,
      plain.stderr,
    ]);
  });

  it('runs the program as compiled from its source when the cache it names is missing', () => {
    const loaded = loadProgram(tinyBundle('fresh', 'absent.cache'));
    expect(loaded.script.cachedDataRejected).toBeUndefined(); // no cache was given to V8
    expect((loaded.program.run as unknown as () => string)()).toBe('fresh');
  });

  it('must be named by its bundle: V8 takes a cache made for any source of the same length', () => {
    // Why the build names the cache with the bundle's hash: V8 checks only its version, flags
    // and the source's length, so an old build's cache would run the old build's code.
    const before = loadProgram(tinyBundle('old', 'shared.cache'));
    const run = before.program.run as unknown as () => string;
    expect(run()).toBe('old'); // compiled, so its bytecode is in the cache
    const after = tinyBundle('new', 'shared.cache');
    writeFileSync(join(dirname(after), 'shared.cache'), before.script.createCachedData());
    const stale = loadProgram(after);
    expect(stale.script.cachedDataRejected).toBe(false);
    expect((stale.program.run as unknown as () => string)()).toBe('old');
  });
});
