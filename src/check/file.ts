import type { SettingsResolver } from '../config/resolve.js';
import { messages } from '../i18n/index.js';
import { loadCompetencyFile } from '../load/competency-file.js';
import { MAX_FILE_BYTES } from '../load/decode.js';
import { BLUEPRINT_KIND, readProjectFile } from '../load/project.js';
import type { FileResult } from '../types.js';
import { type CheckOptions, checkBlueprint } from './blueprint.js';
import type { FastPathHint } from './fast.js';
import { type CheckRun, createCheckRun } from './run.js';

/** A file that could not be read at all: the command reports it on one line and exits 2. */
export interface Unreadable {
  file: string;
  error: string;
}

/** How to check a blueprint file. */
export interface CheckFileOptions extends CheckOptions {
  /**
   * Finds the file's severities and rule context (its config); takes precedence over
   * `severities` and `context`. Throws a UsageError when the file's config is bad.
   */
  settings?: SettingsResolver;
}

/**
 * Reads and checks one blueprint file; a file that cannot be read is a value, not an exception.
 * A file whose real path lies outside its project root, or a link to what is not a blueprint,
 * is not read: it gets a finding (see `linkProblem`). A framework named by `competencies.file`
 * is read relative to the blueprint's folder, inside the project, unless
 * `options.loadCompetencies` says otherwise. A bad config (through `options.settings`) is a
 * UsageError. `run` holds what the files of a run share (project roots, frameworks read): give
 * one to every file of a run.
 */
export function checkFile(
  file: string,
  cwd: string,
  options: CheckFileOptions = {},
  run: CheckRun = createCheckRun(cwd),
): FileResult | Unreadable {
  return checkFileWith(checkBlueprint, file, cwd, options, run);
}

/**
 * `checkFile` with another checker of the source, such as the fast path alone (which leaves a
 * file it cannot settle `undefined`): worker threads use it so that only one thread needs the
 * full parser.
 */
export function checkFileWith<Checked extends FileResult | undefined>(
  check: (source: string | Uint8Array, options: CheckOptions, hint: FastPathHint) => Checked,
  file: string,
  cwd: string,
  options: CheckFileOptions = {},
  run: CheckRun = createCheckRun(cwd),
): Checked | FileResult | Unreadable {
  const { roots } = run;
  const read = readProjectFile(file, cwd, roots, BLUEPRINT_KIND, options.locale);
  if (read.kind === 'refused') return notRead(file, read.message);
  if (read.kind === 'unreadable') return { file, error: read.message };
  if (read.kind === 'too-large') {
    const megabytes = (read.size / 1024 / 1024).toFixed(1);
    return notRead(file, messages(options.locale).input.overSize(megabytes, MAX_FILE_BYTES / 1024 / 1024));
  }
  return checkSourceWith(check, read.source, file, cwd, options, run);
}

/**
 * Checks a blueprint's source that did not come from its file (`check --stdin`) as if it were
 * `file`: the same settings (the config found for `file`) and the framework of
 * `competencies.file` read relative to `file`'s folder, inside the project.
 */
export function checkSource(
  source: string | Uint8Array,
  file: string,
  cwd: string,
  options: CheckFileOptions = {},
  run: CheckRun = createCheckRun(cwd),
): FileResult {
  return checkSourceWith(checkBlueprint, source, file, cwd, options, run);
}

function checkSourceWith<Checked extends FileResult | undefined>(
  check: (source: string | Uint8Array, options: CheckOptions, hint: FastPathHint) => Checked,
  source: string | Uint8Array,
  file: string,
  cwd: string,
  options: CheckFileOptions,
  run: CheckRun,
): Checked {
  const { settings, ...checkOptions } = options;
  if (settings) {
    const resolved = settings(file);
    checkOptions.severities = resolved.severities;
    checkOptions.context = resolved.context;
  }
  const loadCompetencies =
    options.loadCompetencies ??
    ((name: string) => loadCompetencyFile(name, file, cwd, run.roots, run.frameworks, options.locale));
  return check(source, { ...checkOptions, file, loadCompetencies }, run.hint);
}

/** Whether a checked file could not be read. */
export function isUnreadable(result: FileResult | Unreadable): result is Unreadable {
  return 'error' in result;
}

/** The result of a file refused before reading: one `yaml-syntax` finding at 1:1. */
export function notRead(file: string, message: string): FileResult {
  return {
    file,
    errorCount: 1,
    warningCount: 0,
    findings: [
      {
        rule: 'yaml-syntax',
        severity: 'error',
        message,
        path: '',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      },
    ],
  };
}
