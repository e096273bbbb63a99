import { type Catalogue, messages } from '../i18n/index.js';
import type { Finding } from '../types.js';
import { ansiStyles, type Styles } from '../util/ansi.js';
import { hasControl, printable, printableLine } from './text.js';
import type { StringReporter } from './types.js';

/** Most findings shown per file; the rest are counted (the json format has them all). */
export const STYLISH_MAX_PER_FILE = 100;

/** Longest source line shown in a code frame. */
const MAX_FRAME_WIDTH = 200;

/** Grouped by file: `line:col  severity  message  rule`, a code frame, then a summary line. */
export const stylish: StringReporter = (results, options) => {
  const style = ansiStyles(options.color);
  const say = messages(options.locale).report;
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let filesWithFindings = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    if (result.findings.length === 0) continue;
    filesWithFindings++;
    out.push(style.underline(printableLine(result.file)));
    const lines = result.source?.split(/\r?\n/) ?? [];
    for (const finding of result.findings.slice(0, STYLISH_MAX_PER_FILE)) {
      out.push(formatFinding(finding, style, say));
      out.push(...frameOf(lines, finding, style));
    }
    const hidden = result.findings.length - STYLISH_MAX_PER_FILE;
    if (hidden > 0) out.push(style.dim(`  ${say.more(hidden)}`));
    out.push('');
  }
  if (errors + warnings === 0) {
    out.push(style.green(`✔ ${say.clean(results.length)}`));
  } else {
    const summary = `✖ ${say.summary(errors, warnings, filesWithFindings, results.length)}`;
    out.push(errors > 0 ? style.red(style.bold(summary)) : style.yellow(style.bold(summary)));
  }
  return `${out.join('\n')}\n`;
};

function formatFinding(finding: Finding, style: Styles, say: Catalogue['report']): string {
  const where = style.dim(`${finding.line}:${finding.column}`.padEnd(7));
  // Both severities take the width of the longer, so that the messages line up.
  const width = Math.max(say.error.length, say.warning.length);
  const severity =
    finding.severity === 'error'
      ? style.red(say.error.padEnd(width))
      : style.yellow(say.warning.padEnd(width));
  return `  ${where}  ${severity}  ${printable(oneLine(finding.message))}  ${style.dim(printableLine(finding.rule))}`;
}

/** The offending line with a caret under the finding; nothing for lines too long to show or holding a control character. */
function frameOf(lines: readonly string[], finding: Finding, style: Styles): string[] {
  const text = lines[finding.line - 1];
  if (text === undefined || text.length > MAX_FRAME_WIDTH || hasControl(text) || text.includes('\r'))
    return [];
  const gutter = String(finding.line);
  const width = finding.endLine === finding.line ? Math.max(1, finding.endColumn - finding.column) : 1;
  const caret = `${' '.repeat(finding.column - 1)}${'^'.repeat(Math.min(width, text.length - finding.column + 2))}`;
  return [
    style.dim(`    ${gutter} | `) + text,
    style.dim(`    ${' '.repeat(gutter.length)} | `) + style.red(caret),
  ];
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
