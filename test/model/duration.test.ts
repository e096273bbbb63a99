import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/model/duration.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/blueprint.schema.json', import.meta.url), 'utf8'),
);
const pattern = new RegExp(schema.definitions.duration.pattern, 'u');

/** Every form of blueprint-format.md, and a few more of the same grammar, with minutes. */
const accepted: Array<[string, number]> = [
  ['90min', 90],
  ['45 min', 45],
  ['3h', 180],
  ['1.5h', 90],
  ['1h30', 90],
  ['1h30min', 90],
  ['2h 15min', 135],
  ['2d', 840],
  ['PT1H30M', 90],
  ['pt45m', 45],
  ['P1D', 420],
  ['P1DT2H', 540],
  ['3H', 180],
  ['90MIN', 90],
  ['1 h 30', 90],
  ['0h30', 30],
  ['1d 3h', 600],
  ['0.5d', 210],
];
const rejected = [
  '0',
  '0h',
  '0min',
  'PT0M',
  '0.0h',
  '90',
  '3 hours',
  '1h30 45min',
  'h',
  'min',
  'P',
  'PT',
  '-1h',
  '1,5h',
  '1.5min',
  '',
];

describe('durations', () => {
  it.each(accepted)('%s is accepted by the schema and is %i minutes', (text, minutes) => {
    expect(pattern.test(text)).toBe(true);
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(rejected)('%j is refused by the schema', (text) => {
    expect(pattern.test(text)).toBe(false);
  });

  it('days count constraints.hours_per_day hours', () => {
    expect(parseDuration('2d', 8)).toBe(960);
    expect(parseDuration('1.5d', 6)).toBe(540);
  });

  it('rounds to the nearest whole minute', () => {
    expect(parseDuration('1.01h')).toBe(61);
    expect(parseDuration('0.001h')).toBe(0);
  });

  it('is undefined for text that is not a duration', () => {
    expect(parseDuration('three hours')).toBeUndefined();
    expect(parseDuration('')).toBeUndefined();
  });
});
