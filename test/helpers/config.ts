import { expect } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { UsageError } from '../../src/errors.js';

/** The one-line UsageError a config text gives; fails the test when it gives none. */
export function configProblem(text: string, file = '.blueprintrc.yaml'): string {
  try {
    parseConfig(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a UsageError for ${JSON.stringify(text)}`);
}
