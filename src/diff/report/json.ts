import { jsonDocument } from '../../report/text.js';
import type { DiffReport } from '../files.js';
import { messagesFor } from '../messages/index.js';
import { countChanges, describeChange, describeConsequence, type Escapes } from './describe.js';
import type { DiffReportOptions } from './stylish.js';

const RAW: Escapes = { text: (text) => text, code: (text) => text };

/** The version of the JSON shape: it changes only when a field is removed or changes meaning. */
export const DIFF_JSON_VERSION = 1;

/**
 * For tools: `{ version, from, to, summary, files: [{ file, oldFile?, status, problem?,
 * plannedMinutes?, changes: [{ class, scope, subject, field?, value?, before?, after?, added?,
 * removed?, items?, message }], consequences: [{ status, rule, severity, subject, path, message,
 * summary }] }], failOn? }` (docs/diff.md). Values are the model's (durations in minutes); `message`
 * and `summary` are in the report's language.
 */
export function diffJson(
  report: DiffReport,
  options: DiffReportOptions & { failOn?: readonly string[]; matched?: readonly string[] },
): string {
  const m = messagesFor(options.locale);
  const files = report.files.map((file) => ({
    ...file,
    changes: file.changes.map((change) => ({
      ...change,
      message: describeChange(change, m, RAW),
    })),
    consequences: file.consequences.map((consequence) => ({
      ...consequence,
      summary: describeConsequence(consequence, m, RAW),
    })),
  }));
  const document = {
    version: DIFF_JSON_VERSION,
    from: report.from,
    to: report.to,
    locale: options.locale,
    summary: countChanges(report.files),
    files,
    ...(options.failOn ? { failOn: { classes: options.failOn, matched: options.matched ?? [] } } : {}),
  };
  return jsonDocument(document);
}
