// A worker thread of `checkFiles`. It is sent one job, the whole list of files, and takes batches
// from it by a counter shared with the other threads, so that it never waits for the calling
// thread (busy with its own batches) to hand it work. One reply per batch. It checks by the fast
// path only: a file the fast path cannot settle (YAML only the full parser reads, a finding it
// cannot place) comes back as `null`, and the calling thread checks it in full, so that only that
// thread loads and warms up the full YAML parser.
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedSettings } from '../config/resolve.js';
import type { FileResult } from '../types.js';
import type { CheckOptions } from './blueprint.js';
import { checkBlueprintQuickly } from './fast.js';
import { checkFileWith } from './file.js';
import { createCheckRun } from './run.js';

/** What the worker is started with. */
export interface WorkerSetup {
  cwd: string;
  options: CheckOptions;
}

/** The work of a run, shared by every thread. */
export interface Job {
  files: readonly string[];
  batchSize: number;
  /** Int32 slots: [0] the next batch to take; [1 + slot] the batch this worker is checking. */
  counter: SharedArrayBuffer;
  slot: number;
  /** Each distinct settings once, and each file's index into them (absent: the setup's options). */
  settings?: { distinct: ResolvedSettings[]; byFile: number[] };
}

/** A worker's reply: a batch's results, `null` for each file the calling thread must check. */
export interface BatchResults {
  id: number;
  results: Array<FileResult | { file: string; error: string } | null>;
}

const { cwd, options } = workerData as WorkerSetup;
parentPort?.once('message', (job: Job) => {
  const counter = new Int32Array(job.counter);
  const run = createCheckRun(cwd);
  for (;;) {
    const id = Atomics.add(counter, 0, 1);
    const first = id * job.batchSize;
    if (first >= job.files.length) break;
    Atomics.store(counter, 1 + job.slot, id);
    const files = job.files.slice(first, first + job.batchSize);
    const results = files.map((file, index) => {
      const settings = job.settings?.distinct[job.settings.byFile[first + index] as number];
      const fileOptions = settings
        ? { ...options, severities: settings.severities, context: settings.context }
        : options;
      return checkFileWith(checkBlueprintQuickly, file, cwd, fileOptions, run) ?? null;
    });
    parentPort?.postMessage({ id, results } satisfies BatchResults);
  }
  Atomics.store(counter, 1 + job.slot, -1);
  parentPort?.close();
});
