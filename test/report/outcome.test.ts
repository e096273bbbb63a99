import { describe, expect, it } from 'vitest';
import { outcomeOf, withoutWarnings } from '../../src/report/outcome.js';
import { scenarios } from './canned.js';

const warningsOnly = scenarios['warnings-only'] ?? [];
const many = scenarios['many-findings'] ?? [];

describe('outcome of a run, as ESLint 9 decides it', () => {
  it('passes warnings without --max-warnings, fails on any error', () => {
    expect(outcomeOf(warningsOnly)).toEqual({
      errors: 0,
      warnings: 2,
      tooManyWarnings: false,
      failed: false,
    });
    expect(outcomeOf(many)).toMatchObject({ errors: 24, warnings: 12, failed: true });
  });

  it('fails past --max-warnings, not at it; a negative maximum is no maximum', () => {
    expect(outcomeOf(warningsOnly, 2)).toMatchObject({ tooManyWarnings: false, failed: false });
    expect(outcomeOf(warningsOnly, 1)).toMatchObject({ tooManyWarnings: true, failed: true });
    expect(outcomeOf(warningsOnly, 0)).toMatchObject({ tooManyWarnings: true, failed: true });
    expect(outcomeOf(warningsOnly, -1)).toMatchObject({ tooManyWarnings: false, failed: false });
  });

  it('--quiet hides warnings from the reports but keeps every file; the outcome counts them still', () => {
    const quiet = withoutWarnings(many);
    expect(quiet.map((r) => r.file)).toEqual(many.map((r) => r.file));
    expect(quiet.flatMap((r) => r.findings).every((f) => f.severity === 'error')).toBe(true);
    expect(quiet.flatMap((r) => r.findings)).toHaveLength(24);
    expect(quiet.map((r) => r.warningCount)).toEqual([0, 0, 0, 0]);
    // The command decides the outcome on the results as found, before --quiet.
    expect(outcomeOf(withoutWarnings(warningsOnly), 0).tooManyWarnings).toBe(false);
    expect(outcomeOf(warningsOnly, 0).tooManyWarnings).toBe(true);
  });
});
