/**
 * The model's details that the examples do not reach, each found by a mutant that survived
 * (see docs/testing.md): defaults, sub-minute durations, external competencies, duplicate ids,
 * the pointer of every reference.
 */
import { describe, expect, it } from 'vitest';
import { bloomRank, canonicalLevel } from '../../src/model/bloom.js';
import { type Blueprint, buildModel } from '../../src/model/model.js';

const base = (): Blueprint => ({
  blueprint: 1,
  id: 'course',
  title: 'Course',
  audience: { description: 'Anyone' },
  constraints: { duration: '2d', modality: 'in-person' },
  objectives: [
    { id: 'O1', statement: 'Explain things', bloom: 'understand' },
    { id: 'O2', statement: 'Apply things', bloom: 'analyse', parent: 'O1', competencies: ['C1', 'C2'] },
  ],
  modules: [
    {
      id: 'M1',
      title: 'One',
      duration: '1d',
      objectives: ['O1', 'O2'],
      activities: [
        { title: 'Talk', type: 'acquisition', duration: '30min' },
        { id: 'A-practice', title: 'Do', type: 'practice', duration: '1h', objectives: ['O2'] },
      ],
    },
    { id: 'M2', title: 'Two', duration: '1h', modality: 'remote' },
  ],
  assessments: [
    {
      id: 'E1',
      title: 'Quiz',
      kind: 'summative',
      type: 'quiz',
      bloom: 'apply',
      objectives: ['O1'],
      module: 'M2',
    },
  ],
  competencies: { items: [{ id: 'C1', title: 'First' }], targets: ['C1'] },
});

