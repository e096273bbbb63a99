import { formatDuration } from '../model/format-duration.js';
import type { Rule, RuleReport } from './types.js';

/** A module is longer than `constraints.max_session`. */
export const sessionTooLong: Rule = {
  meta: {
    id: 'session-too-long',
    description: 'No module is longer than `constraints.max_session`.',
    severity: 'warning',
    preset: 'recommended',
    when: 'a module is longer than `constraints.max_session`',
    pointsAt: "the module's `duration`",
  },
  check(model) {
    const limit = model.maxSession;
    if (limit === undefined) return [];
    const reports: RuleReport[] = [];
    for (const module of model.modules) {
      if (module.minutes <= limit) continue;
      reports.push({
        path: `${module.path}/duration`,
        message: `\`${module.id}\` lasts ${formatDuration(module.minutes)}, longer than the ${formatDuration(limit)} of \`constraints.max_session\`: split it into shorter modules`,
      });
    }
    return reports;
  },
};
