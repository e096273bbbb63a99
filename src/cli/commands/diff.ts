import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSettingsResolver } from '../../config/resolve.js';
import { FAIL_ON_CLASSES } from '../../diff/classes.js';
import { matchedClasses } from '../../diff/files.js';
import { messagesFor } from '../../diff/messages/index.js';
import { diffJson } from '../../diff/report/json.js';
import { diffMarkdown } from '../../diff/report/markdown.js';
import { diffStylish } from '../../diff/report/stylish.js';
import { UsageError } from '../../errors.js';
import { compareFiles, compareRevisions } from '../../git/compare.js';
import { messages } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import { didYouMean } from '../../schema/did-you-mean.js';
import { refuseOverwritingInputs, writeReportFiles } from '../../util/output-file.js';
import { ExitCode } from '../exit-codes.js';
import { type IO, useColor } from '../io.js';
import type { CommonOptions } from '../program.js';
import { planReports } from '../report-targets.js';

/** Flags of `blueprint diff`. */
export interface DiffFlags extends CommonOptions {
  /** `NAME` or `NAME=FILE`, repeatable: stylish, markdown, json. */
  format: string[];
  output?: string;
  /** Classes of change that make the exit status 1, comma-separated, repeatable. */
  failOn: string[];
  config?: string;
}

/** The operands: revisions or two files before `--`, paths after it. */
export interface DiffOperands {
  revisions: string[];
  paths: string[];
}

const FORMATS = ['stylish', 'markdown', 'json'];

/**
 * `blueprint diff OLD NEW` (two files) or `blueprint diff [REV [REV]] [-- PATH…]` (git): what the
 * change means for learners and the programme. Exit 0; 1 when a `--fail-on` class is found; 2 when
 * it could not compare (outside git, unknown revision, a version that is not a valid blueprint).
 */
export async function diffCommand(io: IO, operands: DiffOperands, flags: DiffFlags): Promise<number> {
  // The run resolves the locale (--locale, the config's, the environment), as for every command.
  const locale = flags.locale ?? 'en';
  const say = messages(locale).diff;
  const failOn = parseFailOn(flags.failOn, locale);
  const targets = planReports(flags.format, flags.output, io.cwd, FORMATS, locale);
  const resolver = createSettingsResolver({ cwd: io.cwd, configFile: flags.config, locale });
  const options = { cwd: io.cwd, settings: (file: string) => resolver(file), locale };
  const looksLikeFile = (name: string) => /\.ya?ml$/i.test(name) || isFile(io.cwd, name);
  // Before `--`, a name that looks like a file is a path, as git reads `git diff main x.yaml`.
  const revisions = operands.revisions.filter((name) => !looksLikeFile(name));
  const paths = [...operands.revisions.filter(looksLikeFile), ...operands.paths];
  if (revisions.length > 2) throw new UsageError(say.tooManyRevisions(revisions.length));
  const twoFiles = operands.paths.length === 0 && revisions.length === 0 && paths.length === 2;
  const { report, inputs } = twoFiles
    ? compareFiles(paths[0] as string, paths[1] as string, options)
    : compareRevisions(revisions[0] ?? 'HEAD', revisions[1], paths, {
        ...options,
        workingTree: messagesFor(locale).workingTree,
      });

  const matched = matchedClasses(report, failOn);
  const render = (format: string, color: boolean) =>
    format === 'json'
      ? diffJson(report, { locale, ...(failOn.length > 0 ? { failOn, matched } : {}) })
      : (format === 'markdown' ? diffMarkdown : diffStylish)(report, { locale, color });
  const outputs = targets.flatMap((target) => (target.file === undefined ? [] : [target.file]));
  refuseOverwritingInputs(outputs, inputs, io.cwd, locale);
  const color = useColor(flags.color, io);
  for (const target of targets) if (target.file === undefined) io.stdout.write(render(target.format, color));
  const problems = writeReportFiles(
    targets.flatMap((target) =>
      target.file === undefined
        ? []
        : [{ file: target.file, path: resolve(io.cwd, target.file), content: render(target.format, false) }],
    ),
    locale,
  );
  for (const problem of problems) io.stderr.write(`blueprint: ${problem}\n`);
  const invalid = report.files.filter((file) => file.status === 'invalid').length;
  if (invalid > 0 || problems.length > 0) {
    if (invalid > 0) io.stderr.write(`blueprint: ${say.couldNotCompare(invalid)}\n`);
    return ExitCode.Usage;
  }
  if (matched.length > 0) {
    io.stderr.write(`blueprint: ${say.failOnFound(matched.join(', '))}\n`);
    return ExitCode.Findings;
  }
  return ExitCode.Ok;
}

function isFile(cwd: string, name: string): boolean {
  return statSync(resolve(cwd, name), { throwIfNoEntry: false })?.isFile() === true;
}

function parseFailOn(values: readonly string[], locale: Locale): string[] {
  const classes = values
    .flatMap((value) => value.split(','))
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of classes) {
    if (!FAIL_ON_CLASSES.includes(name))
      throw new UsageError(
        messages(locale).diff.unknownFailOn(name, didYouMean(name, FAIL_ON_CLASSES, '`', locale)),
      );
  }
  return [...new Set(classes)];
}
