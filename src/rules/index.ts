import type { Rule } from './types.js';
import { unusedDisable } from './unused-disable.js';

/** Every configurable rule, sorted by id. Add a rule by adding one line here. */
export const rules: readonly Rule[] = [unusedDisable];

/** The rule with this id, if there is one. */
export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
