/**
 * Details of the rules that the fixtures did not pin down, each found by a mutant that survived
 * the first mutation run (docs/testing.md): the always-on catalogue, presets, and the branches
 * and wording of single rules.
 */
import { describe, expect, it } from 'vitest';
import { checkBlueprint } from '../../src/check/blueprint.js';
import { type Blueprint, buildModel } from '../../src/model/model.js';
import { alwaysOnRuleIds, alwaysOnRules } from '../../src/rules/always-on.js';
import { findRule, rules } from '../../src/rules/index.js';
import { presetSeverities, resolveSeverities } from '../../src/rules/presets.js';
import type { RuleReport } from '../../src/rules/types.js';

const base = (): Blueprint => ({
  blueprint: 1,
  id: 'course',
  title: 'Course',
  audience: { description: 'Anyone' },
  constraints: { duration: '3h', modality: 'in-person' },
  objectives: [
    { id: 'O1', statement: 'Explain things', bloom: 'understand' },
    { id: 'O2', statement: 'Design things', bloom: 'create' },
  ],
  modules: [
    { id: 'M1', title: 'One', duration: '1h', objectives: ['O1'] },
    { id: 'M2', title: 'Two', duration: '1h', objectives: ['O2'] },
    { id: 'M3', title: 'Three', duration: '1h' },
  ],
  assessments: [
    {
      id: 'E1',
      title: 'Final',
      kind: 'summative',
      type: 'project',
      bloom: 'create',
      objectives: ['O1', 'O2'],
    },
  ],
});

/** What one rule reports on a blueprint (the model must build cleanly). */
function reportsOf(id: string, data: Blueprint): RuleReport[] {
  const rule = findRule(id);
  if (!rule) throw new Error(`no rule ${id}`);
  const { model, findings } = buildModel(data);
  expect(findings).toEqual([]);
  return rule.check(model, {});
}

