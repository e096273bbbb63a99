import type { FileResult, Finding } from '../types.js';
import { encodeRelativeUri, fileUri, folderUri, reportPath } from './paths.js';
import { PROJECT_URL, ruleDocUrl } from './project.js';
import { everyRule } from './rule-catalog.js';
import { jsonDocument } from './text.js';
import type { RuleInfo, StringReporter } from './types.js';

/** The most results one SARIF run may hold for GitHub code scanning. */
export const SARIF_MAX_RESULTS = 25_000;

/** The `uriBaseId` of every relative artifact location: the folder `check` ran in. */
export const SRCROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every rule as a driver rule with its help, every
 * finding as a result with its region, URIs relative to the working folder (`%SRCROOT%`).
 */
export const sarif: StringReporter = (results, options) => {
  const rules = options.rules ?? everyRule();
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const all = results.flatMap((result) => result.findings.map((finding) => ({ result, finding })));
  const kept = all.length > SARIF_MAX_RESULTS ? errorsFirst(all).slice(0, SARIF_MAX_RESULTS) : all;
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'course-blueprint',
        version: options.version,
        semanticVersion: options.version,
        informationUri: PROJECT_URL,
        rules: rules.map((rule) => describeRule(rule, options.version, options.ruleDocs?.[rule.id])),
      },
    },
    ...(options.cwd === undefined
      ? {}
      : { originalUriBaseIds: { [SRCROOT]: { uri: folderUri(options.cwd) } } }),
    columnKind: 'utf16CodeUnits',
    results: kept.map(({ result, finding }) => toResult(result, finding, indexOf, options.cwd)),
  };
  if (kept.length < all.length) {
    run.invocations = [
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'warning',
            message: {
              text: `${all.length - kept.length} of ${all.length} findings left out: a SARIF run holds at most ${SARIF_MAX_RESULTS} results (errors kept first); use --format json to see them all`,
            },
          },
        ],
      },
    ];
  }
  const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
  return jsonDocument(log);
};

function describeRule(rule: RuleInfo, version: string, doc: string | undefined) {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: (doc && firstParagraph(doc)) || rule.description },
    help: { text: doc ?? rule.description, markdown: doc ?? rule.description },
    helpUri: ruleDocUrl(rule.id, version),
    defaultConfiguration: { level: rule.severity },
    properties: { tags: ['course-blueprint', rule.preset ?? 'always-on'] },
  };
}

function toResult(result: FileResult, finding: Finding, indexOf: Map<string, number>, cwd?: string) {
  const where = reportPath(result.file, cwd);
  const artifactLocation =
    where.kind === 'relative'
      ? { uri: encodeRelativeUri(where.path), uriBaseId: SRCROOT }
      : { uri: fileUri(where.path) };
  const index = indexOf.get(finding.rule);
  return {
    ruleId: finding.rule,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: finding.severity,
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation, region: regionOf(finding) } }],
  };
}

/** A valid SARIF region: 1-based, the end never before the start (end columns are exclusive). */
function regionOf({ line, column, endLine, endColumn }: Finding) {
  const startLine = Math.max(1, line);
  const startColumn = Math.max(1, column);
  const end = Math.max(startLine, endLine);
  return {
    startLine,
    startColumn,
    endLine: end,
    endColumn: end === startLine ? Math.max(startColumn, endColumn) : Math.max(1, endColumn),
  };
}

function errorsFirst<T extends { finding: Finding }>(items: readonly T[]): T[] {
  return [
    ...items.filter((item) => item.finding.severity === 'error'),
    ...items.filter((item) => item.finding.severity !== 'error'),
  ];
}

/** The first paragraph of prose in a Markdown doc: headings, code blocks, lists, quotes and tables skipped. */
export function firstParagraph(markdown: string): string | undefined {
  const withoutCode = markdown.replace(/\r\n?/g, '\n').replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const block of withoutCode.split(/\n\s*\n/)) {
    const text = block.trim();
    if (text === '' || /^(#|[-*+] |\d+\. |>|\||<!--|```|~~~)/.test(text)) continue;
    return text.replace(/\s*\n\s*/g, ' ');
  }
  return undefined;
}
