import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBlueprintFully } from '../../src/check/blueprint.js';
import type { Model } from '../../src/model/model.js';

function modelOf(example: string): Model {
  const source = readFileSync(new URL(`../../examples/${example}.blueprint.yaml`, import.meta.url));
  const { model, result } = checkBlueprintFully(source, { rules: [] });
  expect(result.findings).toEqual([]);
  if (!model) throw new Error(`no model for ${example}`);
  return model;
}

describe('the model: a validated blueprint normalised once', () => {
  it('converts every duration to minutes, days with hours_per_day', () => {
    const model = modelOf('excel-tcd-inter');
    expect(model.duration).toBe(14 * 60);
    expect(model.maxSession).toBe(210);
    expect(model.modules.map((module) => module.minutes)).toEqual([210, 210, 210, 210]);
    expect(model.activities.map((activity) => activity.minutes).slice(0, 3)).toEqual([60, 120, 30]);
    expect(model.language).toBe('fr');
  });

  it('ranks Bloom levels and keeps the objective tree', () => {
    const model = modelOf('software-testing-course');
    expect(
      model.objectives.map((objective) => `${objective.id}:${objective.bloom}:${objective.rank}`),
    ).toEqual([
      'O1:create:6',
      'O1.1:analyze:4',
      'O1.2:apply:3',
      'O2:evaluate:5',
      'O2.1:understand:2',
      'O3:evaluate:5',
    ]);
    expect(model.objectiveById.get('O1')?.children.map((child) => child.id)).toEqual(['O1.1', 'O1.2']);
    expect(model.objectiveById.get('O1.1')?.parent).toEqual({ id: 'O1', path: '/objectives/1/parent' });
    expect(model.objectiveById.get('O3')?.children).toEqual([]);
  });

  it('resolves module modalities: their own, else the course one, unknown under blended', () => {
    expect(modelOf('software-testing-course').modules.map((module) => module.modality)).toEqual([
      'in-person',
      'in-person',
      'remote',
      'self-paced',
      'remote',
      'in-person',
      'self-paced',
      'in-person',
    ]);
    const workshop = modelOf('feedback-workshop');
    expect(
      workshop.modules.every((module) => module.modality === 'in-person' && !module.modalityDeclared),
    ).toBe(true);
  });

  it('indexes every id by kind, in document order, with the pointer of its entity', () => {
    const model = modelOf('software-testing-course');
    expect(model.byId.get('LAB1')).toEqual({ id: 'LAB1', kind: 'activity', path: '/modules/2/activities/1' });
    expect(model.byId.get('C3')).toEqual({ id: 'C3', kind: 'competency', path: '/competencies/items/2' });
    expect(model.ids.filter((entry) => entry.kind === 'assessment').map((entry) => entry.id)).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
    ]);
    expect(model.moduleById.get('M5')?.index).toBe(4);
    expect(model.assessmentById.get('A4')?.module).toEqual({ id: 'M8', path: '/assessments/3/module' });
    expect(model.competencyTargets?.map((ref) => ref.id)).toEqual(['C1', 'C2', 'C3', 'C4']);
  });

  it('keeps references with the pointer of each mention', () => {
    const model = modelOf('feedback-workshop');
    expect(model.assessments[1]?.objectives).toEqual([
      { id: 'O1', path: '/assessments/1/objectives/0' },
      { id: 'O2', path: '/assessments/1/objectives/1' },
      { id: 'O3', path: '/assessments/1/objectives/2' },
    ]);
    expect(model.activities[1]?.module.id).toBe('M1');
    expect(model.activities[1]?.objectives).toEqual([
      { id: 'O1', path: '/modules/0/activities/1/objectives/0' },
    ]);
  });
});
