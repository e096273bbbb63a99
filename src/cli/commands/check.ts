import { checkSource, isUnreadable } from '../../check/file.js';
import { checkFiles } from '../../check/files.js';
import { findTargets } from '../../check/targets.js';
import { printedConfig } from '../../config/print.js';
import { createSettingsResolver, type SettingsResolver } from '../../config/resolve.js';
import { checkPresetName } from '../../config/settings.js';
import { UsageError } from '../../errors.js';
import { messages } from '../../i18n/index.js';
import { MAX_FILE_BYTES } from '../../load/decode.js';
import { showsSource } from '../../report/index.js';
import { outcomeOf, withoutWarnings } from '../../report/outcome.js';
import { type ReportTarget, renderReports } from '../../report/outputs.js';
import { jsonDocument, printableLine } from '../../report/text.js';
import type { FileResult } from '../../types.js';
import { refuseOverwritingInputs, writeReportFiles } from '../../util/output-file.js';
import { tuneCompilerForCatalogue } from '../compiler-tuning.js';
import { ExitCode } from '../exit-codes.js';
import { type IO, isCI, readInput, useColor } from '../io.js';
import { type CommonOptions, VERSION } from '../program.js';
import { planReports } from '../report-targets.js';
import { parseRuleFlag } from '../rule-flag.js';

/** Flags of `blueprint check`. */
export interface CheckFlags extends CommonOptions {
  /** `NAME` or `NAME=FILE`, repeatable. */
  format: string[];
  output?: string;
  maxWarnings?: string;
  quiet?: boolean;
  config?: string;
  preset: string[];
  rule: string[];
  printConfig?: string;
  stdin?: boolean;
  stdinFilename?: string;
  /** `--ignore-pattern`, repeatable. */
  ignorePattern: string[];
  /** false with `--no-gitignore`. */
  gitignore: boolean;
}

/** `blueprint check [paths…]`: findings on the chosen format; exit 0, 1 or 2. */
export async function checkCommand(io: IO, paths: string[], flags: CheckFlags): Promise<number> {
  const locale = flags.locale ?? 'en';
  const say = messages(locale).cli;
  const targets = planReports(flags.format, flags.output, io.cwd, undefined, locale);
  parseMaxWarnings(flags.maxWarnings, say.badMaxWarnings); // a bad value stops the run before anything is read
  const settings = createSettingsResolver({
    cwd: io.cwd,
    configFile: flags.config,
    locale,
    commandLine: {
      presets: flags.preset.map((name) => checkPresetName(name, '--preset', locale)),
      rules: flags.rule.map((flag) => parseRuleFlag(flag, locale)),
    },
  });

  if (flags.printConfig !== undefined) {
    if (paths.length > 0) throw new UsageError(messages(locale).flags.printConfigAlone);
    const printed = printedConfig(flags.printConfig, settings(flags.printConfig));
    io.stdout.write(jsonDocument(printed));
    return ExitCode.Ok;
  }

  if (flags.stdin || flags.stdinFilename !== undefined) {
    const result = await checkStandardInput(io, paths, flags, settings);
    const inputs = [result.file, settings(result.file).configFile, flags.config ?? ''];
    refuseOverwritingInputs(reportFilesOf(targets), inputs, io.cwd, locale);
    return reportResults(io, flags, targets, [result], ExitCode.Ok);
  }

  const { files, problems, ignored } = await findTargets(paths, {
    cwd: io.cwd,
    settings,
    ignorePatterns: flags.ignorePattern,
    gitignore: flags.gitignore,
    locale,
  });
  let exitCode: number = problems.length > 0 ? ExitCode.Usage : ExitCode.Ok;
  for (const problem of problems) io.stderr.write(`blueprint: ${printableLine(problem)}\n`);
  for (const { file, by } of ignored)
    io.stderr.write(`blueprint: ${printableLine(messages(locale).flags.ignored(file, by))}\n`);

  // Every file's config is read before any file is checked: a bad config stops the run at once.
  const configs = new Set(files.map((file) => settings(file).configFile));
  if (flags.config !== undefined) configs.add(flags.config);
  // A report written over a file the run reads would destroy it (`--format json=x.blueprint.yaml`).
  refuseOverwritingInputs(reportFilesOf(targets), [...files, ...configs], io.cwd, locale);
  tuneCompilerForCatalogue(files.length);
  const results: FileResult[] = [];
  const keepSources = targets.some((target) => showsSource(target.format));
  const progress = progressOn(io, files.length, say.progress);
  await checkFiles(files, io.cwd, { settings, locale }, (result) => {
    progress.step();
    if (isUnreadable(result)) {
      io.stderr.write(`blueprint: ${printableLine(result.error)}\n`);
      exitCode = ExitCode.Usage;
    } else {
      if (!keepSources) result.source = undefined;
      results.push(result);
    }
  });

  progress.done();
  // No file could be read (each said why on stderr): no report, least of all "no problems".
  if (results.length === 0) return exitCode;
  return reportResults(io, flags, targets, results, exitCode);
}

