import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { ResolvedSettings, SettingsResolver } from '../config/resolve.js';
import type { FileResult } from '../types.js';
import { type CheckFileOptions, checkFile, type Unreadable } from './file.js';
import { createCheckRun } from './run.js';
import type { BatchResults, Job, WorkerSetup } from './worker.js';

/**
 * Files each worker thread must have for it to pay: each thread loads the modules and warms up
 * V8 on its own. Measured on an idle 2-core machine (`checkFiles` in-process, the bench corpus,
 * one thread against two): 3,000 files 0.68–0.75 s against 0.76–0.79 s, 5,000 files 1.05–1.09 s
 * against 1.02 s, 10,000 files 1.89–1.99 s against 1.46–1.47 s.
 */
export const WORKER_THRESHOLD = 5000;
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
    workerFile = fileURLToPath(new URL('./worker.js', import.meta.url)),
    filesPerWorker = WORKER_THRESHOLD,
    settings,
    ...checkOptions
  } = options;
  const run = createCheckRun(cwd);
  const check = (file: string) => checkFile(file, cwd, { ...checkOptions, settings }, run);
  const workerCount = Math.min(threads - 1, Math.floor(files.length / filesPerWorker));
  if (workerCount < 1 || !existsSync(workerFile) || !cloneable(checkOptions)) {
    for (const file of files) onResult(check(file));
    return 1;
  }
  const batches = new OrderedBatches(files, check, onResult);
  // Every thread takes the next batch from one shared counter: none waits for another to hand
  // it work. Slot 1 + w holds the batch worker w is checking, -1 once it has stopped.
  const counter = new Int32Array(new SharedArrayBuffer(4 * (1 + workerCount)));
  counter.fill(-1, 1);
  const job: Omit<Job, 'slot'> = {
    files,
    batchSize: BATCH_SIZE,
    counter: counter.buffer as SharedArrayBuffer,
    settings: settingsOf(files, settings),
  };
  // Loaded here: most runs start no worker, and Node's worker module costs every start-up.
  const { Worker } = createRequire(import.meta.url)(
    'node:worker_threads',
  ) as typeof import('node:worker_threads');
  const workers: Worker[] = [];
  const done = new Promise<void>((resolve, reject) => {
    batches.onDone = resolve;
    for (let slot = 0; slot < workerCount; slot++)
      workers.push(
        startWorker(Worker, slot, {
          workerFile,
          setup: { cwd, options: checkOptions },
          job,
          counter,
          batches,
          reject,
        }),
      );
  });
  done.catch(() => undefined); // a worker's error is rethrown below when it matters, never unhandled
  try {
    // This thread takes batches too, yielding between them so that workers' replies come in.
    for (let id = Atomics.add(counter, 0, 1); id < batches.count; id = Atomics.add(counter, 0, 1)) {
      batches.checkHere(id);
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (!batches.allReported()) await done;
  } finally {
    for (const worker of workers) void worker.terminate();
  }
  return workerCount + 1;
}

/**
 * The batches of a run shared with workers: each batch's results, whichever thread checked them,
 * handed to `onResult` in the order of the files as soon as they and all before them are known.
 */
class OrderedBatches {
  readonly count: number;
  /** Called once every batch is reported. */
  onDone: () => void = () => undefined;
  private readonly finished: Array<Array<FileResult | Unreadable> | undefined> = [];
  private reported = 0;

  constructor(
    private readonly files: readonly string[],
    private readonly check: (file: string) => FileResult | Unreadable,
    private readonly onResult: (result: FileResult | Unreadable) => void,
  ) {
    this.count = Math.ceil(files.length / BATCH_SIZE);
  }

  /** The files of batch `id`. */
  batch(id: number): readonly string[] {
    return this.files.slice(id * BATCH_SIZE, (id + 1) * BATCH_SIZE);
  }

  /** Checks batch `id` in this thread. */
  checkHere(id: number): void {
    this.finished[id] = this.batch(id).map(this.check);
    this.report();
  }

  /**
   * Settles batch `id` with a worker's results; a `null` result (a file the worker left to the
   * full path) is checked here. A batch already settled is left as it is.
   */
  settle(id: number, results: ReadonlyArray<FileResult | Unreadable | null>): void {
    if (id < this.reported || this.finished[id]) return;
    const files = this.batch(id);
    this.finished[id] = results.map((result, index) => result ?? this.check(files[index] as string));
    this.report();
  }

  /** Settles here every batch up to `taken` that no thread holds and none has settled. */
  settleOrphans(taken: number, held: ReadonlySet<number>): void {
    for (let id = this.reported; id < Math.min(taken, this.count); id++)
      if (!this.finished[id] && !held.has(id))
        this.settle(
          id,
          this.batch(id).map(() => null),
        );
  }

  allReported(): boolean {
    return this.reported === this.count;
  }

  private report(): void {
    while (this.reported < this.count && this.finished[this.reported]) {
      for (const result of this.finished[this.reported] as Array<FileResult | Unreadable>)
        this.onResult(result);
      this.finished[this.reported] = undefined;
      this.reported++;
    }
    if (this.allReported()) this.onDone();
  }
}

/** What starting a worker needs. */
interface WorkerStart {
  workerFile: string;
  setup: WorkerSetup;
  job: Omit<Job, 'slot'>;
  counter: Int32Array;
  batches: OrderedBatches;
  reject: (error: unknown) => void;
}

/** Starts the worker of `slot`, whose results settle the run's batches. */
function startWorker(
  Worker: typeof import('node:worker_threads').Worker,
  slot: number,
  { workerFile, setup, job, counter, batches, reject }: WorkerStart,
): Worker {
  const worker = new Worker(workerFile, { workerData: setup });
  worker.on('message', ({ id, results }: BatchResults) => {
    try {
      batches.settle(id, results);
    } catch (error) {
      reject(error);
    }
  });
  // A worker that stops leaves the batch it was checking to this thread (the same checks,
  // so the same results; were it a bug, the same exception, raised here where the caller
  // sees it), and the batches it had not taken to whichever thread takes them.
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    Atomics.store(counter, 1 + slot, -1);
    try {
      batches.settleOrphans(Atomics.load(counter, 0), new Set(counter.subarray(1)));
    } catch (error) {
      reject(error);
    }
  });
  worker.postMessage({ ...job, slot } satisfies Job);
  return worker;
}

/** Each distinct settings once and each file's index into them: what a worker is sent. */
function settingsOf(files: readonly string[], settings: SettingsResolver | undefined): Job['settings'] {
  if (!settings) return undefined;
  const distinct: ResolvedSettings[] = [];
  const byFile = files.map((file) => {
    const resolved = settings(file);
    const index = distinct.indexOf(resolved);
    return index >= 0 ? index : distinct.push(resolved) - 1;
  });
  return { distinct, byFile };
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