describe('the rule catalogue', () => {
  it('lists the four always-on checks, all errors, each with a sentence of description', () => {
    expect(alwaysOnRules.map((rule) => `${rule.id}:${rule.severity}`)).toEqual([
      'yaml-syntax:error',
      'duplicate-key:error',
      'schema:error',
      'unsupported-version:error',
    ]);
    for (const rule of alwaysOnRules) expect(rule.description).toMatch(/^[A-Z`].{20,}\.$/);
    expect([...alwaysOnRuleIds]).toEqual(['yaml-syntax', 'duplicate-key', 'schema', 'unsupported-version']);
  });

  it('finds a rule by its id, and nothing for an unknown id', () => {
    for (const rule of rules) expect(findRule(rule.meta.id)).toBe(rule);
    expect(findRule('no-such-rule')).toBeUndefined();
    expect(findRule('schema')).toBeUndefined();
  });

  it('sets each rule of a preset at its own severity: error as error, warning as warn', () => {
    for (const preset of ['recommended', 'qualiopi'] as const) {
      const settings = presetSeverities(preset);
      const members = rules.filter((rule) => rule.meta.preset === preset);
      expect(Object.keys(settings).sort()).toEqual(members.map((rule) => rule.meta.id).sort());
      for (const rule of members) {
        expect(settings[rule.meta.id]).toBe(rule.meta.severity === 'error' ? 'error' : 'warn');
      }
    }
    expect(Object.values(presetSeverities('recommended'))).toContain('warn');
    expect(Object.values(presetSeverities('recommended'))).toContain('error');
  });

  it('applies presets in order and explicit settings last', () => {
    const qualiopiRule = rules.find((rule) => rule.meta.preset === 'qualiopi');
    expect(resolveSeverities()[qualiopiRule?.meta.id ?? '']).toBeUndefined();
    expect(resolveSeverities(['recommended', 'qualiopi'])[qualiopiRule?.meta.id ?? '']).toBeDefined();
    expect(resolveSeverities(['recommended'], { 'weights-not-100': 'off' })['weights-not-100']).toBe('off');
  });
});

describe('unknown-reference', () => {
  it('names the key that takes the other kind of id, wherever the reference is', () => {
    const data = base();
    (data.modules[0] as Blueprint['modules'][number]).activities = [
      { title: 'Do', type: 'practice', duration: '30min', objectives: ['M2'] },
    ];
    data.assessments?.push({
      id: 'E2',
      title: 'Quiz',
      kind: 'formative',
      type: 'quiz',
      bloom: 'remember',
      objectives: ['M3'],
    });
    data.competencies = { items: [{ id: 'C1', title: 'One' }], targets: ['O1'] };
    (data.objectives[0] as Blueprint['objectives'][number]).competencies = ['C1'];
    expect(reportsOf('unknown-reference', data).map((report) => `${report.path} ${report.message}`)).toEqual([
      '/modules/0/activities/0/objectives/0 `M2` is a module, not an objective: `objectives` takes objective ids; did you mean `O2`?',
      '/assessments/1/objectives/0 `M3` is a module, not an objective: `objectives` takes objective ids; did you mean `O1`?',
      '/competencies/targets/0 `O1` is an objective, not a competency: `targets` takes competency ids; did you mean `C1`?',
    ]);
  });

  it('lists at most eight ids, then an ellipsis', () => {
    const data = base();
    for (let index = 3; index <= 9; index++) {
      data.objectives.push({ id: `Objective${index}`, statement: 'Explain more', bloom: 'understand' });
    }
    (data.modules[2] as Blueprint['modules'][number]).objectives = ['zzzzzzzzzzzz'];
    const [report] = reportsOf('unknown-reference', data);
    expect(report?.message).toBe(
      'unknown objective `zzzzzzzzzzzz`; use one of the objective ids: `O1`, `O2`, `Objective3`, `Objective4`, `Objective5`, `Objective6`, `Objective7`, `Objective8`, …',
    );
    data.objectives.pop();
    expect(reportsOf('unknown-reference', data)[0]?.message).toBe(
      'unknown objective `zzzzzzzzzzzz`; use one of the objective ids: `O1`, `O2`, `Objective3`, `Objective4`, `Objective5`, `Objective6`, `Objective7`, `Objective8`',
    );
  });
});

describe('assessment-before-teaching', () => {
  it('names the latest module to move to, and says "those objectives" for several', () => {
    const data = base();
    data.objectives.push({ id: 'O3', statement: 'Apply things', bloom: 'apply' });
    (data.modules[2] as Blueprint['modules'][number]).objectives = ['O3'];
    data.assessments = [
      {
        id: 'E1',
        title: 'Early',
        kind: 'summative',
        type: 'project',
        bloom: 'create',
        objectives: ['O3', 'O2', 'O1'],
        module: 'M1',
      },
    ];
    expect(reportsOf('assessment-before-teaching', data)).toEqual([
      {
        path: '/assessments/0/module',
        message:
          '`E1` takes place in `M1` but `O3` is first taught in `M3` and `O2` is first taught in `M2`: move it to `M3` or later, or teach those objectives earlier',
      },
    ]);
  });

  it('says "that objective" for one, and skips an assessment placed in no module or an unknown one', () => {
    const data = base();
    data.assessments = [
      {
        id: 'E1',
        title: 'Early',
        kind: 'summative',
        type: 'project',
        bloom: 'create',
        objectives: ['O2'],
        module: 'M1',
      },
      { id: 'E2', title: 'Nowhere', kind: 'summative', type: 'project', bloom: 'create', objectives: ['O2'] },
      {
        id: 'E3',
        title: 'Lost',
        kind: 'summative',
        type: 'project',
        bloom: 'create',
        objectives: ['O2'],
        module: 'MX',
      },
    ];
    const reports = reportsOf('assessment-before-teaching', data);
    expect(reports.map((report) => report.path)).toEqual(['/assessments/0/module']);
    expect(reports[0]?.message).toMatch(/move it to `M2` or later, or teach that objective earlier$/);
  });
});

describe('duplicate-id', () => {
  it('reports the later occurrence in document order, whatever the order of the top-level keys', () => {
    const text = `blueprint: 1
id: course
title: Course
competencies:
  items:
    - id: X1
      title: First in the file
audience: { description: Anyone }
constraints: { duration: 1h, modality: in-person }
objectives:
  - id: X1
    statement: Explain things
    bloom: understand
modules:
  - id: M1
    title: One
    duration: 1h
    objectives: [X1]
    activities:
      - { id: M1, title: Same as its module, type: practice, duration: 30min }
`;
    const findings = checkBlueprint(text, { severities: { 'duplicate-id': 'error' } }).findings;
    expect(
      findings.map((finding) => `${finding.rule} ${finding.line}:${finding.column} ${finding.path}`),
    ).toEqual(['duplicate-id 11:9 /objectives/0/id', 'duplicate-id 20:15 /modules/0/activities/0/id']);
  });
});

describe('modality-mismatch', () => {
  const cases: Array<[Blueprint['constraints']['modality'], 'in-person' | 'remote' | 'self-paced', boolean]> =
    [
      ['in-person', 'remote', true],
      ['in-person', 'self-paced', false],
      ['in-person', 'in-person', false],
      ['remote', 'in-person', true],
      ['remote', 'self-paced', false],
      ['remote', 'remote', false],
      ['self-paced', 'remote', true],
      ['self-paced', 'in-person', true],
      ['self-paced', 'self-paced', false],
      ['blended', 'remote', false],
      ['blended', 'in-person', false],
      ['blended', 'self-paced', false],
    ];
  it.each(cases)('a %s course with a %s module: reported %s', (course, module, reported) => {
    const data = base();
    data.constraints.modality = course;
    (data.modules[1] as Blueprint['modules'][number]).modality = module;
    const reports = reportsOf('modality-mismatch', data);
    expect(reports.map((report) => report.path)).toEqual(reported ? ['/modules/1/modality'] : []);
  });
});

describe('objective-not-assessed', () => {
  it('names the non-summative assessments that list the objective, with "lists" for one and "list" for several', () => {
    const data = base();
    data.assessments = [
      { id: 'F1', title: 'Quiz', kind: 'formative', type: 'quiz', bloom: 'create', objectives: ['O1', 'O2'] },
      { id: 'D1', title: 'Start', kind: 'diagnostic', type: 'quiz', bloom: 'create', objectives: ['O2'] },
    ];
    expect(reportsOf('objective-not-assessed', data).map((report) => report.message)).toEqual([
      '`O1` is measured by no summative assessment (`F1` (formative) lists it, but only summative assessments measure achievement): add `O1` to the `objectives` of a summative assessment',
      '`O2` is measured by no summative assessment (`F1` (formative) and `D1` (diagnostic) list it, but only summative assessments measure achievement): add `O2` to the `objectives` of a summative assessment',
    ]);
  });
});

describe('assessment-below-objective', () => {
  it('names every strongest summative assessment when several tie', () => {
    const data = base();
    data.assessments = [
      { id: 'E1', title: 'Quiz', kind: 'summative', type: 'quiz', bloom: 'apply', objectives: ['O2'] },
      { id: 'E2', title: 'Oral', kind: 'summative', type: 'oral', bloom: 'apply', objectives: ['O2', 'O1'] },
      { id: 'E3', title: 'Recall', kind: 'summative', type: 'quiz', bloom: 'remember', objectives: ['O2'] },
    ];
    const reports = reportsOf('assessment-below-objective', data);
    expect(reports.map((report) => report.message)).toEqual([
      "`O2` targets 'create' but its strongest summative assessments, `E1` (quiz) and `E2` (oral), measure 'apply': add a summative task at 'create', or lower the objective's `bloom` if 'apply' is what is meant",
    ]);
  });
});
