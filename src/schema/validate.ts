import type { Locale } from '../i18n/locale.js';
import type { PathFinding } from '../types.js';
import { humanizeSchemaErrors } from './messages.js';
import { validateBlueprint, validateCompetencyFile } from './validators.js';

/** Checks data against the blueprint JSON Schema; one human finding per violation, worded in `locale`. */
export function validateBlueprintData(data: unknown, locale: Locale = 'en'): PathFinding[] {
  if (validateBlueprint(data)) return [];
  return humanizeSchemaErrors(validateBlueprint.errors ?? [], data, locale);
}

/** Checks a competency framework file (named by `competencies.file`) against its schema. */
export function validateCompetencyFileData(data: unknown): PathFinding[] {
  if (validateCompetencyFile(data)) return [];
  return humanizeSchemaErrors(validateCompetencyFile.errors ?? [], data);
}
