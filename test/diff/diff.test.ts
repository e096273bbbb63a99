import { describe, expect, it } from 'vitest';
import { CHANGE_CLASSES } from '../../src/diff/classes.js';
import { diffFilePair } from '../../src/diff/files.js';
import { COURSE, compare, edit, PROGRAMME, WORKSHOP } from './helpers.js';

const ADMIN = `admin:
  price: { amount: 690, currency: EUR, basis: per learner }
  contact: { name: Sam Lee, email: training@example.org }
  updated: "2026-03-01"
`;
const WITH_ADMIN = `${WORKSHOP}${ADMIN}`;

/** Each class of change, from a real edit of a real-looking blueprint, with what it must report. */
const CASES: {
  name: string;
  before?: string;
  edits: [string, string][];
  expected: Record<string, unknown>;
}[] = [
  {
    name: 'course title',
    edits: [['title: Giving feedback that lands', 'title: Feedback that lands']],
    expected: {
      class: 'course-retitled',
      field: 'title',
      before: 'Giving feedback that lands',
      after: 'Feedback that lands',
    },
  },
  {
    name: 'course version',
    edits: [['version: "2026.1"', 'version: "2026.2"']],
    expected: { class: 'course-changed', field: 'version', after: '2026.2' },
  },
  {
    name: 'audience level',
    edits: [['  level: beginner', '  level: intermediate']],
    expected: {
      class: 'audience-changed',
      subject: { kind: 'audience' },
      field: 'level',
      before: 'beginner',
      after: 'intermediate',
    },
  },
  {
    name: 'group size',
    edits: [['size: { min: 6, max: 12 }', 'size: { min: 6, max: 16 }']],
    expected: { class: 'audience-changed', field: 'size', after: { min: 6, max: 16 } },
  },
  {
    name: 'prerequisites',
    edits: [['prerequisites: []', 'prerequisites: [Has led a team meeting]']],
    expected: { class: 'prerequisites-changed', added: ['Has led a team meeting'], removed: [] },
  },
  {
    name: 'total duration',
    edits: [['  duration: 7h\n', '  duration: 6h\n']],
    expected: { class: 'duration-changed', before: 420, after: 360 },
  },
  {
    name: 'course modality',
    edits: [['  modality: in-person\n  max_session', '  modality: [in-person, remote]\n  max_session']],
    expected: { class: 'modality-changed', before: 'in-person', after: ['in-person', 'remote'] },
  },
  {
    name: 'longest session',
    edits: [['max_session: 2h', 'max_session: 2h30']],
    expected: { class: 'constraints-changed', field: 'max_session', before: 120, after: 150 },
  },
  {
    name: 'budget',
    edits: [['amount: 4800', 'amount: 5200']],
    expected: { class: 'constraints-changed', field: 'budget' },
  },
  {
    name: 'resources',
    edits: [['Flip charts, ', '']],
    expected: { class: 'constraints-changed', field: 'resources', removed: ['Flip charts'] },
  },
  {
    name: 'objective added',
    edits: [
      [
        'modules:\n',
        '  - id: O5\n    statement: Plan a follow-up conversation two weeks later\n    bloom: apply\nmodules:\n',
      ],
    ],
    expected: {
      class: 'objective-added',
      subject: { kind: 'objective', id: 'O5' },
      after: 'Plan a follow-up conversation two weeks later',
    },
  },
  {
    name: 'objective reworded',
    edits: [['against the observation grid', 'against the five-point observation grid']],
    expected: { class: 'objective-reworded', subject: { kind: 'objective', id: 'O4' } },
  },
  {
    name: 'objective raised',
    edits: [
      [
        '    bloom: evaluate\n    knowledge: metacognitive',
        '    bloom: create\n    knowledge: metacognitive',
      ],
    ],
    expected: {
      class: 'objective-level-changed',
      subject: { id: 'O4' },
      before: 'evaluate',
      after: 'create',
    },
  },
  {
    name: 'objective parent',
    edits: [
      [
        '    bloom: apply\n    knowledge: procedural\n  - id: O3',
        '    bloom: apply\n    knowledge: procedural\n    parent: O3\n  - id: O3',
      ],
    ],
    expected: { class: 'objective-parent-changed', subject: { id: 'O2' }, before: undefined, after: 'O3' },
  },
  {
    name: 'objective knowledge',
    edits: [['knowledge: metacognitive', 'knowledge: procedural']],
    expected: { class: 'objective-knowledge-changed', subject: { id: 'O4' } },
  },
  {
    name: 'module added',
    edits: [
      [
        'assessments:\n',
        '  - id: M5\n    title: Closing circle\n    duration: 15min\n    kind: wrap-up\nassessments:\n',
      ],
    ],
    expected: { class: 'module-added', subject: { id: 'M5' }, after: 15 },
  },
  {
    name: 'module retitled',
    edits: [['title: Role plays', 'title: Role plays in threes']],
    expected: { class: 'module-retitled', subject: { id: 'M3' } },
  },
  {
    name: 'module shortened',
    edits: [['    title: Role plays\n    duration: 2h', '    title: Role plays\n    duration: 1h']],
    expected: { class: 'module-duration-changed', subject: { id: 'M3' }, before: 120, after: 60 },
  },
  {
    name: 'module modality',
    edits: [
      [
        '    title: Reviewing and following up\n',
        '    title: Reviewing and following up\n    modality: remote\n',
      ],
    ],
    expected: {
      class: 'module-modality-changed',
      subject: { id: 'M4' },
      before: 'in-person',
      after: 'remote',
    },
  },
  {
    name: 'module kind',
    edits: [['    title: Role plays\n', '    title: Role plays\n    kind: other\n']],
    expected: { class: 'module-kind-changed', subject: { id: 'M3' }, before: 'teaching', after: 'other' },
  },
  {
    name: 'module objectives',
    edits: [['    duration: 1h30\n    objectives: [O2]', '    duration: 1h30\n    objectives: [O2, O1]']],
    expected: { class: 'module-objectives-changed', subject: { id: 'M2' }, added: ['O1'] },
  },
  {
    name: 'module summary',
    edits: [
      [
        '    title: Role plays\n',
        '    title: Role plays\n    summary: Three rounds, each with an observer\n',
      ],
    ],
    expected: { class: 'module-content-changed', field: 'summary' },
  },
  {
    name: 'activity added',
    edits: [
      [
        '      - { title: Debrief, type: discussion, duration: 20min }\n',
        '      - { title: Debrief, type: discussion, duration: 20min }\n      - { title: Exit ticket, type: production, duration: 5min }\n',
      ],
    ],
    expected: { class: 'activity-added', subject: { kind: 'activity', label: 'Exit ticket', module: 'M3' } },
  },
  {
    name: 'activity removed',
    edits: [['      - { title: Debrief, type: discussion, duration: 20min }\n', '']],
    expected: { class: 'activity-removed', subject: { label: 'Debrief', module: 'M3' } },
  },
  {
    name: 'activity retitled',
    edits: [['title: Debrief,', 'title: Group debrief,']],
    expected: { class: 'activity-retitled', before: 'Debrief', after: 'Group debrief' },
  },
  {
    name: 'activity duration',
    edits: [
      [
        'title: Role plays in threes, type: practice, duration: 1h20',
        'title: Role plays in threes, type: practice, duration: 1h',
      ],
    ],
    expected: { class: 'activity-duration-changed', before: 80, after: 60 },
  },
  {
    name: 'activity type',
    edits: [['title: Debrief, type: discussion', 'title: Debrief, type: collaboration']],
    expected: { class: 'activity-type-changed', before: 'discussion', after: 'collaboration' },
  },
  {
    name: 'activity objectives',
    edits: [
      [
        'title: Debrief, type: discussion, duration: 20min }',
        'title: Debrief, type: discussion, duration: 20min, objectives: [O3] }',
      ],
    ],
    expected: { class: 'activity-objectives-changed', added: ['O3'] },
  },
  {
    name: 'assessment removed',
    edits: [
      [
        '  - id: A0\n    title: Opening quiz on current practice\n    kind: diagnostic\n    type: quiz\n    bloom: remember\n    objectives: [O1]\n    module: M1\n',
        '',
      ],
    ],
    expected: { class: 'assessment-removed', subject: { id: 'A0' }, before: 'diagnostic' },
  },
  {
    name: 'assessment retitled',
    edits: [['title: Observed role play', 'title: Observed role play with grid']],
    expected: { class: 'assessment-retitled', subject: { id: 'A1' } },
  },
  {
    name: 'assessment kind',
    edits: [['    kind: diagnostic', '    kind: formative']],
    expected: { class: 'assessment-kind-changed', subject: { id: 'A0' } },
  },
  {
    name: 'assessment type',
    edits: [['    type: case-study', '    type: project']],
    expected: { class: 'assessment-type-changed', subject: { id: 'A2' } },
  },
  {
    name: 'assessment level',
    edits: [['    type: observation\n    bloom: apply', '    type: observation\n    bloom: analyze']],
    expected: { class: 'assessment-level-changed', subject: { id: 'A1' }, before: 'apply', after: 'analyze' },
  },
  {
    name: 'assessment weights',
    edits: [
      ['weight: 60', 'weight: 70'],
      ['weight: 40', 'weight: 30'],
    ],
    expected: { class: 'assessment-weight-changed', subject: { id: 'A2' }, before: 40, after: 30 },
  },
  {
    name: 'assessment objectives',
    edits: [['objectives: [O1, O2, O3]', 'objectives: [O2, O3]']],
    expected: { class: 'assessment-objectives-changed', subject: { id: 'A1' }, removed: ['O1'] },
  },
  {
    name: 'assessment module',
    edits: [['    weight: 40\n    module: M4', '    weight: 40\n    module: M3']],
    expected: { class: 'assessment-module-changed', before: 'M4', after: 'M3' },
  },
  {
    name: 'assessment criteria',
    edits: [['      - The message names a behaviour, not a trait\n', '']],
    expected: {
      class: 'assessment-criteria-changed',
      removed: ['The message names a behaviour, not a trait'],
    },
  },
  {
    name: 'price',
    before: WITH_ADMIN,
    edits: [['amount: 690', 'amount: 750']],
    expected: {
      class: 'price-changed',
      scope: 'programme',
      before: { amount: 690, currency: 'EUR', basis: 'per learner' },
    },
  },
  {
    name: 'contact',
    before: WITH_ADMIN,
    edits: [['name: Sam Lee', 'name: Ana Ruiz']],
    expected: { class: 'admin-changed', field: 'contact' },
  },
];

