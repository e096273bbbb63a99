import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type CheckFileOptions, checkFile, type Unreadable } from './check-file.js';
import type { Batch, WorkerSetup } from './check-worker.js';
import type { FileResult } from './types.js';

/**
 * Files each worker thread must have for it to pay: a worker loads the modules and warms up the
 * JIT again (about 250 ms of CPU here), so on 1,000 files one thread is faster (0.70 s against
 * 0.87 s with a worker, `npm run bench` corpus, idle 2-core machine).
 */
export const WORKER_THRESHOLD = 2000;
/** Files per message to a worker: small enough to balance the load, large enough to be cheap. */
const BATCH_SIZE = 20;

/** How to check a list of files. */
export interface CheckFilesOptions extends CheckFileOptions {
  /**
   * Threads to use, the calling one included. Defaults to the machine's available parallelism
   * when its cores are not already all busy (load average below the number of cores), else 1:
   * on a saturated machine a worker only adds its start-up to the work.
   */
  threads?: number;
  /** The worker threads' module; defaults to this package's own (tests give one that fails). */
  workerFile?: string;
  /** Files each worker must have to be started; defaults to WORKER_THRESHOLD. */
  filesPerWorker?: number;
}

/**
 * Checks blueprint files and hands each result to `onResult` in the order of `files`, as soon as it
 * and all before it are known, so that a caller can report as it goes and hold nothing. A long list
 * is shared between the calling thread and worker threads (one per other core); a short one, or
 * options that cannot be sent to a thread (functions), is checked in this thread. Each file's
 * settings (its config) are resolved here and sent with its batch. Results are the same either
 * way. Resolves to the number of threads that did the work.
 */
export async function checkFiles(
  files: readonly string[],
  cwd: string,
  options: CheckFilesOptions,
  onResult: (result: FileResult | Unreadable) => void,
): Promise<number> {
  const {
    threads = defaultThreads(),
    workerFile = fileURLToPath(new URL('./check-worker.js', import.meta.url)),
    filesPerWorker = WORKER_THRESHOLD,
    settings,
    ...checkOptions
  } = options;
  const check = (file: string) => checkFile(file, cwd, { ...checkOptions, settings });
  const workerCount = Math.min(threads - 1, Math.floor(files.length / filesPerWorker));
  if (workerCount < 1 || !existsSync(workerFile) || !cloneable(checkOptions)) {
    for (const file of files) onResult(check(file));
    return 1;
  }

  const batches: string[][] = [];
  for (let start = 0; start < files.length; start += BATCH_SIZE)
    batches.push(files.slice(start, start + BATCH_SIZE));
  const finished: Array<Array<FileResult | Unreadable> | undefined> = [];
  let next = 0;
  let reported = 0;
  const report = () => {
    while (reported < batches.length && finished[reported]) {
      for (const result of finished[reported] as Array<FileResult | Unreadable>) onResult(result);
      finished[reported] = undefined;
      reported++;
    }
  };

  const setup: WorkerSetup = { cwd, options: checkOptions };
  const workers: Worker[] = [];
  const pending = new Map<Worker, number>();
  const done = new Promise<void>((resolve, reject) => {
    const settle = (id: number, results: Array<FileResult | Unreadable | null>) => {
      const files = batches[id] as string[];
      finished[id] = results.map((result, index) => result ?? check(files[index] as string));
      report();
      if (reported === batches.length) resolve();
    };
    const give = (worker: Worker) => {
      if (next < batches.length) {
        const id = next++;
        pending.set(worker, id);
        const files = batches[id] as string[];
        const perFile = settings ? files.map((file) => settings(file)) : undefined;
        worker.postMessage({ id, files, settings: perFile } satisfies Batch);
      } else {
        void worker.terminate();
      }
    };
    for (let index = 0; index < workerCount; index++) {
      const worker = new Worker(workerFile, { workerData: setup });
      workers.push(worker);
      worker.on(
        'message',
        ({ id, results }: { id: number; results: Array<FileResult | Unreadable | null> }) => {
          pending.delete(worker);
          try {
            settle(id, results);
            if (reported < batches.length) give(worker);
          } catch (error) {
            reject(error);
          }
        },
      );
      // A worker that fails leaves its batch to this thread: the same checks, so the same results
      // (and, were it a bug, the same exception, raised here where the caller sees it).
      worker.on('error', () => undefined);
      worker.on('exit', () => {
        const id = pending.get(worker);
        pending.delete(worker);
        if (id === undefined) return;
        try {
          settle(
            id,
            (batches[id] as string[]).map(() => null),
          );
        } catch (error) {
          reject(error);
        }
      });
      give(worker);
    }
  });
  done.catch(() => undefined); // a worker's error is rethrown below when it matters, never unhandled
  try {
    // This thread takes batches too, yielding between them so that workers' replies come in.
    while (next < batches.length) {
      const id = next++;
      finished[id] = (batches[id] as string[]).map(check);
      report();
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (reported < batches.length) await done;
  } finally {
    pending.clear();
    for (const worker of workers) void worker.terminate();
  }
  return workerCount + 1;
}

function defaultThreads(): number {
  const cores = availableParallelism();
  return (loadavg()[0] ?? 0) < cores ? cores : 1;
}

/** Whether options can be sent to a worker thread (structured clone: no functions). */
function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}
