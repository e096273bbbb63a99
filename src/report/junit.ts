import type { FileResult, Finding } from '../types.js';
import { reportPath } from './paths.js';
import { printable, printableLine } from './text.js';
import type { StringReporter } from './types.js';
import { escapeAttribute as attr, escapeText as text } from './xml.js';

/**
 * JUnit XML as GitLab and Jenkins read it: one `<testsuite>` per file; one failing `<testcase>`
 * per error, one passing `<testcase>` per warning (its text in `<system-out>`), and one passing
 * `<testcase>` for a file without any finding.
 */
export const junit: StringReporter = (results, options) => {
  const suites = results.map((result) => suite(result, options.cwd));
  const tests = suites.reduce((sum, s) => sum + s.tests, 0);
  const failures = suites.reduce((sum, s) => sum + s.failures, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="course-blueprint" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
};

function suite(result: FileResult, cwd?: string): { tests: number; failures: number; xml: string } {
  const file = printableLine(reportPath(result.file, cwd).path);
  const errors = result.findings.filter((finding) => finding.severity === 'error');
  const warnings = result.findings.filter((finding) => finding.severity !== 'error');
  const cases =
    result.findings.length === 0
      ? [`    <testcase name="no problems" classname="${attr(file)}" file="${attr(file)}"/>`]
      : [...errors, ...warnings].map((finding) => testcase(file, finding));
  return {
    tests: cases.length,
    failures: errors.length,
    xml: [
      `  <testsuite name="${attr(file)}" tests="${cases.length}" failures="${errors.length}" errors="0" skipped="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n'),
  };
}

function testcase(file: string, found: Finding): string {
  const finding = { ...found, message: printable(found.message), rule: printableLine(found.rule) };
  const where = `${file}:${finding.line}:${finding.column}`;
  const head = `    <testcase name="${attr(`${finding.rule} at ${finding.line}:${finding.column}`)}" classname="${attr(file)}" file="${attr(file)}" line="${finding.line}">`;
  const body = `${finding.message}\n\nat ${where}\nrule: ${finding.rule} (${finding.severity})`;
  const inner =
    finding.severity === 'error'
      ? `      <failure message="${attr(finding.message)}" type="${attr(finding.rule)}">${text(body)}</failure>`
      : `      <system-out>${text(`warning: ${body}`)}</system-out>`;
  return [head, inner, '    </testcase>'].join('\n');
}