describe('diffVersions, one class of change at a time', () => {
  for (const { name, before = WORKSHOP, edits, expected } of CASES) {
    it(`reports ${expected.class as string}: ${name}`, () => {
      const { changes } = compare(before, edit(before, ...edits));
      expect(changes).toContainEqual(
        expect.objectContaining({ ...expected, subject: expect.objectContaining(expected.subject ?? {}) }),
      );
    });
  }

  it('gives every change its scope from the catalogue', () => {
    const { changes } = compare(
      WITH_ADMIN,
      edit(WITH_ADMIN, ['amount: 690', 'amount: 750'], ['  level: beginner', '  level: advanced']),
    );
    for (const change of changes) expect(change.scope).toBe(CHANGE_CLASSES[change.class]);
    expect(changes.map((change) => change.scope).sort()).toEqual(['learners', 'programme', 'programme']);
  });
});

describe('the other kinds of change', () => {
  const cases: [string, string, [string, string][], Record<string, unknown>][] = [
    [
      'objective removed',
      COURSE,
      [['  - id: O2.1\n    parent: O2\n', '  - id: O2.1\n']],
      { class: 'objective-parent-changed', before: 'O2', after: undefined },
    ],
    [
      'language',
      WORKSHOP,
      [['language: en', 'language: fr']],
      { class: 'course-changed', field: 'language', before: 'en', after: 'fr' },
    ],
    [
      'competencies of an objective',
      COURSE,
      [['    competencies: [C4]', '    competencies: [C4, C3]']],
      { class: 'objective-competencies-changed', added: ['C3'] },
    ],
    [
      'competency retitled',
      COURSE,
      [['title: Automate verification tasks', 'title: Automate verification and regression tasks']],
      { class: 'competency-retitled', subject: { kind: 'competency', id: 'C2' } },
    ],
    [
      'competency block',
      COURSE,
      [['block: Professional skills', 'block: Communication']],
      { class: 'competency-retitled', field: 'block' },
    ],
    [
      'competency added',
      COURSE,
      [['  targets:', '    - { id: C5, title: Work in an agile team }\n  targets:']],
      { class: 'competency-added', subject: { kind: 'competency', id: 'C5' } },
    ],
    [
      'targets',
      COURSE,
      [['targets: [C1, C2, C3, C4]', 'targets: [C1, C2, C3]']],
      { class: 'competencies-changed', field: 'targets', removed: ['C4'] },
    ],
    ['framework', COURSE, [['(2025)', '(2026)']], { class: 'competencies-changed', field: 'framework' }],
  ];
  for (const [name, before, edits, expected] of cases) {
    it(`reports ${expected.class as string}: ${name}`, () => {
      const { changes } = compare(before, edit(before, ...edits));
      expect(changes).toContainEqual(
        expect.objectContaining({
          ...expected,
          subject: expect.objectContaining((expected.subject as object) ?? {}),
        }),
      );
    });
  }

  it('reports removed objectives, modules and assessments, and added ones', () => {
    const o4 = WORKSHOP.slice(WORKSHOP.indexOf('  - id: O4'), WORKSHOP.indexOf('modules:'));
    const m4 = WORKSHOP.slice(WORKSHOP.indexOf('  - id: M4'), WORKSHOP.indexOf('assessments:'));
    const a2 = WORKSHOP.slice(WORKSHOP.indexOf('  - id: A2'));
    const smaller = edit(WORKSHOP, [o4, ''], [m4, ''], [a2, '']);
    const removed = compare(WORKSHOP, smaller).changes.filter((c) => c.class.endsWith('-removed'));
    expect(removed.map((c) => `${c.class} ${c.subject.id}`)).toEqual([
      'objective-removed O4',
      'module-removed M4',
      'assessment-removed A2',
    ]);
    const added = compare(smaller, WORKSHOP).changes.filter((c) => c.class.endsWith('-added'));
    expect(added.map((c) => `${c.class} ${c.subject.id}`)).toEqual([
      'objective-added O4',
      'module-added M4',
      'assessment-added A2',
    ]);
  });

  it('reports renamed assessments, competencies and activities', () => {
    const before = edit(WORKSHOP, ['{ title: Debrief,', '{ id: debrief, title: Debrief,']);
    const after = edit(before.replaceAll('A1', 'A-roleplay'), ['id: debrief,', 'id: debrief-1,']);
    const renamed = compare(before, after).changes.filter((c) => c.class.endsWith('-renamed'));
    expect(renamed.map((c) => `${c.class} ${c.before} ${c.after}`)).toEqual([
      'activity-renamed debrief debrief-1',
      'assessment-renamed A1 A-roleplay',
    ]);
    const competency = compare(COURSE, COURSE.replaceAll('C4', 'C-comm')).changes;
    expect(competency.map((c) => c.class)).toEqual(['competency-renamed']);
  });
});

