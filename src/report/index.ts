import type { Reporter } from './types.js';

/** Loaders of the reporters by `--format` name: only the ones in use are loaded. */
const loaders: Record<string, () => Promise<Reporter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  junit: async () => (await import('./junit.js')).junit,
  github: async () => (await import('./github.js')).github,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
};

/**
 * The formats that show findings in their source (stylish's code frames). A run reporting only in
 * other formats need not keep every file's text until the report: on a catalogue of 1,000 files
 * that is ~30 MB the collector would copy and keep.
 */
const SHOWS_SOURCE: ReadonlySet<string> = new Set(['stylish']);

/** Whether a report in `format` shows the source text of the files it reports on. */
export function showsSource(format: string): boolean {
  return SHOWS_SOURCE.has(format);
}

/** The names `--format` accepts. */
export const reporterNames: readonly string[] = Object.keys(loaders);

/** Loads the reporter of a format, or undefined for an unknown name. */
export async function loadReporter(name: string): Promise<Reporter | undefined> {
  return Object.hasOwn(loaders, name) ? loaders[name]?.() : undefined;
}
