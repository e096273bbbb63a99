// A worker thread of `checkFiles`: checks the batches of files it is sent, one reply per batch,
// by the fast path only. A file with findings comes back as `null`: the calling thread checks it
// in full, so that only that thread loads and warms up the full YAML parser.
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOptions } from './check.js';
import { checkBlueprintQuickly } from './check-fast.js';
import { checkFileWith } from './check-file.js';
import type { ResolvedSettings } from './config/resolve.js';

/** What the worker is started with. */
export interface WorkerSetup {
  cwd: string;
  options: CheckOptions;
}

/** A batch to check, with each file's settings (from its config) when the caller has them. */
export interface Batch {
  id: number;
  files: string[];
  settings?: ResolvedSettings[];
}

const { cwd, options } = workerData as WorkerSetup;
parentPort?.on('message', (batch: Batch) => {
  const results = batch.files.map((file, index) => {
    const settings = batch.settings?.[index];
    const fileOptions = settings
      ? { ...options, severities: settings.severities, context: settings.context }
      : options;
    return checkFileWith(checkBlueprintQuickly, file, cwd, fileOptions) ?? null;
  });
  parentPort?.postMessage({ id: batch.id, results });
});