describe('no change for learners', () => {
  it('between identical files', () => {
    expect(compare(WORKSHOP, WORKSHOP)).toMatchObject({ changes: [], consequences: [] });
  });

  it('between files that differ only in form: key order, flow and block style, comments, duration and level spellings', () => {
    const reformatted = edit(
      WORKSHOP,
      [
        'id: feedback-workshop\ntitle: Giving feedback that lands\n',
        'title: Giving feedback that lands # the public title\nid: feedback-workshop\n',
      ],
      ['  size: { min: 6, max: 12 }', '  size:\n    max: 12\n    min: 6'],
      [
        'resources: [Training room for 12, Flip charts, Printed observation grids]',
        'resources:\n    - Printed observation grids\n    - Training room for 12\n    - Flip charts',
      ],
      ['    title: Role plays\n    duration: 2h', '    duration: 120min # two hours\n    title: Role plays'],
      [
        '      - { title: Debrief, type: discussion, duration: 20min }',
        '      - title: Debrief\n        duration: PT20M\n        type: discussion',
      ],
      [
        '    bloom: evaluate\n    knowledge: metacognitive',
        '    knowledge: metacognitive\n    bloom: evaluate',
      ],
      ['    type: observation\n    bloom: apply', '    type: \'observation\'\n    bloom: "apply"'],
      ['objectives: [O1, O2, O3]', 'objectives: [O3, O1, O2]'],
    );
    expect(reformatted).not.toBe(WORKSHOP);
    expect(compare(WORKSHOP, reformatted)).toMatchObject({ changes: [], consequences: [] });
  });

  it('when modules are written in another form but delivered in the same order', () => {
    const french = edit(
      PROGRAMME,
      ['  duration: 2d\n', '  duration: 14h\n'],
      ['    bloom: analyze\n', '    bloom: analyse\n'],
    );
    expect(compare(PROGRAMME, french).changes).toEqual([]);
  });
});

