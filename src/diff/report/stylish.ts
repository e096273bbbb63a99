import type { Locale } from '../../i18n/locale.js';
import { formatDuration } from '../../model/format-duration.js';
import { printableLine } from '../../report/text.js';
import { ansiStyles, type Style } from '../../util/ansi.js';
import type { DiffReport, FileDiff } from '../files.js';
import { type Messages, messagesFor } from '../messages/index.js';
import type { Change } from '../types.js';
import {
  CHANGE_GROUPS,
  countChanges,
  describeChange,
  describeConsequence,
  type Escapes,
  groupOf,
} from './describe.js';

/** How a diff report is written. */
export interface DiffReportOptions {
  locale: Locale;
  /** ANSI colours (stylish only). */
  color?: boolean;
}

const PLAIN: Escapes = { text: printableLine, code: printableLine };

/**
 * For a terminal: each file with its changes grouped (course, objectives, modules and activities,
 * assessments, programme), the findings the change introduces or resolves, then one summary line.
 */
export function diffStylish(report: DiffReport, options: DiffReportOptions): string {
  const m = messagesFor(options.locale);
  const style = ansiStyles(options.color === true);
  const out: string[] = [style.dim(`${printableLine(report.from)} → ${printableLine(report.to)}`), ''];
  for (const file of report.files) out.push(...fileLines(file, m, style), '');
  out.push(m.summary(countChanges(report.files)));
  return `${out.join('\n')}\n`;
}

function fileLines(file: FileDiff, m: Messages, style: ReturnType<typeof ansiStyles>): string[] {
  const name = file.oldFile === undefined ? file.file : `${file.oldFile} → ${file.file}`;
  const lines = [`${style.underline(printableLine(name))}  ${style.dim(m.status[file.status])}`];
  if (file.problem)
    lines.push(`  ${style.red(m.invalid(file.problem.version, printableLine(file.problem.message)))}`);
  for (const group of CHANGE_GROUPS) {
    const changes = file.changes.filter((change) => groupOf(change) === group);
    if (changes.length === 0) continue;
    lines.push(`  ${style.bold(m.groups[group])}`);
    for (const change of changes)
      lines.push(`    ${mark(change, style)} ${describeChange(change, m, PLAIN)}`);
  }
  if (file.consequences.length > 0) {
    lines.push(`  ${style.bold(m.groups.alignment)}`);
    for (const consequence of file.consequences) {
      const introduced = consequence.status === 'introduced';
      const status = (introduced ? style.red : style.green)(introduced ? m.introduced : m.resolved);
      lines.push(`    ${status} — ${describeConsequence(consequence, m, PLAIN)}`);
    }
  }
  const planned = file.plannedMinutes;
  if (
    file.status === 'modified' &&
    planned?.before !== undefined &&
    planned.after !== undefined &&
    planned.before !== planned.after
  )
    lines.push(
      `  ${style.dim(m.plannedTime(formatDuration(planned.before), formatDuration(planned.after)))}`,
    );
  return lines;
}

/** `+` added, `−` removed, `!` needs action, `~` changed. */
function mark(change: Change, style: ReturnType<typeof ansiStyles>): string {
  const paint = (symbol: string, colour: Style) => colour(symbol);
  if (change.class === 'programme-changed-without-update') return paint('!', style.red);
  if (change.class.endsWith('-added')) return paint('+', style.green);
  if (change.class.endsWith('-removed')) return paint('−', style.red);
  return paint('~', style.yellow);
}
