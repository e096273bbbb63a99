import { messages } from '../i18n/index.js';
import type { Finding, Severity } from '../types.js';
import { reportPath } from './paths.js';
import { printable, printableLine, wellFormed } from './text.js';
import type { StringReporter } from './types.js';

/**
 * Workflow commands written per kind: GitHub shows 10 error and 10 warning annotations per step,
 * so findings past these are printed as plain log lines and counted in a notice instead.
 */
export const GITHUB_MAX_ANNOTATIONS_PER_KIND = 10;

/**
 * GitHub Actions workflow commands: `::error file=F,line=L,endLine=E,col=C,endColumn=EC,title=RULE::MESSAGE`
 * per finding (`::warning` for warnings), up to 10 of each kind, then plain lines, then a summary.
 */
export const github: StringReporter = (results, options) => {
  const out: string[] = [];
  const annotated: Record<Severity, number> = { error: 0, warning: 0 };
  const plain: Record<Severity, number> = { error: 0, warning: 0 };
  let filesWithFindings = 0;
  for (const result of results) {
    if (result.findings.length > 0) filesWithFindings++;
    const file = reportPath(result.file, options.cwd).path;
    for (const finding of result.findings) {
      if (annotated[finding.severity] < GITHUB_MAX_ANNOTATIONS_PER_KIND) {
        annotated[finding.severity]++;
        out.push(command(file, finding));
      } else {
        plain[finding.severity]++;
        out.push(plainLine(file, finding));
      }
    }
  }
  const say = messages(options.locale).report;
  if (plain.error + plain.warning > 0) {
    const more = say.notAnnotated(plain.error, plain.warning, GITHUB_MAX_ANNOTATIONS_PER_KIND);
    out.push(`::notice title=course-blueprint::${escapeData(more)}`);
  }
  const errors = annotated.error + plain.error;
  const warnings = annotated.warning + plain.warning;
  out.push(
    errors + warnings === 0
      ? `course-blueprint: ${say.clean(results.length)}`
      : `course-blueprint: ${say.summary(errors, warnings, filesWithFindings, results.length)}`,
  );
  return wellFormed(`${out.join('\n')}\n`);
};

function command(file: string, finding: Finding): string {
  const properties = [
    `file=${escapeProperty(printableLine(file))}`,
    `line=${finding.line}`,
    `endLine=${finding.endLine}`,
  ];
  // Annotations take columns only within one line.
  if (finding.endLine === finding.line)
    properties.push(`col=${finding.column}`, `endColumn=${finding.endColumn}`);
  properties.push(`title=${escapeProperty(printableLine(finding.rule))}`);
  return `::${finding.severity} ${properties.join(',')}::${escapeData(printable(finding.message))}`;
}

/**
 * A finding past the annotation cap: one line, starting with its severity so it is never a
 * command; a line end in the file name or message would start a line the runner reads as one.
 */
function plainLine(file: string, finding: Finding): string {
  return `${finding.severity} ${printableLine(file)}:${finding.line}:${finding.column}  ${printableLine(finding.message.replace(/[\r\n]+/g, ' '))}  (${printableLine(finding.rule)})`;
}

/** A command's message, escaped as GitHub's runner unescapes it: `%`, CR, LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value: also `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