/** The files reports go to. */
function reportFilesOf(targets: readonly ReportTarget[]): string[] {
  return targets.flatMap((target) => (target.file === undefined ? [] : [target.file]));
}

/** Renders and writes the reports of a run; the exit code from its outcome (or 2, kept). */
async function reportResults(
  io: IO,
  flags: CheckFlags,
  targets: readonly ReportTarget[],
  results: FileResult[],
  readExitCode: number,
): Promise<number> {
  let exitCode = readExitCode;
  const locale = flags.locale ?? 'en';
  const say = messages(locale).cli;
  const maxWarnings = parseMaxWarnings(flags.maxWarnings, say.badMaxWarnings);
  // As ESLint: --quiet hides warnings from the reports, yet --max-warnings still counts them.
  const reported = flags.quiet ? withoutWarnings(results) : results;
  const reports = await renderReports(targets, reported, {
    color: useColor(flags.color, io),
    version: VERSION,
    cwd: io.cwd,
    locale,
  });
  for (const problem of writeReportFiles(reports.files, locale)) {
    io.stderr.write(`blueprint: ${printableLine(problem)}\n`);
    exitCode = ExitCode.Usage;
  }
  if (typeof reports.stdout === 'string') io.stdout.write(reports.stdout);
  else for (const piece of reports.stdout ?? []) io.stdout.write(piece);

  if (exitCode === ExitCode.Usage) return exitCode;
  const outcome = outcomeOf(results, maxWarnings);
  // As ESLint: the too-many-warnings line only when no error explains the failure.
  if (outcome.tooManyWarnings && outcome.errors === 0)
    io.stderr.write(`blueprint: ${say.tooManyWarnings(outcome.warnings, maxWarnings as number)}\n`);
  return outcome.failed ? ExitCode.Findings : ExitCode.Ok;
}

/**
 * `--stdin`: the blueprint on standard input, checked as the file `--stdin-filename` names
 * (its config, its competency framework, its name in reports), `<stdin>` by default.
 */
async function checkStandardInput(
  io: IO,
  paths: readonly string[],
  flags: CheckFlags,
  settings: SettingsResolver,
): Promise<FileResult> {
  const say = messages(flags.locale).flags;
  if (!flags.stdin) throw new UsageError(say.stdinFilenameAlone);
  if (paths.length > 0) throw new UsageError(say.stdinNoPath);
  const file = flags.stdinFilename ?? '<stdin>';
  if (file === '') throw new UsageError(say.stdinFilenameEmpty);
  const source = await readInput(io.stdin, MAX_FILE_BYTES);
  if (source === undefined) throw new UsageError(say.stdinTooLarge(MAX_FILE_BYTES / 1024 / 1024));
  return checkSource(source, file, io.cwd, { settings, locale: flags.locale ?? 'en' });
}

/** As ESLint: a whole number; a negative one (-1) means no maximum. */
function parseMaxWarnings(value: string | undefined, bad: (value: string) => string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new UsageError(bad(value));
  const max = Number(value);
  return max < 0 ? undefined : max;
}

/** Fewest files for which a run shows its progress. */
const PROGRESS_FROM = 200;

/**
 * A progress line on standard error, for long runs on a terminal only: never in CI or when
 * standard error is piped, so that logs and reports stay clean.
 */
function progressOn(
  io: IO,
  total: number,
  line: (done: number, total: number) => string,
): { step(): void; done(): void } {
  const active = total >= PROGRESS_FROM && io.stderr.isTTY === true && !isCI(io.env);
  let count = 0;
  return {
    step() {
      count++;
      if (active && (count % 50 === 0 || count === total)) io.stderr.write(`\r${line(count, total)}`);
    },
    done() {
      if (active) io.stderr.write('\r\u001b[K');
    },
  };
}