describe('renames', () => {
  it('an id changed everywhere is one rename: references follow it, no finding appears or goes', () => {
    const renamed = WORKSHOP.replaceAll('O3', 'O-roleplay');
    const { changes, consequences } = compare(WORKSHOP, renamed);
    expect(changes).toEqual([
      expect.objectContaining({
        class: 'objective-renamed',
        subject: { kind: 'objective', id: 'O-roleplay', oldId: 'O3' },
        before: 'O3',
        after: 'O-roleplay',
      }),
    ]);
    expect(consequences).toEqual([]);
  });

  it('a renamed and slightly reworded objective is a rename and a rewording, not a removal and an addition', () => {
    const after = edit(WORKSHOP.replaceAll('O2', 'O2b'), [
      'to a real situation from their own team',
      'to a real situation from their team',
    ]);
    const classes = compare(WORKSHOP, after).changes.map((change) => change.class);
    expect(classes).toEqual(['objective-renamed', 'objective-reworded']);
  });

  it('a module renamed and moved to another position is still found by its title', () => {
    const after = WORKSHOP.replaceAll('M4', 'M-review');
    expect(compare(WORKSHOP, after).changes.map((change) => change.class)).toEqual(['module-renamed']);
  });

  it('an objective replaced by an unrelated one is a removal and an addition', () => {
    const after = edit(WORKSHOP.replaceAll('O4', 'O9'), [
      'Evaluate a recorded feedback conversation against the observation grid',
      'Negotiate a salary increase for a team member',
    ]);
    const classes = compare(WORKSHOP, after).changes.map((change) => change.class);
    expect(classes).toEqual(expect.arrayContaining(['objective-added', 'objective-removed']));
    expect(classes).not.toContain('objective-renamed');
  });

  it('an activity with an id moved to another module is a move, found by its id', () => {
    const before = edit(WORKSHOP, [
      '{ title: Debrief, type: discussion',
      '{ id: debrief, title: Debrief, type: discussion',
    ]);
    const after = edit(
      before,
      ['      - { id: debrief, title: Debrief, type: discussion, duration: 20min }\n', ''],
      [
        '      - { title: Personal follow-up plan',
        '      - { id: debrief, title: Debrief, type: discussion, duration: 20min }\n      - { title: Personal follow-up plan',
      ],
    );
    expect(compare(before, after).changes).toContainEqual(
      expect.objectContaining({ class: 'activity-moved', before: 'M3', after: 'M4' }),
    );
  });

  it('modules swapped: the fewest moves that explain the new order', () => {
    const m1 = WORKSHOP.slice(WORKSHOP.indexOf('  - id: M1'), WORKSHOP.indexOf('  - id: M2'));
    const after = edit(WORKSHOP, [m1, ''], ['assessments:\n', `${m1}assessments:\n`]);
    const moved = compare(WORKSHOP, after).changes.filter((change) => change.class === 'module-moved');
    expect(moved).toEqual([
      expect.objectContaining({ subject: { kind: 'module', id: 'M1' }, before: 1, after: 4 }),
    ]);
  });
});

