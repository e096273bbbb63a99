import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blueprintText } from '../bench/corpus.js';
// The built modules: worker threads run dist/check/worker.js (built by `pretest`).
import { checkFile } from '../dist/check/file.js';
import { checkFiles } from '../dist/check/files.js';

/** Files per worker in these tests: small catalogues, so that they stay quick. */
const PER_WORKER = 50;

import { createSettingsResolver } from '../dist/config/resolve.js';
import { runCli } from './helpers/io.js';

const repo = join(import.meta.dirname, '..');

/** A folder of blueprints: mostly clean, some with findings of each kind, one unreadable entry. */
function catalogue(count: number): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'blueprint-catalogue-'));
  const files: string[] = [];
  for (let index = 0; index < count; index++) {
    const name = `c${String(index).padStart(4, '0')}.blueprint.yaml`;
    writeFileSync(join(dir, name), blueprintText(index, 11, index % 9 === 4 ? index % 5 : undefined));
    files.push(name);
  }
  mkdirSync(join(dir, 'z-folder.blueprint.yaml')); // named as a file, but a folder: unreadable
  files.push('z-folder.blueprint.yaml');
  return { dir, files };
}

describe('checkFiles', () => {
  it('shares a long list with a worker and hands every result over in order, as checkFile gives it', async () => {
    const { dir, files } = catalogue(3 * PER_WORKER);
    const seen: unknown[] = [];
    const threads = await checkFiles(files, dir, { threads: 2, filesPerWorker: PER_WORKER }, (result) =>
      seen.push(result),
    );
    expect(threads).toBe(2);
    expect(seen).toEqual(files.map((file) => checkFile(file, dir)));
    expect(seen.some((result) => ((result as { errorCount?: number }).errorCount ?? 0) > 0)).toBe(true);
    expect(seen.some((result) => 'error' in (result as object))).toBe(true);
  });

  it("sends each file's config to the worker: results equal in-thread checks with the same config", async () => {
    const { dir, files } = catalogue(3 * PER_WORKER);
    writeFileSync(join(dir, '.blueprintrc.yaml'), 'extends: []\nrules:\n  objective-not-assessed: warn\n');
    const settings = createSettingsResolver({ cwd: dir });
    const seen: unknown[] = [];
    expect(
      await checkFiles(files, dir, { threads: 2, filesPerWorker: PER_WORKER, settings }, (result) =>
        seen.push(result),
      ),
    ).toBe(2);
    expect(seen).toEqual(files.map((file) => checkFile(file, dir, { settings })));
    expect(seen).not.toEqual(files.map((file) => checkFile(file, dir)));
  });

  // Workers that stop before replying: on their first message, before taking any batch; or
  // after taking one from the shared counter, with it recorded in their slot or killed between
  // taking and recording it. Either way the calling thread checks what they left, with the same
  // results: no file lost, no wait for a reply that never comes.
  const takeThen = (record: string) =>
    [
      'parentPort.once("message", (job) => {',
      '  const counter = new Int32Array(job.counter);',
      '  const id = Atomics.add(counter, 0, 1);',
      `  ${record}`,
      '  process.exit(3);',
      '});',
    ].join('\n');
  it.each([
    ['on its first message', "parentPort.on('message', () => process.exit(3));"],
    ['after recording the batch it took', takeThen('Atomics.store(counter, 1 + job.slot, id);')],
    ['between taking a batch and recording it', takeThen('')],
  ])('checks in the calling thread what a worker that stops %s left', async (_when, body) => {
    const { dir, files } = catalogue(3 * PER_WORKER);
    const stopping = join(dir, 'stopping-worker.mjs');
    writeFileSync(stopping, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
    const seen: unknown[] = [];
    const threads = await checkFiles(
      files,
      dir,
      { threads: 2, filesPerWorker: PER_WORKER, workerFile: stopping },
      (result) => seen.push(result),
    );
    expect(threads).toBe(2);
    expect(seen).toEqual(files.map((file) => checkFile(file, dir)));
  });

  it('checks a short list, or with options a thread cannot receive, in the calling thread', async () => {
    const { dir, files } = catalogue(3 * PER_WORKER);
    const seen: unknown[] = [];
    expect(
      await checkFiles(files.slice(0, 10), dir, { threads: 2, filesPerWorker: PER_WORKER }, (result) =>
        seen.push(result),
      ),
    ).toBe(1);
    expect(seen).toEqual(files.slice(0, 10).map((file) => checkFile(file, dir)));
    const loadCompetencies = () => ({ problem: 'never read: no blueprint here names a competency file' });
    expect(
      await checkFiles(
        files,
        dir,
        { threads: 2, filesPerWorker: PER_WORKER, loadCompetencies },
        () => undefined,
      ),
    ).toBe(1);
  });
});

describe('the built executable', () => {
  it('prints the same bytes and exit code as an in-process run, for json and stylish', async () => {
    const { dir } = catalogue(3 * PER_WORKER);
    for (const format of ['json', 'stylish']) {
      const argv = ['check', '--format', format, '.', 'missing.blueprint.yaml'];
      const inProcess = await runCli(argv, { cwd: dir });
      const spawned = spawnSync(process.execPath, [join(repo, 'bin/blueprint.js'), ...argv], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
      });
      expect(spawned.stdout).toBe(inProcess.stdout);
      expect(spawned.stderr).toBe(inProcess.stderr);
      expect(spawned.status).toBe(inProcess.code);
      expect(inProcess.code).toBe(2); // a named path that does not exist
      expect(inProcess.stdout).toMatch(/c0004\.blueprint\.yaml/); // a file with findings is in the report
    }
  });
});
