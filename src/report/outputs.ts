import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Locale } from '../i18n/locale.js';
import type { FileResult } from '../types.js';
import { describeFsError } from '../util/fs-error.js';
import { writeOutputFile } from '../util/output-file.js';
import { loadReporter, reporterNames } from './index.js';
import { everyRule } from './rule-catalog.js';
import { readRuleDocs } from './rule-docs.js';

/** One report to produce: a format, and the file it goes to (standard output when absent). */
export interface ReportTarget {
  format: string;
  file?: string;
}

/** A rendered report, ready to be written. */
export interface RenderedReports {
  /** The report for standard output, if one goes there. */
  stdout?: string;
  /** The reports for files: the path as given, the absolute path, the text. */
  files: { file: string; path: string; content: string }[];
}

/**
 * Turns `--format` values (`NAME` or `NAME=FILE`, repeatable) and `--output FILE` into the
 * reports to produce. `--output` names the file of the one format given without `=FILE`, and
 * then nothing goes to standard output (as ESLint's `--output-file`). Without `--output`, at
 * most one format goes to standard output; when every format names a file, `stylish` still
 * goes to standard output so the terminal or CI log shows the findings. Two reports to one file
 * (relative paths resolved from `cwd`) are refused. `names` are the formats the command writes.
 */
export function planReports(
  formats: readonly string[],
  output?: string,
  cwd = '/',
  names: readonly string[] = reporterNames,
): ReportTarget[] {
  const targets = (formats.length > 0 ? formats : ['stylish']).map((value) => parseFormat(value, names));
  const bare = targets.filter((target) => target.file === undefined);
  if (output !== undefined) {
    if (output === '') throw new UsageError('--output needs a file name');
    if (bare.length === 0)
      throw new UsageError(
        `--output ${output} names the file of the format given without =FILE, but every --format names its own file`,
      );
    if (bare.length > 1)
      throw new UsageError(
        `--output ${output} takes one format, got ${bare.map((t) => t.format).join(', ')}: write the others with --format NAME=FILE`,
      );
    (bare[0] as ReportTarget).file = output;
  } else if (bare.length > 1) {
    throw new UsageError(
      `only one format can go to standard output, got ${bare.map((t) => t.format).join(', ')}: write the others to files with --format NAME=FILE`,
    );
  } else if (bare.length === 0) {
    targets.unshift({ format: 'stylish' });
  }
  const seen = new Set<string>();
  for (const target of targets) {
    if (target.file === undefined) continue;
    const key = resolve(cwd, target.file);
    if (seen.has(key))
      throw new UsageError(`two reports would be written to ${target.file}: give each its own file`);
    seen.add(key);
  }
  return targets;
}

function parseFormat(value: string, names: readonly string[]): ReportTarget {
  const equals = value.indexOf('=');
  const format = equals === -1 ? value : value.slice(0, equals);
  if (!names.includes(format))
    throw new UsageError(`unknown format '${format}': use one of ${names.join(', ')}`);
  if (equals === -1) return { format };
  const file = value.slice(equals + 1);
  if (file === '') throw new UsageError(`--format ${format}= needs a file name after '='`);
  return { format, file };
}

/** What rendering needs besides the results. */
export interface RenderOptions {
  /** Colour for the report on standard output (files never get colour). */
  color: boolean;
  version: string;
  /** The absolute working folder: report files and relative paths start from it. */
  cwd: string;
  /** The language of the reports' own words (summaries); English when absent. */
  locale?: Locale;
}

/** Renders every planned report; the rule docs are read only when a format shows them (sarif). */
export async function renderReports(
  targets: readonly ReportTarget[],
  results: readonly FileResult[],
  options: RenderOptions,
): Promise<RenderedReports> {
  const rules = everyRule();
  const ruleDocs = targets.some((t) => t.format === 'sarif') ? readRuleDocs(rules.map((r) => r.id)) : {};
  const rendered: RenderedReports = { files: [] };
  for (const target of targets) {
    const reporter = await loadReporter(target.format);
    if (!reporter) throw new UsageError(`unknown format '${target.format}'`);
    const content = reporter(results, {
      color: target.file === undefined && options.color,
      version: options.version,
      cwd: options.cwd,
      rules,
      ruleDocs,
      locale: options.locale,
    });
    if (target.file === undefined) rendered.stdout = content;
    else rendered.files.push({ file: target.file, path: resolve(options.cwd, target.file), content });
  }
  return rendered;
}

/**
 * Writes each report file (`writeOutputFile`: a regular file atomically, a device or stream in
 * place). Returns one line per file that could not be written; the others are written all the same.
 */
export function writeReportFiles(files: RenderedReports['files']): string[] {
  const problems: string[] = [];
  for (const { file, path, content } of files) {
    try {
      writeOutputFile(path, content);
    } catch (error) {
      problems.push(`cannot write the report to ${file}: ${describeFsError(error, 'write')}`);
    }
  }
  return problems;
}
