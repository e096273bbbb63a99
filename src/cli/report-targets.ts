import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { reporterNames } from '../report/index.js';
import type { ReportTarget } from '../report/outputs.js';

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
