import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBlueprintFully } from '../../src/check/blueprint.js';
import type { Model } from '../../src/model/model.js';
import { formatDate, formatDocumentDuration, formatPercent } from '../../src/render/format.js';
import { loadLabels } from '../../src/render/labels.js';
import { computeFigures } from '../../src/render/render.js';
import { frenchTypography } from '../../src/render/text.js';

const en = loadLabels('en');
const fr = loadLabels('fr');
const NBSP = '\u00a0';

function modelOf(path: string): Model {
  const { model } = checkBlueprintFully(readFileSync(new URL(`../../${path}`, import.meta.url)), {
    rules: [],
  });
  if (!model) throw new Error(`${path} did not give a model`);
  return model;
}
const edge = modelOf('test/render/fixtures/edge-cases.blueprint.yaml');

describe('durations in words', () => {
  it.each([
    [45, '45min', `45${NBSP}min`],
    [60, '1h', `1${NBSP}h`],
    [210, '3h 30min', `3${NBSP}h${NBSP}30`],
    [185, '3h 5min', `3${NBSP}h${NBSP}05`],
    [840, '14h', `14${NBSP}h`],
    [0, '0min', `0${NBSP}min`],
  ])('%i minutes: %s in English, %s in French', (minutes, english, french) => {
    expect(formatDocumentDuration(minutes, en)).toBe(english);
    expect(formatDocumentDuration(minutes, fr)).toBe(french);
  });

  it('writes percentages and dates as each language does', () => {
    expect(formatPercent(33.3, en)).toBe('33%');
    expect(formatPercent(33.3, fr)).toBe(`33${NBSP}%`);
    expect(formatDate('2026-03-12', en)).toBe('12 March 2026');
    expect(formatDate('2026-03-12', fr)).toBe('12 mars 2026');
    expect(formatDate('spring 2026', fr)).toBe('spring 2026');
    expect(formatDate('2026-10-01', fr)).toBe('1er octobre 2026');
    expect(formatDate('2026-10-01', en)).toBe('1 October 2026');
    expect(formatDate('2026-06', fr)).toBe('juin 2026');
    expect(formatDate('2026-13', en)).toBe('2026-13');
  });
});

describe('French typography', () => {
  it('puts non-breaking spaces before : ; ? ! and leaves URLs, times and table syntax alone', () => {
    expect(frenchTypography('Public : managers ; experts ? Oui !')).toBe(
      `Public${NBSP}: managers\u202f; experts\u202f? Oui\u202f!`,
    );
    expect(frenchTypography('Voir https://exemple.fr à 10:30')).toBe('Voir https://exemple.fr à 10:30');
    expect(frenchTypography('|---|:-:|')).toBe('|---|:-:|');
  });
});

describe('figures of the edge-case fixture', () => {
  const figures = computeFigures(edge, 'en');

  it('gives the total, the planned time and each module start offset', () => {
    expect(figures.duration).toMatchObject({ minutes: 450, text: '7h 30min', days: 1, days_text: '1 day' });
    const sum = edge.modules.reduce((total, module) => total + module.minutes, 0);
    expect(figures.planned).toEqual({ minutes: sum, text: formatDocumentDuration(sum, en) });
    expect(figures.planned_status).toBe('over');
    expect(figures.schedule.map((module) => [module.id, module.start.minutes, module.end.minutes])).toEqual([
      ['M1', 0, 120],
      ['M2', 120, 300],
      ['M3', 300, 465],
    ]);
    expect(figures.schedule.map((module) => module.modality)).toEqual([null, 'remote', 'in-person']);
    expect(figures.schedule[1]?.assessments).toEqual(['A1']);
  });

  it('makes gaps and levels below visible in the matrix', () => {
    expect(figures.matrix.gaps).toEqual(['O1.a', 'O2']);
    expect(figures.matrix.below).toEqual(['O1']);
    expect(figures.matrix.unused_assessments).toEqual(['A2']);
    const o1 = figures.matrix.rows.find((row) => row.objective === 'O1');
    expect(o1?.cells.map((cell) => [cell.assessment, cell.measured, cell.mark, cell.below])).toEqual([
      ['A1', true, '●', true],
      ['A2', false, '·', false],
      ['A3', false, '·', false],
    ]);
    expect(figures.matrix.rows.map((row) => `${row.objective}@${row.depth}`)).toEqual([
      'O1@0',
      'O1.a@1',
      'O2@0',
      'O3@0',
    ]);
  });

  it('counts the Bloom distribution over the six levels', () => {
    const counts = Object.fromEntries(figures.bloom.map((bar) => [bar.level, bar.objectives]));
    expect(counts).toEqual({ remember: 1, understand: 0, apply: 1, analyze: 0, evaluate: 1, create: 1 });
    expect(figures.bloom.reduce((sum, bar) => sum + bar.objectives, 0)).toBe(edge.objectives.length);
    expect(figures.bloom_max).toBe(1);
  });

  it('reports competency coverage of the targets', () => {
    expect(figures.competencies).toMatchObject({ framework: 'Internal skills map', targeted: 2, covered: 1 });
    expect(figures.competencies.items.map((item) => [item.id, item.covered, item.objectives])).toEqual([
      ['C1', true, ['O1']],
      ['C2', false, []],
    ]);
  });

  it('passes admin data through, and keeps x- keys on the data as written', () => {
    expect(figures.admin).toMatchObject({
      price_text: 'Free for staff',
      certification: { code: 'RS1234', title: 'Reporting basics' },
      updated_text: '5 January 2026',
      contact: null,
    });
    expect(figures.schedule[0]?.data).toMatchObject({ 'x-room': 'B12' });
    expect(figures.summative_weight_total).toBe(90);
    expect(figures.audience.size_text).toBe('8 learners');
  });

  it('words everything in French when asked', () => {
    const french = computeFigures(edge, 'fr');
    expect(french.duration.text).toBe(`7${NBSP}h${NBSP}30`);
    expect(french.duration.days_text).toBe(`1${NBSP}jour`);
    expect(french.objectives.find((objective) => objective.id === 'O1')?.bloom_label).toBe('Créer');
    expect(french.modality_label).toBe('mixte (présentiel et distanciel)');
  });
});

describe('figures of the French example', () => {
  it('states the price in French money format and the days of the course', () => {
    const figures = computeFigures(modelOf('examples/excel-tcd-inter.blueprint.yaml'), 'fr');
    expect(figures.admin.price_text).toBe('1\u202f290\u00a0€ par stagiaire, hors taxes, déjeuners inclus');
    expect(figures.duration.text).toBe(`14${NBSP}h`);
    expect(figures.duration.days_text).toBe(`2${NBSP}jours`);
  });
});
