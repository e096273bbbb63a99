import { describe, expect, it } from 'vitest';
import { alwaysOn, VALID } from '../helpers/check.js';

/** [what, edit of VALID, expected "path line:column", expected message]. */
const cases: Array<[string, (source: string) => string, string, string | RegExp]> = [
  [
    'a duration given as a bare number',
    (s) => s.replace('duration: 1h\n  modality', 'duration: 7\n  modality'),
    '/constraints/duration 7:13',
    "`duration` must be a string such as '1h30' or '90min', got the number 7",
  ],
  [
    'a duration in an unknown form',
    (s) => s.replace('    duration: 1h\n', '    duration: 3 hours\n'),
    '/modules/0/duration 16:15',
    "module M1: `duration` must be a duration such as '90min', '1h30', '2h 15min', '2d' or 'PT1H30M'; got the text '3 hours'",
  ],
  [
    'a zero duration',
    (s) => s.replace('    duration: 1h\n', '    duration: 0min\n'),
    '/modules/0/duration 16:15',
    'module M1: `duration` cannot be zero: a duration is at least one minute',
  ],
  [
    'a duration in words is not mistaken for zero',
    (s) => s.replace('    duration: 1h\n', '    duration: twenty minutes\n'),
    '/modules/0/duration 16:15',
    "module M1: `duration` must be a duration such as '90min', '1h30', '2h 15min', '2d' or 'PT1H30M'; got the text 'twenty minutes'",
  ],
  [
    'a missing required key points at the parent mapping',
    (s) => s.replace('    bloom: understand\n    objectives', '    objectives'),
    '/assessments/0 19:5',
    /^assessment A1 is missing `bloom` \(the highest level the assessment's tasks demand\)$/,
  ],
  [
    'a missing top-level key points at the first line',
    (s) => s.replace('title: Tiny course\n', ''),
    ' 1:1',
    /^the blueprint is missing `title`/,
  ],
  [
    'an unknown key points at the key, with a did-you-mean',
    (s) => s.replace('modules:', 'modles:'),
    '/modles 13:1',
    'unknown key `modles`. Did you mean `modules`?',
  ],
  [
    'an unknown key inside an entity names the entity',
    (s) => s.replace('    statement: Explain', '    statment: Explain'),
    '/objectives/0/statment 11:5',
    'unknown key `statment` in objective O1. Did you mean `statement`?',
  ],
  [
    'an enum value with a did-you-mean',
    (s) => s.replace('    bloom: understand\nmodules', '    bloom: analyse-it\nmodules'),
    '/objectives/0/bloom 12:12',
    "objective O1: `bloom` must be one of remember, understand, apply, analyze, analyse, evaluate, create; got the text 'analyse-it'. Did you mean 'analyse'?",
  ],
  [
    'an id that does not start with a letter',
    (s) => s.replace('  - id: M1', '  - id: 1st'),
    '/modules/0/id 14:9',
    /^module 1st: `id` must be an id: a letter, then letters, digits/,
  ],
  [
    'a course id that is not a slug',
    (s) => s.replace('id: tiny-course', 'id: Tiny Course'),
    '/id 2:5',
    "`id` must be a lower-case slug of letters, digits and '-', such as 'data-viz-basics'; got the text 'Tiny Course'",
  ],
  [
    'an empty list where one item is required',
    (s) => s.replace(/modules:\n[\s\S]*?assessments:/, 'modules: []\nassessments:'),
    '/modules 13:10',
    '`modules` must list at least 1 item',
  ],
  [
    'a list where a mapping is expected',
    (s) => s.replace('audience:\n  description: Anyone', 'audience: [Anyone]'),
    '/audience 4:11',
    '`audience` must be a mapping (key: value pairs), got a list',
  ],
  [
    'the blueprint itself is a list',
    () => '- a\n- b\n',
    ' 1:1',
    'the blueprint must be a mapping (key: value pairs), got a list',
  ],
  [
    'a group size with min above max',
    (s) => s.replace('  description: Anyone\n', '  description: Anyone\n  size: { min: 12, max: 6 }\n'),
    '/audience/size/min 6:16',
    'group size `min` (12) is larger than `max` (6)',
  ],
  [
    'an impossible date',
    (s) => `${s}admin:\n  updated: "2026-02-30"\n`,
    '/admin/updated 26:12',
    "`updated` is not a real date: the text '2026-02-30' (expected YYYY-MM-DD)",
  ],
  [
    'a price object without currency',
    (s) => `${s}admin:\n  price: { amount: 100 }\n`,
    '/admin/price 26:3',
    /^`price` is missing `currency`/,
  ],
  [
    'a currency in lower case',
    (s) =>
      s.replace(
        '  modality: in-person\n',
        '  modality: in-person\n  budget: { amount: 10, currency: eur }\n',
      ),
    '/constraints/budget/currency 9:35',
    "`currency` must be a three-letter currency code in capitals, such as EUR or USD; got the text 'eur'",
  ],
  [
    'an unquoted comma in a flow mapping',
    (s) =>
      s.replace(
        '    title: The only module\n',
        '    title: The only module\n    activities:\n      - { title: Read, then write, type: practice, duration: 10min }\n',
      ),
    '/modules/0/activities/0/then write 17:24',
    /A comma inside \{ … \} separates entries/,
  ],
];

describe('schema findings: human messages at the offending node', () => {
  for (const [what, edit, expectedWhere, expectedMessage] of cases) {
    it(what, () => {
      const findings = alwaysOn(edit(VALID));
      const found = findings.find(
        (finding) => `${finding.path} ${finding.line}:${finding.column}` === expectedWhere,
      );
      expect(found, JSON.stringify(findings, null, 1)).toBeDefined();
      expect(found?.rule).toBe('schema');
      if (typeof expectedMessage === 'string') expect(found?.message).toBe(expectedMessage);
      else expect(found?.message).toMatch(expectedMessage);
    });
  }

  it('a weight over 100 says the limit and the value', () => {
    const [weight, ...rest] = alwaysOn(`${VALID}    weight: 120\n`);
    expect(rest).toEqual([]);
    expect(weight).toMatchObject({ path: '/assessments/0/weight', line: 25, column: 13 });
    expect(weight?.message).toBe('assessment A1: `weight` must be at most 100, got 120');
  });

  it('x- extension keys are accepted anywhere', () => {
    const source = VALID.replace('audience:\n', 'x-owner: Ana\naudience:\n  x-note: [1, 2]\n').replace(
      '    bloom: understand\n    objectives',
      '    bloom: understand\n    x-rubric: { a: 1 }\n    objectives',
    );
    expect(alwaysOn(source)).toEqual([]);
  });

  it('every accepted Bloom spelling and knowledge dimension passes', () => {
    for (const level of ['remember', 'understand', 'apply', 'analyze', 'analyse', 'evaluate', 'create']) {
      expect(
        alwaysOn(
          VALID.replace(
            '    bloom: understand\nmodules',
            `    bloom: ${level}\n    knowledge: factual\nmodules`,
          ),
        ),
      ).toEqual([]);
    }
  });

  it('unsupported-version fires alone for another integer version', () => {
    const findings = alwaysOn(
      VALID.replace('blueprint: 1', 'blueprint: 2').replace('title: Tiny course\n', ''),
    );
    expect(findings.map((finding) => `${finding.rule} ${finding.line}:${finding.column}`)).toEqual([
      'unsupported-version 1:12',
    ]);
    expect(findings[0]?.message).toMatch(/format version 2 is not one this release reads/);
  });

  it('a version that is not an integer is a schema finding', () => {
    const findings = alwaysOn(VALID.replace('blueprint: 1', 'blueprint: "1"'));
    expect(findings.map((finding) => `${finding.rule} ${finding.path}`)).toEqual(['schema /blueprint']);
  });
});