describe('alignment consequences', () => {
  it('an objective no longer assessed: the finding is introduced, matched by rule and objective', () => {
    const after = edit(WORKSHOP, ['objectives: [O4]\n    weight: 40', 'objectives: []\n    weight: 40']);
    const { consequences } = compare(WORKSHOP, after);
    expect(consequences).toContainEqual(
      expect.objectContaining({
        status: 'introduced',
        rule: 'objective-not-assessed',
        subject: { kind: 'objective', id: 'O4' },
      }),
    );
    expect(compare(after, WORKSHOP).consequences).toContainEqual(
      expect.objectContaining({ status: 'resolved', rule: 'objective-not-assessed' }),
    );
  });

  it('an objective raised above its assessment, and the plan over budget', () => {
    const after = edit(
      WORKSHOP,
      [
        '    bloom: apply\n    knowledge: procedural\n  - id: O3',
        '    bloom: analyze\n    knowledge: procedural\n  - id: O3',
      ],
      ['    title: Role plays\n    duration: 2h', '    title: Role plays\n    duration: 3h'],
    );
    const rules = compare(WORKSHOP, after).consequences.map(
      (c) => `${c.status} ${c.rule} ${c.subject.id ?? c.subject.kind}`,
    );
    expect(rules).toEqual(
      expect.arrayContaining([
        'introduced assessment-below-objective O2',
        'introduced duration-over-budget constraints',
      ]),
    );
  });

  it('a finding that only moves to another line is neither introduced nor resolved', () => {
    const broken = edit(WORKSHOP, ['objectives: [O4]\n    weight: 40', 'objectives: []\n    weight: 40']);
    const moved = edit(broken, ['summary: >\n', '# a comment that shifts every line\nsummary: >\n']);
    expect(compare(broken, moved).consequences).toEqual([]);
  });
});

