/**
 * Every branch of the schema's human messages (src/schema/messages.ts, describe.ts), pinned to the
 * exact message, line, column and pointer. Found necessary by the mutants that survived the
 * schema mutation run: a message that loses its owner, its label or its hint must fail a test.
 */
import { describe, expect, it } from 'vitest';
import { checkBlueprint } from '../../src/check/blueprint.js';
import { VALID } from '../helpers/check.js';

/** [case, blueprint text, "rule line:column pointer | message" of each finding]. */
const cases: Array<[string, string, string[]]> = [
  [
    'root not a mapping',
    '- a\n- b\n',
    ['schema 1:1  | the blueprint must be a mapping (key: value pairs), got a list'],
  ],
  [
    'root missing title',
    VALID.replace('title: Tiny course\n', ''),
    ['schema 1:1  | the blueprint is missing `title` (the title of the course, as learners will see it)'],
  ],
  [
    'objective missing bloom',
    VALID.replace('    bloom: understand\n', ''),
    ['schema 10:5 /objectives/0 | objective O1 is missing `bloom` (the level the objective targets)'],
  ],
  [
    'root unknown key, no hint',
    `${VALID}zzzzqqq: 1\n`,
    [
      "schema 25:1 /zzzzqqq | unknown key `zzzzqqq`. Known keys: blueprint, id, title, language, version, summary, audience, constraints, objectives, modules, assessments, competencies, admin; extension keys start with 'x-'.",
    ],
  ],
  [
    'root unknown key, hint',
    `${VALID}modles: []\n`,
    ['schema 25:1 /modles | unknown key `modles`. Did you mean `modules`?'],
  ],
  [
    'nested unknown key',
    VALID.replace('  description: Anyone\n', '  description: Anyone\n  levle: beginner\n'),
    ['schema 6:3 /audience/levle | unknown key `levle` in `audience`. Did you mean `level`?'],
  ],
  [
    'look-alike key',
    VALID.replace('title: Tiny course', 't\u0456tle: Tiny course'),
    [
      'schema 1:1  | the blueprint is missing `title` (the title of the course, as learners will see it)',
      "schema 3:1 /tіtle | unknown key `tіtle` (it contains the non-ASCII character 'і', U+0456). Did you mean `title`?",
    ],
  ],
  [
    'type string',
    VALID.replace('title: Tiny course', 'title: [a]'),
    ['schema 3:8 /title | `title` must be text, got a list'],
  ],
  [
    'type integer size',
    VALID.replace('  description: Anyone\n', '  description: Anyone\n  size: { min: 1.5, max: 3 }\n'),
    ['schema 6:16 /audience/size/min | `min` must be a whole number, got the number 1.5'],
  ],
  [
    'type number weight',
    `${VALID}    weight: "x"\n`,
    ["schema 25:13 /assessments/0/weight | assessment A1: `weight` must be a number, got the text 'x'"],
  ],
  [
    'type array',
    VALID.replace('    objectives: [O1]\n', '    objectives: O1\n'),
    [
      "schema 17:17 /modules/0/objectives | module M1: `objectives` must be a list of ids, such as [O1, O2], got the text 'O1'",
    ],
  ],
  [
    'type object audience',
    VALID.replace('audience:\n  description: Anyone\n', 'audience: everyone\n'),
    ["schema 4:11 /audience | `audience` must be a mapping (key: value pairs), got the text 'everyone'"],
  ],
  [
    'duration bare number',
    VALID.replace('  duration: 1h\n  modality', '  duration: 3\n  modality'),
    [
      "schema 7:13 /constraints/duration | `duration` must be a string such as '1h30' or '90min', got the number 3",
    ],
  ],
  [
    'duration zero',
    VALID.replace('  duration: 1h\n  modality', '  duration: 0h\n  modality'),
    ['schema 7:13 /constraints/duration | `duration` cannot be zero: a duration is at least one minute'],
  ],
  [
    'duration words',
    VALID.replace('  duration: 1h\n  modality', '  duration: an hour\n  modality'),
    [
      "schema 7:13 /constraints/duration | `duration` must be a duration such as '90min', '1h30', '2h 15min', '2d' or 'PT1H30M'; got the text 'an hour'",
    ],
  ],
  [
    'id pattern',
    VALID.replace('  - id: O1', '  - id: 1-O'),
    [
      "schema 10:9 /objectives/0/id | objective 1-O: `id` must be an id: a letter, then letters, digits, '_', '.' or '-' (such as 'O1' or 'C3.2'); got the text '1-O'",
    ],
  ],
  [
    'slug pattern',
    VALID.replace('id: tiny-course', 'id: Tiny Course'),
    [
      "schema 2:5 /id | `id` must be a lower-case slug of letters, digits and '-', such as 'data-viz-basics'; got the text 'Tiny Course'",
    ],
  ],
  [
    'currency',
    VALID.replace(
      '  modality: in-person\n',
      '  modality: in-person\n  budget: { amount: 10, currency: eur }\n',
    ),
    [
      "schema 9:35 /constraints/budget/currency | `currency` must be a three-letter currency code in capitals, such as EUR or USD; got the text 'eur'",
    ],
  ],
  [
    'updated pattern',
    `${VALID}admin:\n  updated: 12/01/2026\n`,
    ["schema 26:12 /admin/updated | `updated` must be a date written YYYY-MM-DD; got the text '12/01/2026'"],
  ],
  [
    'updated format',
    `${VALID}admin:\n  updated: 2026-02-30\n`,
    [
      "schema 26:12 /admin/updated | `updated` is not a real date: the text '2026-02-30' (expected YYYY-MM-DD)",
    ],
  ],
  [
    'email format',
    `${VALID}admin:\n  contact: { name: Ann, email: not-an-email }\n`,
    ["schema 26:32 /admin/contact/email | `email` is not a valid email address: the text 'not-an-email'"],
  ],
  [
    'enum with hint',
    VALID.replace('bloom: understand\nmodules', 'bloom: understnd\nmodules'),
    [
      "schema 12:12 /objectives/0/bloom | objective O1: `bloom` must be one of remember, understand, apply, analyze, analyse, evaluate, create; got the text 'understnd'. Did you mean 'understand'?",
    ],
  ],
  [
    'enum no hint',
    VALID.replace('  modality: in-person', '  modality: zzz'),
    [
      "schema 8:13 /constraints/modality | `modality` must be one of in-person, remote, blended, self-paced; got the text 'zzz'.",
    ],
  ],
  [
    'enum non-string',
    VALID.replace('  modality: in-person', '  modality: 3'),
    [
      'schema 8:13 /constraints/modality | `modality` must be text, got the number 3',
      'schema 8:13 /constraints/modality | `modality` must be one of in-person, remote, blended, self-paced; got the number 3.',
    ],
  ],
  [
    'minimum',
    `${VALID}    weight: -1\n`,
    ['schema 25:13 /assessments/0/weight | assessment A1: `weight` must be at least 0, got -1'],
  ],
  [
    'maximum',
    `${VALID}    weight: 101\n`,
    ['schema 25:13 /assessments/0/weight | assessment A1: `weight` must be at most 100, got 101'],
  ],
  [
    'exclusiveMinimum',
    VALID.replace('  modality: in-person\n', '  modality: in-person\n  hours_per_day: 0\n'),
    ['schema 9:18 /constraints/hours_per_day | `hours_per_day` must be more than 0, got 0'],
  ],
  [
    'maximum hpd',
    VALID.replace('  modality: in-person\n', '  modality: in-person\n  hours_per_day: 25\n'),
    ['schema 9:18 /constraints/hours_per_day | `hours_per_day` must be at most 24, got 25'],
  ],
  [
    'minItems',
    VALID.replace(/modules:[\s\S]*assessments:/, 'modules: []\nassessments:'),
    ['schema 13:10 /modules | `modules` must list at least 1 item'],
  ],
  [
    'minLength',
    VALID.replace('title: Tiny course', 'title: ""'),
    ['schema 3:8 /title | `title` must not be empty'],
  ],
  [
    'activity owner',
    VALID.replace(
      '    objectives: [O1]\nassessments',
      '    objectives: [O1]\n    activities:\n      - { title: Warm-up, type: talk, duration: 10min }\nassessments',
    ),
    [
      "schema 19:33 /modules/0/activities/0/type | activity 'Warm-up' of module M1: `type` must be one of acquisition, discussion, investigation, practice, collaboration, production; got the text 'talk'.",
    ],
  ],
  [
    'activity owner no title',
    VALID.replace(
      '    objectives: [O1]\nassessments',
      '    objectives: [O1]\n    activities:\n      - { type: practice, duration: 10min }\nassessments',
    ),
    [
      'schema 19:9 /modules/0/activities/0 | activity #1 of module M1 is missing `title` (what the activity is)',
    ],
  ],
  [
    'competency owner',
    `${VALID}competencies:\n  items:\n    - { id: C1 }\n`,
    ['schema 27:7 /competencies/items/0 | competency C1 is missing `title` (what the competency is)'],
  ],
  [
    'long text',
    VALID.replace('  modality: in-person', `  modality: ${'x'.repeat(50)}`),
    [
      "schema 8:13 /constraints/modality | `modality` must be one of in-person, remote, blended, self-paced; got the text 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'.",
    ],
  ],
  [
    'null value',
    VALID.replace('title: Tiny course', 'title:'),
    ['schema 3:7 /title | `title` must be text, got nothing (an empty value)'],
  ],
  [
    'bool value',
    VALID.replace('title: Tiny course', 'title: true'),
    ['schema 3:8 /title | `title` must be text, got true (a yes/no value)'],
  ],
  [
    'map value',
    VALID.replace('title: Tiny course', 'title: { a: 1 }'),
    ['schema 3:8 /title | `title` must be text, got a mapping (key: value pairs)'],
  ],
  [
    'price pattern?',
    `${VALID}admin:\n  price: { amount: 1, currency: euro }\n`,
    [
      "schema 26:33 /admin/price/currency | `currency` must be a three-letter currency code in capitals, such as EUR or USD; got the text 'euro'",
    ],
  ],
  [
    'second item label',
    `${VALID}    criteria: [ok, 7]\n`,
    ['schema 25:20 /assessments/0/criteria/1 | assessment A1: `criteria[1]` must be text, got the number 7'],
  ],
  [
    'size order',
    VALID.replace('  description: Anyone\n', '  description: Anyone\n  size: { min: 5, max: 3 }\n'),
    ['schema 6:16 /audience/size/min | group size `min` (5) is larger than `max` (3)'],
  ],
  [
    'minItems prereq?',
    `${VALID}    objectives2: []\n`,
    [
      'schema 25:5 /assessments/0/objectives2 | unknown key `objectives2` in assessment A1. Did you mean `objectives`?',
    ],
  ],
  [
    'a comma inside a flow mapping',
    VALID.replace('audience:\n  description: Anyone\n', 'audience: { description: Teams, big and small }\n'),
    [
      'schema 4:33 /audience/big and small | unknown key `big and small` in `audience`. A comma inside { … } separates entries: if this text belongs to the value before it, quote that value.',
    ],
  ],
];

describe('schema messages', () => {
  it('checks a valid blueprint clean', () => {
    expect(checkBlueprint(VALID, { rules: [] }).findings).toEqual([]);
  });

  it.each(cases)('%s', (_name, text, expected) => {
    const findings = checkBlueprint(text, { rules: [] }).findings;
    expect(findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.path} | ${f.message}`)).toEqual(expected);
  });
});
