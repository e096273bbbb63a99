import { describe, expect, it } from 'vitest';
import {
  apportion,
  apportionRounded,
  formatMinutes,
  MIN_ACTIVITY_MINUTES,
  planModules,
} from '../../src/init/schedule.js';
import { parseDuration } from '../../src/model/duration.js';

describe('apportion', () => {
  it.each([
    [7, [1, 1, 1]],
    [100, [90, 120, 90, 120]],
    [15, [90, 120, 90, 120]],
    [4, [1, 1000, 1, 1]],
    [1801, [45, 45, 45, 45]],
    [13, [0, 0]],
  ])('splits %i by %j into parts adding up to it, none zero', (total, weights) => {
    const parts = apportion(total, weights);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(parts.length).toBe(weights.length);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(1);
  });

  it('keeps exact proportions when they are whole', () => {
    expect(apportion(420, [90, 120, 90, 120])).toEqual([90, 120, 90, 120]);
    expect(apportion(840, [90, 120, 90, 120])).toEqual([180, 240, 180, 240]);
  });
});

describe('formatMinutes', () => {
  it.each([
    [5, '5min'],
    [59, '59min'],
    [60, '1h'],
    [65, '1h05'],
    [90, '1h30'],
    [1800, '30h'],
  ])('%i → %s, which reads back the same', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
    expect(parseDuration(text)).toBe(minutes);
  });
});

describe('planModules', () => {
  const starter = [
    { minutes: 90, activities: [30, 40, 20] },
    { minutes: 120, activities: [20, 80, 20] },
  ];

  it('splits a module longer than the session limit into sessions that fit', () => {
    const plans = planModules(30 * 60, starter, 210);
    const sessions = plans.flatMap((plan) => plan.parts.map((part) => part.minutes));
    expect(sessions.reduce((a, b) => a + b, 0)).toBe(1800);
    expect(Math.max(...sessions)).toBeLessThanOrEqual(210);
    expect(plans.map((plan) => plan.parts.length)).toEqual([4, 5]);
  });

  it('fills each session exactly with its activities, keeping no more than its length allows', () => {
    for (const total of [20, 45, 200, 1234]) {
      for (const plan of planModules(total, starter, 60)) {
        for (const part of plan.parts) {
          const lengths = part.activities.map((activity) => activity.minutes);
          expect(lengths.reduce((a, b) => a + b, 0)).toBe(part.minutes);
          expect(part.activities.length).toBe(
            Math.min(3, Math.max(1, Math.floor(part.minutes / MIN_ACTIVITY_MINUTES))),
          );
        }
      }
    }
  });

  it('rounds to 5 minutes wherever the total allows, and still adds up exactly', () => {
    for (const [total, rounded] of [
      [720, true],
      [1800, true],
      [95, true],
      [721, false],
      [10, true],
      [12, false],
    ] as const) {
      const plans = planModules(total, starter, 210);
      const lengths = plans.flatMap((plan) => plan.parts.map((part) => part.minutes));
      expect(lengths.reduce((a, b) => a + b, 0)).toBe(total);
      expect(lengths.every((length) => length % 5 === 0)).toBe(rounded);
    }
    expect(apportionRounded(720, [90, 120, 90, 120])).toEqual([155, 205, 155, 205]);
  });

  it('keeps the longest activities, in their order, when a session is too short for all', () => {
    const [first] = planModules(8, [{ minutes: 10, activities: [2, 6, 2] }]);
    expect(first?.parts[0]?.activities).toEqual([{ index: 1, minutes: 8 }]);
  });
});
