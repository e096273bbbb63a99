import type { FileResult } from '../types.js';

/** What a run of `check` comes to, as ESLint 9 decides it. */
export interface Outcome {
  errors: number;
  /** Every warning found, including those `--quiet` hides from the reports. */
  warnings: number;
  /** More warnings than `--max-warnings` allows. */
  tooManyWarnings: boolean;
  /** Whether the run fails (exit 1): an error, or too many warnings. */
  failed: boolean;
}

/**
 * The outcome of the results as found (before `--quiet` hides anything): as in ESLint 9,
 * `--quiet` does not stop `--max-warnings` from counting warnings; a negative maximum or none
 * means no maximum.
 */
export function outcomeOf(results: readonly FileResult[], maxWarnings?: number): Outcome {
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const tooManyWarnings = maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings;
  return { errors, warnings, tooManyWarnings, failed: errors > 0 || tooManyWarnings };
}

/** The results as `--quiet` reports them: warnings removed, every file still listed. */
export function withoutWarnings(results: readonly FileResult[]): FileResult[] {
  return results.map((result) => ({
    ...result,
    findings: result.findings.filter((finding) => finding.severity === 'error'),
    warningCount: 0,
  }));
}
