import { objectiveMissingVerb } from './objective-missing-verb.js';
import { objectiveMultipleVerbs } from './objective-multiple-verbs.js';
import { objectiveUnmeasurableVerb } from './objective-unmeasurable-verb.js';
import { objectiveVerbLevelMismatch } from './objective-verb-level-mismatch.js';
import type { Rule } from './types.js';

/** Every configurable rule, sorted by id. Add a rule by adding one line here. */
export const rules: readonly Rule[] = [
  objectiveMissingVerb,
  objectiveMultipleVerbs,
  objectiveUnmeasurableVerb,
  objectiveVerbLevelMismatch,
];

/** The rule with this id, if there is one. */
export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
