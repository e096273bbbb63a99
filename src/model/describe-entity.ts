import { parsePointer } from '../load/pointer.js';
import type { IdEntry } from './model.js';

/**
 * Names where an entity is defined, for messages: "the objective at objectives[2]",
 * "the activity at modules[0].activities[1]", "a competency in competencies.file".
 */
export function describeEntity(entry: IdEntry): string {
  if (entry.path === '/competencies/file') return `a ${entry.kind} in competencies.file`;
  return `the ${entry.kind} at ${pointerToText(entry.path)}`;
}

/** A JSON Pointer as a reader writes it: /modules/0/activities/1 → modules[0].activities[1]. */
export function pointerToText(pointer: string): string {
  return parsePointer(pointer)
    .map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}
