import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Locale } from '../i18n/locale.js';
import { readRuleDocs } from '../rules/docs.js';
import type { FileResult } from '../types.js';
import { loadReporter } from './index.js';
import { everyRule } from './rule-catalog.js';
import type { ReportText } from './types.js';

/** One report to produce: a format, and the file it goes to (standard output when absent). */
export interface ReportTarget {
  format: string;
  file?: string;
}

/** A rendered report, ready to be written. */
export interface RenderedReports {
  /** The report for standard output, if one goes there. */
  stdout?: ReportText;
  /** The reports for files: the path as given, the absolute path, the text. */
  files: { file: string; path: string; content: ReportText }[];
}

/** What rendering the reports needs besides the results. */
export interface RenderReportsOptions {
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
  options: RenderReportsOptions,
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