describe('buildModel details', () => {
  it('counts days with 7 hours unless hours_per_day says otherwise', () => {
    expect(buildModel(base()).model.duration).toBe(2 * 7 * 60);
    const data = base();
    data.constraints.hours_per_day = 8;
    const { model } = buildModel(data);
    expect(model.hoursPerDay).toBe(8);
    expect(model.duration).toBe(2 * 8 * 60);
    expect(model.modules[0]?.minutes).toBe(8 * 60);
  });

  it('reports each duration that rounds to zero minutes as a schema finding at its pointer', () => {
    const data = base();
    data.constraints.duration = '0.001h';
    data.constraints.max_session = '0.001h';
    (data.modules[0] as Blueprint['modules'][number]).duration = '0.001h';
    const activity = data.modules[0]?.activities?.[1] as NonNullable<
      Blueprint['modules'][number]['activities']
    >[number];
    activity.duration = '0.001h';
    const { findings, model } = buildModel(data);
    expect(findings.map((finding) => `${finding.rule} ${finding.path}`)).toEqual([
      'schema /modules/0/duration',
      'schema /modules/0/activities/1/duration',
      'schema /constraints/duration',
      'schema /constraints/max_session',
    ]);
    expect(findings[0]?.message).toBe('`0.001h` is shorter than a minute: a duration is at least one minute');
    expect(model.duration).toBe(0);
    expect(buildModel(base()).findings).toEqual([]);
  });

  it('accepts a duration of exactly one minute', () => {
    const data = base();
    data.constraints.duration = '1min';
    const { findings, model } = buildModel(data);
    expect(findings).toEqual([]);
    expect(model.duration).toBe(1);
  });

  it('defaults the language to English and leaves max_session and targets unset when absent', () => {
    const data = base();
    delete data.competencies;
    const { model } = buildModel(data);
    expect(model.language).toBe('en');
    expect(model.maxSession).toBeUndefined();
    expect(model.competencyTargets).toBeUndefined();
    expect(model.competencies).toEqual([]);
    expect(buildModel({ ...base(), language: 'fr' }).model.language).toBe('fr');
  });

  it('keeps the pointer of every reference: parents, competencies, module objectives, targets, assessment module', () => {
    const { model } = buildModel(base());
    const [o1, o2] = model.objectives;
    expect(o1?.parent).toBeUndefined();
    expect(o1?.competencies).toEqual([]);
    expect(o2?.parent).toEqual({ id: 'O1', path: '/objectives/1/parent' });
    expect(o2?.competencies).toEqual([
      { id: 'C1', path: '/objectives/1/competencies/0' },
      { id: 'C2', path: '/objectives/1/competencies/1' },
    ]);
    expect(model.modules[0]?.objectives).toEqual([
      { id: 'O1', path: '/modules/0/objectives/0' },
      { id: 'O2', path: '/modules/0/objectives/1' },
    ]);
    expect(model.modules[1]?.objectives).toEqual([]);
    expect(model.modules[1]?.activities).toEqual([]);
    expect(model.activities.map((activity) => activity.objectives)).toEqual([
      [],
      [{ id: 'O2', path: '/modules/0/activities/1/objectives/0' }],
    ]);
    expect(model.assessments[0]?.module).toEqual({ id: 'M2', path: '/assessments/0/module' });
    expect(model.competencyTargets).toEqual([{ id: 'C1', path: '/competencies/targets/0' }]);
  });

  it('gives a module the course modality unless it declares one, and none under blended', () => {
    const { model } = buildModel(base());
    expect(model.modules.map((module) => [module.modality, module.modalityDeclared])).toEqual([
      ['in-person', false],
      ['remote', true],
    ]);
    const blended = base();
    blended.constraints.modality = 'blended';
    expect(buildModel(blended).model.modules.map((module) => module.modality)).toEqual([undefined, 'remote']);
  });

  it('lists every id definition with its kind, skipping activities without an id', () => {
    const { model } = buildModel(base());
    expect(model.ids).toEqual([
      { id: 'O1', kind: 'objective', path: '/objectives/0' },
      { id: 'O2', kind: 'objective', path: '/objectives/1' },
      { id: 'M1', kind: 'module', path: '/modules/0' },
      { id: 'A-practice', kind: 'activity', path: '/modules/0/activities/1' },
      { id: 'M2', kind: 'module', path: '/modules/1' },
      { id: 'E1', kind: 'assessment', path: '/assessments/0' },
      { id: 'C1', kind: 'competency', path: '/competencies/items/0' },
    ]);
  });

  it('indexes the first definition of a duplicated id', () => {
    const data = base();
    data.objectives.push({ id: 'O1', statement: 'Again', bloom: 'create' });
    data.modules.push({ id: 'M1', title: 'Again', duration: '1h' });
    data.assessments?.push({
      id: 'E1',
      title: 'Again',
      kind: 'formative',
      type: 'oral',
      bloom: 'create',
      objectives: [],
    });
    data.modules.push({ id: 'O1', title: 'Clash', duration: '1h' });
    const { model } = buildModel(data);
    expect(model.objectiveById.get('O1')?.statement).toBe('Explain things');
    expect(model.moduleById.get('M1')?.title).toBe('One');
    expect(model.assessmentById.get('E1')?.title).toBe('Quiz');
    expect(model.byId.get('O1')).toEqual({ id: 'O1', kind: 'objective', path: '/objectives/0' });
    expect(model.moduleById.get('O1')?.title).toBe('Clash');
    expect(model.ids.filter((entry) => entry.id === 'O1')).toHaveLength(3);
    // An activity without an id is not indexed under `undefined`.
    expect([...model.byId.keys()]).not.toContain(undefined);
  });

  it('does not make an objective its own child', () => {
    const data = base();
    (data.objectives[0] as Blueprint['objectives'][number]).parent = 'O1';
    const { model } = buildModel(data);
    expect(model.objectiveById.get('O1')?.children.map((child) => child.id)).toEqual(['O2']);
  });

  it('adds the competencies of the framework file after the inline ones, marked external', () => {
    const { model } = buildModel(base(), { items: [{ id: 'X1', title: 'External', block: 'B2' }] });
    expect(model.competencies).toEqual([
      { id: 'C1', title: 'First', block: undefined, path: '/competencies/items/0', external: false },
      { id: 'X1', title: 'External', block: 'B2', path: '/items/0', external: true },
    ]);
    expect(model.ids.at(-1)).toEqual({ id: 'X1', kind: 'competency', path: '/competencies/file' });
    expect(model.byId.get('X1')?.kind).toBe('competency');
  });
});

describe('Bloom levels', () => {
  it('ranks the six levels 1 to 6, analyse as analyze', () => {
    expect(
      ['remember', 'understand', 'apply', 'analyze', 'analyse', 'evaluate', 'create'].map(bloomRank),
    ).toEqual([1, 2, 3, 4, 4, 5, 6]);
    expect(canonicalLevel('analyse')).toBe('analyze');
  });

  it('refuses a word that is not a level, naming it', () => {
    expect(() => canonicalLevel('memorise')).toThrow('not a Bloom level: memorise');
    expect(() => bloomRank('Apply')).toThrow('not a Bloom level: Apply');
  });
});
