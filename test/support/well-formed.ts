/** What every result of `checkBlueprint` must satisfy, whatever the input. */

import { alwaysOnRuleIds } from '../../src/rules/always-on.js';
import { rules } from '../../src/rules/index.js';
import type { FileResult } from '../../src/types.js';

/** Rule ids a finding may carry: the always-on checks, the registered rules, `unused-disable`. */
export const knownRuleIds: ReadonlySet<string> = new Set([
  ...alwaysOnRuleIds,
  ...rules.map((rule) => rule.meta.id),
  'unused-disable',
]);

/** The lines of a source as the checker sees them (BOM dropped, invalid UTF-8 replaced). */
export function linesOf(source: string | Uint8Array): string[] {
  const text = typeof source === 'string' ? source : new TextDecoder('utf-8').decode(source);
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
}

/**
 * The problems with a result, as sentences ([] when it is well formed): a known rule id, a
 * severity, a position inside the text (1 ≤ line ≤ lines, 1 ≤ column ≤ line length + 1, the end
 * not before the start and inside the text too) and counts that match the findings.
 */
export function problemsWith(result: FileResult, source: string | Uint8Array): string[] {
  const lines = linesOf(source);
  const problems: string[] = [];
  const inside = (line: number, column: number) =>
    Number.isInteger(line) &&
    Number.isInteger(column) &&
    line >= 1 &&
    line <= lines.length &&
    column >= 1 &&
    column <= (lines[line - 1] as string).length + 1;
  for (const finding of result.findings) {
    const where = `${finding.rule} at ${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`;
    if (!knownRuleIds.has(finding.rule)) problems.push(`unknown rule id: ${where}`);
    if (finding.severity !== 'error' && finding.severity !== 'warning') {
      problems.push(`bad severity ${String(finding.severity)}: ${where}`);
    }
    if (typeof finding.message !== 'string' || finding.message.trim() === '') {
      problems.push(`empty message: ${where}`);
    }
    if (typeof finding.path !== 'string' || !(finding.path === '' || finding.path.startsWith('/'))) {
      problems.push(`bad path ${JSON.stringify(finding.path)}: ${where}`);
    }
    if (!inside(finding.line, finding.column)) problems.push(`start outside the text: ${where}`);
    if (!inside(finding.endLine, finding.endColumn)) problems.push(`end outside the text: ${where}`);
    if (
      finding.endLine < finding.line ||
      (finding.endLine === finding.line && finding.endColumn < finding.column)
    ) {
      problems.push(`end before start: ${where}`);
    }
  }
  const errors = result.findings.filter((finding) => finding.severity === 'error').length;
  if (result.errorCount !== errors) problems.push(`errorCount ${result.errorCount} but ${errors} errors`);
  if (result.warningCount !== result.findings.length - errors) {
    problems.push(`warningCount ${result.warningCount} but ${result.findings.length - errors} warnings`);
  }
  return problems;
}
