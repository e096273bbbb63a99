import { formatDuration } from '../model/format-duration.js';
import type { Rule, RuleReport } from './types.js';

/** A module's activities take longer than the module itself. */
export const activitiesExceedModule: Rule = {
  meta: {
    id: 'activities-exceed-module',
    description: "A module's activities fit in the module's duration.",
    severity: 'error',
    preset: 'recommended',
    when: "a module's activities add up to more than the module's duration",
    pointsAt: "the module's `duration`",
  },
  check(model) {
    const reports: RuleReport[] = [];
    for (const module of model.modules) {
      const total = module.activities.reduce((sum, activity) => sum + activity.minutes, 0);
      if (total <= module.minutes) continue;
      reports.push({
        path: `${module.path}/duration`,
        message: `the activities of \`${module.id}\` add up to ${formatDuration(total)}, ${formatDuration(total - module.minutes)} more than its ${formatDuration(module.minutes)}: shorten the activities or lengthen the module`,
      });
    }
    return reports;
  },
};
