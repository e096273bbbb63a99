import { describe, expect, it } from 'vitest';
import { checkBlueprintFully } from '../../src/check/blueprint.js';
import { alignmentOf } from '../../src/model/alignment.js';
import type { Model } from '../../src/model/model.js';

function modelOf(objectives: string, modules: string, assessments = ''): Model {
  const source = `blueprint: 1
id: t
title: T
audience: { description: Anyone }
constraints: { duration: 1h, modality: in-person }
objectives:
${objectives}
modules:
${modules}
${assessments}`;
  const { model, result } = checkBlueprintFully(source, { rules: [] });
  if (!model) throw new Error(JSON.stringify(result.findings));
  return model;
}

const objective = (id: string, parent?: string) =>
  `  - { id: ${id}, statement: Do ${id}, bloom: apply${parent ? `, parent: ${parent}` : ''} }`;

describe('alignmentOf', () => {
  it('covers a parent when every child is covered, recursively, and not when one is missing', () => {
    const model = modelOf(
      [
        objective('P'),
        objective('C1', 'P'),
        objective('C2', 'P'),
        objective('G1', 'C2'),
        objective('Q'),
        objective('D1', 'Q'),
        objective('D2', 'Q'),
      ].join('\n'),
      '  - { id: M1, title: One, duration: 30min, objectives: [C1] }\n  - { id: M2, title: Two, duration: 30min, activities: [{ title: A, type: practice, duration: 10min, objectives: [G1, D1] }] }',
    );
    const { taught, taughtBy, firstTaughtDirectly } = alignmentOf(model);
    expect([...taught].sort()).toEqual(['C1', 'C2', 'D1', 'G1', 'P']);
    expect(taughtBy.get('P')?.id).toBe('M2');
    expect(taughtBy.get('C1')?.id).toBe('M1');
    expect(firstTaughtDirectly.has('P')).toBe(false);
  });

  it('never counts a parent cycle as covering itself, and terminates', () => {
    const model = modelOf(
      [objective('A', 'B'), objective('B', 'A'), objective('S', 'S')].join('\n'),
      '  - { id: M1, title: One, duration: 1h }',
    );
    expect(alignmentOf(model).taught.size).toBe(0);
  });

  it('maps each objective to the summative assessments that list it, once each', () => {
    const model = modelOf(
      objective('O1'),
      '  - { id: M1, title: One, duration: 1h, objectives: [O1] }',
      `assessments:
  - { id: A1, title: Q, kind: formative, type: quiz, bloom: apply, objectives: [O1] }
  - { id: A2, title: E, kind: summative, type: exam, bloom: apply, objectives: [O1, O1] }`,
    );
    const { summativeFor, assessed } = alignmentOf(model);
    expect(summativeFor.get('O1')?.map((assessment) => assessment.id)).toEqual(['A2']);
    expect(assessed.has('O1')).toBe(true);
  });

  it('keeps as strongest the summative assessments at the highest level, in document order', () => {
    const model = modelOf(
      [objective('O1'), objective('O2')].join('\n'),
      '  - { id: M1, title: One, duration: 1h, objectives: [O1, O2] }',
      `assessments:
  - { id: A1, title: Q, kind: summative, type: quiz, bloom: apply, objectives: [O1, O2] }
  - { id: A2, title: E, kind: summative, type: exam, bloom: analyze, objectives: [O1] }
  - { id: A3, title: P, kind: summative, type: project, bloom: analyze, objectives: [O1] }
  - { id: A4, title: R, kind: summative, type: quiz, bloom: apply, objectives: [O2] }`,
    );
    const { strongestSummative, summativeFor, summativeStatus } = alignmentOf(model);
    const ids = (id: string) => strongestSummative.get(id)?.map((assessment) => assessment.id);
    expect(ids('O1')).toEqual(['A2', 'A3']);
    expect(summativeFor.get('O1')?.map((assessment) => assessment.id)).toEqual(['A1', 'A2', 'A3']);
    expect(ids('O2')).toEqual(['A1', 'A4']);
    expect([summativeStatus.get('O1'), summativeStatus.get('O2')]).toEqual(['aligned', 'aligned']);
  });

  it('teaches and assesses objectives by themselves when none has children', () => {
    const model = modelOf(
      [objective('O1'), objective('O2'), objective('O3')].join('\n'),
      '  - { id: M1, title: One, duration: 30min, objectives: [O2, X9] }\n  - { id: M2, title: Two, duration: 30min, objectives: [O1, O2] }',
      `assessments:
  - { id: A1, title: E, kind: summative, type: exam, bloom: apply, objectives: [O3] }`,
    );
    const { taught, taughtBy, assessed, summativeStatus } = alignmentOf(model);
    expect([...taught]).toEqual(['O1', 'O2']);
    expect([...taughtBy].map(([id, module]) => `${id}:${module.id}`)).toEqual(['O2:M1', 'O1:M2']);
    expect([...assessed]).toEqual(['O3']);
    expect(['O1', 'O2', 'O3'].map((id) => summativeStatus.get(id))).toEqual(['gap', 'gap', 'aligned']);
  });
});
