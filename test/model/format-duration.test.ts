import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/model/format-duration.js';

describe('formatDuration', () => {
  it.each([
    [0, '0min'],
    [45, '45min'],
    [60, '1h'],
    [65, '1h05'],
    [150, '2h30'],
    [420, '7h'],
    [1530, '25h30'],
    [-90, '-1h30'],
  ])('%i minutes → %s', (minutes, text) => expect(formatDuration(minutes)).toBe(text));
});
