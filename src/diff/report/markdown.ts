import { formatDuration } from '../../model/format-duration.js';
import { printableLine } from '../../report/text.js';
import type { DiffReport, FileDiff } from '../files.js';
import { type Messages, messagesFor } from '../messages/index.js';
import {
  CHANGE_GROUPS,
  countChanges,
  describeChange,
  describeConsequence,
  type Escapes,
  groupOf,
} from './describe.js';
import type { DiffReportOptions } from './stylish.js';

/**
 * Text from a blueprint or a file name, inert in Markdown: control characters escaped, and every
 * character that could start markup (emphasis, links, HTML such as `</details>`, tables) escaped
 * with a backslash, as CommonMark allows for any ASCII punctuation.
 */
export function markdownText(text: string): string {
  return printableLine(text).replace(/[\\`*_[\]<>#|~&!(){}$]/g, '\\$&');
}

/** A literal (an id, a level, a date) as inline code; text that a code span cannot hold is escaped instead. */
export function markdownCode(text: string): string {
  const line = printableLine(text);
  return /^[^`\s][^`]*$/.test(line) && !line.endsWith(' ') ? `\`${line}\`` : markdownText(line);
}

/** Text inside an HTML element: control characters escaped, `&`, `<`, `>`, `"` as entities. */
export function htmlText(text: string): string {
  return printableLine(text).replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

const MARKDOWN: Escapes = { text: markdownText, code: markdownCode };

/**
 * For a pull-request comment: a title, the summary line, a table of the files, what needs
 * action (a published programme whose update date did not move, findings introduced), then each
 * file's changes folded in `<details>`.
 */
export function diffMarkdown(report: DiffReport, options: DiffReportOptions): string {
  const m = messagesFor(options.locale);
  const counts = countChanges(report.files);
  const out = [`### ${markdownText(m.markdownTitle(report.from, report.to))}`, ''];
  out.push(`**${m.summary(counts)}**`, '');
  const listed = report.files.filter((file) => file.status !== 'unchanged' || report.files.length === 1);
  if (listed.length > 0) {
    const t = m.table;
    out.push(
      `| ${t.file} | ${t.status} | ${t.learners} | ${t.programme} | ${t.introduced} | ${t.resolved} |`,
    );
    out.push('|---|---|--:|--:|--:|--:|');
    for (const file of listed) {
      const c = countChanges([file]);
      out.push(
        `| ${markdownCode(file.file)} | ${m.status[file.status]} | ${c.learners} | ${c.programme} | ${c.introduced} | ${c.resolved} |`,
      );
    }
    out.push('');
  }
  const urgent = report.files.flatMap((file) => urgentLines(file, m));
  if (urgent.length > 0) out.push(...urgent, '');
  for (const file of report.files) {
    if (file.changes.length + file.consequences.length === 0 && !file.problem) continue;
    out.push(...fileDetails(file, m), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** What a reviewer must not miss, outside the folds: an undated programme change, a file not compared. */
function urgentLines(file: FileDiff, m: Messages): string[] {
  const lines: string[] = [];
  const name = `**${markdownCode(file.file)}**${m.colon}`;
  if (file.problem)
    lines.push(`> ${name}${markdownText(m.invalid(file.problem.version, file.problem.message))}`);
  for (const change of file.changes) {
    if (change.class === 'programme-changed-without-update')
      lines.push(`> ${name}${describeChange(change, m, MARKDOWN)}`);
  }
  return lines;
}

function fileDetails(file: FileDiff, m: Messages): string[] {
  const total = file.changes.length + file.consequences.length;
  // Inside an HTML element Markdown is not read: the names are written as HTML text.
  const name = file.oldFile === undefined ? file.file : `${file.oldFile} → ${file.file}`;
  const summary = `${htmlText(name)}${m.colon}${m.status[file.status]} (${total})`;
  const lines = [`<details><summary>${summary}</summary>`, ''];
  for (const group of CHANGE_GROUPS) {
    const changes = file.changes.filter((change) => groupOf(change) === group);
    if (changes.length === 0) continue;
    lines.push(`#### ${m.groups[group]}`, '');
    for (const change of changes) lines.push(`- ${describeChange(change, m, MARKDOWN)}`);
    lines.push('');
  }
  if (file.consequences.length > 0) {
    lines.push(`#### ${m.groups.alignment}`, '');
    for (const consequence of file.consequences) {
      const status = consequence.status === 'introduced' ? m.introduced : m.resolved;
      lines.push(`- **${status}**: ${describeConsequence(consequence, m, MARKDOWN)}`);
    }
    lines.push('');
  }
  const planned = file.plannedMinutes;
  if (
    file.status === 'modified' &&
    planned?.before !== undefined &&
    planned.after !== undefined &&
    planned.before !== planned.after
  )
    lines.push(m.plannedTime(formatDuration(planned.before), formatDuration(planned.after)), '');
  lines.push('</details>');
  return lines;
}
