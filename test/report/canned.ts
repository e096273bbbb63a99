import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkFile, isUnreadable } from '../../src/check/file.js';
import type { ReportText, RuleInfo } from '../../src/report/types.js';
import type { FileResult, Finding, Severity } from '../../src/types.js';

/** The working folder every canned scenario is reported from. */
export const CWD = '/work/project';

/** A fixed rule list, so the snapshots do not change when the registry grows. */
export const cannedRules: RuleInfo[] = [
  {
    id: 'objective-not-assessed',
    description: 'Every objective is assessed.',
    severity: 'warning',
    preset: 'recommended',
  },
  {
    id: 'objective-not-taught',
    description: 'Every objective is taught by an activity.',
    severity: 'error',
    preset: 'recommended',
  },
  { id: 'schema', description: 'The blueprint follows the format.', severity: 'error' },
  { id: 'yaml-syntax', description: 'The file is valid YAML.', severity: 'error' },
];

/** One rule with a doc, one without (the description stands in for it). */
export const cannedDocs: Record<string, string> = {
  'objective-not-taught': [
    '# objective-not-taught',
    '',
    '```yaml',
    'objectives: []',
    '```',
    '',
    'Reports an objective that no activity',
    'teaches: learners are assessed on what they never practised.',
    '',
    '## How to fix',
    '',
    '- Add an activity with `objectives: [O1]`.',
    '',
  ].join('\n'),
};

function finding(
  rule: string,
  severity: Severity,
  message: string,
  line: number,
  column = 3,
  endLine = line,
  endColumn = column + 5,
): Finding {
  return { rule, severity, message, line, column, endLine, endColumn, path: `/line/${line}` };
}

function result(file: string, findings: Finding[]): FileResult {
  return {
    file,
    findings,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
  };
}

function many(): FileResult[] {
  const files: FileResult[] = [];
  for (let f = 0; f < 3; f++) {
    const findings: Finding[] = [];
    for (let i = 1; i <= 12; i++) {
      const severity: Severity = i % 3 === 0 ? 'warning' : 'error';
      const rule = severity === 'warning' ? 'objective-not-assessed' : 'objective-not-taught';
      findings.push(
        finding(
          rule,
          severity,
          `objective 'O${f}.${i}' is not ${severity === 'warning' ? 'assessed' : 'taught'}`,
          i * 2,
          5,
          i * 2 + (i === 12 ? 3 : 0),
          9,
        ),
      );
    }
    files.push(result(`courses/course-${f}.blueprint.yaml`, findings));
  }
  files.push(result('courses/clean.blueprint.yaml', []));
  return files;
}

/** The paths of the hostile scenario, with every character a format must escape. */
export const hostilePaths = {
  spaces: 'courses/with space/100% done, v2: final.blueprint.yaml',
  unicode: 'cours/été — 日本語 😀.blueprint.yaml',
  control: 'odd/new\nline\ttab\u0000nul\u0007bell::error::x.blueprint.yaml',
  markup: 'x/]]><&"\'#?.blueprint.yaml',
  outside: '../elsewhere/up.blueprint.yaml',
  absolute: '/srv/other/abs path.blueprint.yaml',
};

/** Messages with every character a format must escape. */
export const hostileMessages = [
  "unknown key 'a:b,c' at 100%: did you mean 'title'?",
  'line one\nline two\r\nline three\rend',
  'markup ]]> <tag attr="v"> & \'quoted\' %0A %25 :: ::error file=x::injected',
  'controls \u0000 NUL \u0001 \u0008 \u000b \u000c \u001b[31m ESC \u007f DEL \u0085 NEL',
  'non-ASCII: « objectif » 学习 😀 lone \uD800 surrogate \uFFFE',
  '',
];

function hostile(): FileResult[] {
  const [a, b, c, d, e, f] = hostileMessages as [string, string, string, string, string, string];
  return [
    result(hostilePaths.spaces, [
      finding('schema', 'error', a, 1, 1, 1, 4),
      finding('objective-not-assessed', 'warning', b, 2),
    ]),
    result(hostilePaths.unicode, [finding('objective-not-taught', 'error', c, 3, 7, 5, 2)]),
    result(hostilePaths.control, [finding('yaml-syntax', 'error', d, 1, 1, 1, 1)]),
    result(hostilePaths.markup, [
      finding('objective-not-assessed', 'warning', e, 4),
      finding('schema', 'error', f, 9),
    ]),
    result(hostilePaths.outside, [finding('unknown-rule-id', 'error', a, 1)]),
    result(hostilePaths.absolute, [finding('schema', 'error', b, 2)]),
  ];
}

/** The same canned results for every reporter. */
export const scenarios: Record<string, FileResult[]> = {
  'no-finding': [result('a.blueprint.yaml', []), result('courses/b.blueprint.yml', [])],
  'warnings-only': [
    result('courses/intro.blueprint.yaml', [
      finding(
        'objective-not-assessed',
        'warning',
        "objective 'O2' is not assessed: add it to an assessment's objectives",
        14,
      ),
      finding(
        'objective-not-assessed',
        'warning',
        "objective 'O3' is not assessed: add it to an assessment's objectives",
        19,
      ),
    ]),
    result('courses/clean.blueprint.yaml', []),
  ],
  'many-findings': many(),
  hostile: hostile(),
};

/** The repository's root: the examples and the CI fixture are read from there. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The examples and a file with findings, as `check` gives them: what each format is fed for real. */
export function checkedExamples(): { files: string[]; results: FileResult[] } {
  const files = [
    ...readdirSync(join(ROOT, 'examples'))
      .filter((name) => name.endsWith('.blueprint.yaml'))
      .map((name) => `examples/${name}`),
    'test/fixtures/ci/findings.blueprint.yaml',
  ];
  const results = files.map((file) => {
    const result = checkFile(file, ROOT);
    if (isUnreadable(result)) throw new Error(result.error);
    return result;
  });
  return { files, results };
}

/** A report's text as one string, its pieces joined (json gives its text in pieces). */
export function reportString(text: ReportText): string {
  return typeof text === 'string' ? text : [...text].join('');
}
