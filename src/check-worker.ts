// A worker thread of `checkFiles`: checks the batches of files it is sent, one reply per batch.
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOptions } from './check.js';
import { checkFile } from './check-file.js';

/** What the worker is started with. */
export interface WorkerSetup {
  cwd: string;
  options: CheckOptions;
}

/** A batch to check, and the reply. */
export interface Batch {
  id: number;
  files: string[];
}

const { cwd, options } = workerData as WorkerSetup;
parentPort?.on('message', (batch: Batch) => {
  parentPort?.postMessage({
    id: batch.id,
    results: batch.files.map((file) => checkFile(file, cwd, options)),
  });
});
