import type { Severity, SeveritySetting } from '../types.js';
import { rules as allRules } from './index.js';
import { resolveSeverities } from './presets.js';
import type { Rule } from './types.js';

/** A rule to run, with the severity its findings get. */
export interface EnabledRule {
  rule: Rule;
  severity: Severity;
}

/**
 * The rules a check runs, in order, with their severities: the one place both the fast and the
 * full path read `rules` and `severities` from, so that they always run the same rules.
 */
export function enabledRules(options: {
  rules?: readonly Rule[];
  severities?: Record<string, SeveritySetting>;
}): EnabledRule[] {
  const severities = options.severities ?? resolveSeverities();
  const enabled: EnabledRule[] = [];
  for (const rule of options.rules ?? allRules) {
    const severity = severityOf(severities[rule.meta.id]);
    if (severity !== undefined) enabled.push({ rule, severity });
  }
  return enabled;
}

/** The severity findings get under a setting, or undefined when it is off or absent. */
export function severityOf(setting: SeveritySetting | undefined): Severity | undefined {
  if (setting === undefined || setting === 'off') return undefined;
  return setting === 'warn' ? 'warning' : 'error';
}