describe('a published programme changed without a new update date', () => {
  it('is reported when the price changes and admin.updated stays', () => {
    const { changes } = compare(
      WITH_ADMIN,
      edit(WITH_ADMIN, ['amount: 690', 'amount: 750'], ['  duration: 7h\n', '  duration: 6h\n']),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({
        class: 'programme-changed-without-update',
        before: '2026-03-01',
        after: '2026-03-01',
        items: ['duration', 'price'],
      }),
    );
  });

  it('is not reported when admin.updated moves forward', () => {
    const after = edit(
      WITH_ADMIN,
      ['amount: 690', 'amount: 750'],
      ['updated: "2026-03-01"', 'updated: "2026-04-15"'],
    );
    expect(
      compare(WITH_ADMIN, after)
        .changes.map((change) => change.class)
        .sort(),
    ).toEqual(['admin-changed', 'price-changed']);
  });

  it('is not reported for a blueprint without admin section, nor for changes a programme does not publish', () => {
    expect(
      compare(WORKSHOP, edit(WORKSHOP, ['  duration: 7h\n', '  duration: 6h\n'])).changes.map((c) => c.class),
    ).toEqual(['duration-changed']);
    const retitled = edit(WITH_ADMIN, ['title: Role plays', 'title: Role plays in threes']);
    expect(compare(WITH_ADMIN, retitled).changes.map((c) => c.class)).toEqual(['module-retitled']);
  });

  it('in French: prerequisites and price of the inter-company programme', () => {
    const after = edit(
      PROGRAMME,
      ["    - Disposer d'Excel 2019 ou Microsoft 365\n", "    - Disposer d'Excel 365\n"],
      ['amount: 1290', 'amount: 1390'],
    );
    const { changes } = compare(PROGRAMME, after);
    expect(changes.map((c) => c.class)).toEqual([
      'prerequisites-changed',
      'price-changed',
      'programme-changed-without-update',
    ]);
    expect(changes[2]).toMatchObject({ items: ['prerequisites', 'price'], before: '2026-09-15' });
  });
});

describe('a blueprint that exists in one version only', () => {
  it('is a new blueprint, or a removed one, with its title and planned time', () => {
    const options = () => ({ file: 'x.blueprint.yaml' });
    const added = diffFilePair({ file: 'x.blueprint.yaml', after: { source: WORKSHOP } }, options);
    expect(added).toMatchObject({ status: 'added', plannedMinutes: { after: 420 }, consequences: [] });
    expect(added.changes).toEqual([
      expect.objectContaining({
        class: 'blueprint-added',
        subject: { kind: 'blueprint', id: 'feedback-workshop' },
        after: 'Giving feedback that lands',
      }),
    ]);
    const removed = diffFilePair({ file: 'x.blueprint.yaml', before: { source: WORKSHOP } }, options);
    expect(removed.changes).toEqual([
      expect.objectContaining({ class: 'blueprint-removed', before: 'Giving feedback that lands' }),
    ]);
  });

  it('a version that cannot be read says which and why', () => {
    const pair = {
      file: 'x.blueprint.yaml',
      before: { source: WORKSHOP },
      after: { unreadable: 'x.blueprint.yaml is a symbolic link at abc: it was not read' },
    };
    expect(diffFilePair(pair, () => ({}))).toMatchObject({
      status: 'invalid',
      problem: { version: 'new', message: 'x.blueprint.yaml is a symbolic link at abc: it was not read' },
    });
  });
});

describe('cost', () => {
  it('thousands of renamed objectives: renames are not searched past the budget, and the file is still compared', () => {
    const many = (prefix: string) =>
      Array.from(
        { length: 3000 },
        (_, i) =>
          `  - id: ${prefix}${i}\n    statement: Explain the ${i}th principle of giving feedback to a colleague in a long sentence that goes on and on\n    bloom: understand\n`,
      ).join('');
    const text = (prefix: string) =>
      edit(WORKSHOP, ['objectives:\n  - id: O1', `objectives:\n${many(prefix)}  - id: O1`]);
    const { changes } = compare(text('P'), text('Q'));
    expect(changes.filter((c) => c.class === 'objective-renamed')).toEqual([]);
    expect(changes.filter((c) => c.class === 'objective-added')).toHaveLength(3000);
  });
});
