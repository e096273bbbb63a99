import type { RuleMeta } from './types.js';

/** The checks that always run and cannot be configured. */
export const alwaysOnRules: readonly Omit<RuleMeta, 'preset'>[] = [
  {
    id: 'yaml-syntax',
    description:
      'The file is valid UTF-8 YAML 1.2: one document, no tabs in indentation, no unknown alias, within the size and depth limits.',
    severity: 'error',
  },
  { id: 'duplicate-key', description: 'No key appears twice in the same mapping.', severity: 'error' },
  {
    id: 'schema',
    description: 'The blueprint follows the format: required keys, types, allowed values, durations, ids.',
    severity: 'error',
  },
  {
    id: 'unsupported-version',
    description: 'The `blueprint` format version is one this release reads (1).',
    severity: 'error',
  },
];

/** Ids of the always-on checks. */
export const alwaysOnRuleIds: ReadonlySet<string> = new Set(alwaysOnRules.map((rule) => rule.id));
