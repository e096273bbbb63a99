import { setFlagsFromString } from 'node:v8';

/** Files from which a `check` run counts as a catalogue, for `tuneCompilerForCatalogue`. */
export const CATALOGUE_FILES = 100;
/** The V8 flag a catalogue run sets. */
export const CATALOGUE_V8_FLAG = '--max-inlined-bytecode-size-cumulative=150';
/**
 * The V8 major version (Node 20's) the flag was measured on. Other versions are left alone: their
 * compilers tier differently (Node 22 adds Maglev), and V8 prints an unknown flag on standard
 * output, where a report may be going.
 */
const MEASURED_V8 = '11';

/**
 * V8's optimizing compiler inlines the functions a hot function calls, up to 920 bytes of their
 * bytecode by default. On a catalogue, `check` makes about a hundred functions hot in the first
 * few hundred milliseconds, and compiling them with that much inlining is ~0.6 s of work for a
 * background thread that, on a 2-core machine, shares the second core with the collector: the
 * functions run unoptimized until their turn comes. With 150 bytes, each compilation is smaller
 * and done sooner. Measured here (2 cores, medians): 1,000 files ~420 → ~380 ms, 10,000 files
 * ~1,330 → ~1,260 ms; code that is already warm runs ~10 % slower, which only a run much longer
 * than 10,000 files would notice. A run of a few files is left alone: nothing gets that hot, and
 * changing a flag makes Node compile its own modules loaded afterwards without their cache.
 *
 * The flag is set from inside the process: Node warns that a V8 flag changed after start-up may
 * do nothing or misbehave; this one is only read when a function is being optimized, and at worst
 * does nothing. Results never depend on it. docs/speed.md has the measurements. Only on the V8
 * it was measured with (`MEASURED_V8`). The collector's flags are not safe to set so: with
 * `--single-threaded-gc` or the flags it implies set after start-up, V8 aborts at the next full
 * collection.
 */
export function tuneCompilerForCatalogue(files: number, v8Version = process.versions.v8): void {
  if (files < CATALOGUE_FILES || !v8Version.startsWith(`${MEASURED_V8}.`)) return;
  setFlagsFromString(CATALOGUE_V8_FLAG);
}
