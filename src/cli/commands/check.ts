import { resolve } from 'node:path';
import { checkFile, isUnreadable } from '../../check-file.js';
import { createSettingsResolver } from '../../config/resolve.js';
import { checkPresetName, parseRuleFlag } from '../../config/settings.js';
import { UsageError } from '../../errors.js';
import { findBlueprintFiles } from '../../load/files.js';
import { loadReporter, reporterNames } from '../../report/index.js';
import type { FileResult } from '../../types.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { ExitCode } from '../exit-codes.js';
import { type IO, useColor } from '../io.js';
import { type CommonOptions, VERSION } from '../program.js';

/** Flags of `blueprint check`. */
export interface CheckFlags extends CommonOptions {
  format: string;
  output?: string;
  maxWarnings?: string;
  quiet?: boolean;
  config?: string;
  preset: string[];
  rule: string[];
}

/** `blueprint check [paths…]`: findings on the chosen format; exit 0, 1 or 2. */
export async function checkCommand(io: IO, paths: string[], flags: CheckFlags): Promise<number> {
  const reporter = await loadReporter(flags.format);
  if (!reporter)
    throw new UsageError(`unknown format '${flags.format}': use one of ${reporterNames.join(', ')}`);
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  const settings = createSettingsResolver({
    cwd: io.cwd,
    configFile: flags.config,
    commandLine: {
      presets: flags.preset.map((name) => checkPresetName(name, '--preset')),
      rules: flags.rule.map(parseRuleFlag),
    },
  });

  const { files, problems } = await findBlueprintFiles(paths, io.cwd);
  let exitCode: number = problems.length > 0 ? ExitCode.Usage : ExitCode.Ok;
  for (const problem of problems) io.stderr.write(`blueprint: ${problem}\n`);

  // Every file's config is read before any file is checked: a bad config stops the run at once.
  for (const file of files) settings(file);
  const results: FileResult[] = [];
  for (const file of files) {
    const result = checkFile(file, io.cwd, { settings });
    if (isUnreadable(result)) {
      io.stderr.write(`blueprint: ${result.error}\n`);
      exitCode = ExitCode.Usage;
    } else {
      results.push(flags.quiet ? withoutWarnings(result) : result);
    }
  }

  if (files.length === 0) return exitCode;
  const report = reporter(results, {
    color: flags.output ? false : useColor(flags.color, io),
    version: VERSION,
  });
  if (flags.output) writeFileAtomic(resolve(io.cwd, flags.output), report);
  else io.stdout.write(report);

  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (exitCode === ExitCode.Usage) return exitCode;
  if (errors > 0) return ExitCode.Findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`blueprint: too many warnings (${warnings}, maximum ${maxWarnings})\n`);
    return ExitCode.Findings;
  }
  return ExitCode.Ok;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new UsageError(`--max-warnings takes a whole number of 0 or more, got '${value}'`);
  return Number(value);
}

function withoutWarnings(result: FileResult): FileResult {
  return {
    ...result,
    findings: result.findings.filter((finding) => finding.severity === 'error'),
    warningCount: 0,
  };
}
