import { alwaysOnRules } from '../rules/always-on.js';
import { rules } from '../rules/index.js';
import type { RuleInfo } from './types.js';

/** Every rule of this release, the always-on checks and the configurable rules, sorted by id. */
export function everyRule(): RuleInfo[] {
  const all: RuleInfo[] = [
    ...alwaysOnRules.map(({ id, description, severity }) => ({ id, description, severity })),
    ...rules.map(({ meta: { id, description, severity, preset } }) => ({
      id,
      description,
      severity,
      preset,
    })),
  ];
  return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
