/**
 * `parseDuration` (src/model/duration.ts) and the schema's `duration` pattern say the same thing:
 * the parser accepts exactly the text the pattern accepts (spaces around aside), never a zero
 * length, and gives the minutes the text means.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import schema from '../schemas/blueprint.schema.json' with { type: 'json' };
import { parseDuration } from '../src/model/duration.js';
import { duration } from './support/arbitraries.js';
import { runs } from './support/runs.js';

const SEED = 20261129;
const pattern = new RegExp(schema.definitions.duration.pattern);

/** Text made of the pieces durations are made of, in any order: mostly not durations. */
const durationish = fc
  .array(
    fc.constantFrom(
      '0',
      '1',
      '2',
      '9',
      '05',
      '30',
      '0.001',
      '0.0',
      '.',
      '.5',
      '1.5',
      'd',
      'D',
      'h',
      'H',
      'min',
      'MIN',
      'Min',
      'm',
      'M',
      'p',
      'P',
      't',
      'T',
      ' ',
      '  ',
      'i',
      'n',
      's',
      '-',
      '+',
      ':',
      ',',
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join('').trim());

/** A duration and the minutes it means, with `hours_per_day` hours in a day. */
const durationWithMinutes = fc
  .tuple(
    fc.integer({ min: 0, max: 5 }),
    fc.integer({ min: 0, max: 30 }),
    fc.integer({ min: 0, max: 600 }),
    fc.constantFrom(1, 7, 7.5, 8, 24),
    fc.constantFrom('human', 'iso'),
    fc.constantFrom('', ' '),
  )
  .filter(([days, hours, minutes]) => days + hours + minutes > 0)
  .map(([days, hours, minutes, hoursPerDay, form, space]) => {
    let text: string;
    if (form === 'iso') {
      const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
      text = `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
    } else {
      const parts = [days ? `${days}d` : '', hours ? `${hours}h` : '', minutes ? `${minutes}min` : ''];
      text = parts.filter(Boolean).join(space);
    }
    return { text, hoursPerDay, minutes: Math.round(days * hoursPerDay * 60 + hours * 60 + minutes) };
  });

describe('parseDuration and the schema pattern', () => {
  it('accept exactly the same text', () => {
    fc.assert(
      fc.property(durationish, (text) => {
        expect(parseDuration(text) !== undefined, JSON.stringify(text)).toBe(pattern.test(text));
      }),
      { seed: SEED, numRuns: runs(5000) },
    );
  });

  it('accept every generated duration, as at least a minute', () => {
    fc.assert(
      fc.property(duration, fc.constantFrom(1, 7, 24), (text, hoursPerDay) => {
        expect(pattern.test(text)).toBe(true);
        expect(parseDuration(text, hoursPerDay)).toBeGreaterThanOrEqual(1);
      }),
      { seed: SEED, numRuns: runs(2000) },
    );
  });

  it('never accept a zero length', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('0', '00', '0.0', '0 ', 'd', 'h', 'min', 'PT', 'P', 'T', 'H', 'M', 'D', ' '),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        (parts) => {
          const text = parts.join('').trim();
          expect(parseDuration(text)).toBeUndefined();
          expect(pattern.test(text)).toBe(false);
        },
      ),
      { seed: SEED, numRuns: runs(2000) },
    );
  });

  it('read the minutes a duration means, in either form, any case, with spaces around', () => {
    fc.assert(
      fc.property(durationWithMinutes, fc.boolean(), ({ text, hoursPerDay, minutes }, upper) => {
        const written = upper ? text.toUpperCase() : text.toLowerCase();
        expect(pattern.test(written)).toBe(true);
        expect(parseDuration(written, hoursPerDay)).toBe(minutes);
        expect(parseDuration(` ${written}  `, hoursPerDay)).toBe(minutes);
      }),
      { seed: SEED, numRuns: runs(2000) },
    );
  });

  it('read hours then minutes with no unit on the minutes (`1h30`)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 23 }), fc.integer({ min: 0, max: 59 }), (hours, minutes) => {
        expect(parseDuration(`${hours}h${minutes}`)).toBe(hours * 60 + minutes);
        expect(parseDuration(`${hours}h ${minutes}min`)).toBe(hours * 60 + minutes);
        expect(parseDuration(`${hours}h${minutes} ${minutes}min`)).toBeUndefined();
      }),
      { seed: SEED, numRuns: runs(300) },
    );
  });
});
