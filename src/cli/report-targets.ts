import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { type Locale, messages } from '../i18n/index.js';
import { reporterNames } from '../report/index.js';
import type { ReportTarget } from '../report/outputs.js';

/**
 * Turns `--format` values (`NAME` or `NAME=FILE`, repeatable) and `--output FILE` into the
 * reports to produce. `--output` names the file of the one format given without `=FILE`, and
 * then nothing goes to standard output (as ESLint's `--output-file`). Without `--output`, at
 * most one format goes to standard output; when every format names a file, `stylish` still
 * goes to standard output so the terminal or CI log shows the findings. Two reports to one file
 * (relative paths resolved from `cwd`) are refused. `names` are the formats the command writes;
 * refusals are worded in `locale`.
 */
export function planReports(
  formats: readonly string[],
  output?: string,
  cwd = '/',
  names: readonly string[] = reporterNames,
  locale: Locale = 'en',
): ReportTarget[] {
  const say = messages(locale).flags;
  const targets = (formats.length > 0 ? formats : ['stylish']).map((value) =>
    parseFormat(value, names, locale),
  );
  const bare = targets.filter((target) => target.file === undefined);
  if (output !== undefined) {
    if (output === '') throw new UsageError(say.outputEmpty);
    if (bare.length === 0) throw new UsageError(say.outputAllNamed(output));
    if (bare.length > 1) throw new UsageError(say.outputMany(output, bare.map((t) => t.format).join(', ')));
    (bare[0] as ReportTarget).file = output;
  } else if (bare.length > 1) {
    throw new UsageError(say.oneToStdout(bare.map((t) => t.format).join(', ')));
  } else if (bare.length === 0) {
    targets.unshift({ format: 'stylish' });
  }
  const seen = new Set<string>();
  for (const target of targets) {
    if (target.file === undefined) continue;
    const key = resolve(cwd, target.file);
    if (seen.has(key)) throw new UsageError(say.sameFile(target.file));
    seen.add(key);
  }
  return targets;
}

function parseFormat(value: string, names: readonly string[], locale: Locale): ReportTarget {
  const equals = value.indexOf('=');
  const format = equals === -1 ? value : value.slice(0, equals);
  if (!names.includes(format))
    throw new UsageError(messages(locale).flags.unknownFormat(format, names.join(', ')));
  if (equals === -1) return { format };
  const file = value.slice(equals + 1);
  if (file === '') throw new UsageError(messages(locale).flags.formatNoFile(format));
  return { format, file };
}
