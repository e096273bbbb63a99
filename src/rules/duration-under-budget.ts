import { formatDuration } from '../model/format-duration.js';
import type { Rule } from './types.js';

/** The modules take less time than the course's planned duration. */
export const durationUnderBudget: Rule = {
  meta: {
    id: 'duration-under-budget',
    description: "The modules' durations add up to no less than `constraints.duration`.",
    severity: 'warning',
    preset: 'recommended',
    when: "the modules' durations add up to less than `constraints.duration`",
    pointsAt: '`/constraints/duration`; message gives both totals',
  },
  check(model) {
    const total = model.modules.reduce((sum, module) => sum + module.minutes, 0);
    if (total >= model.duration) return [];
    return [
      {
        path: '/constraints/duration',
        message: `the modules add up to ${formatDuration(total)}, ${formatDuration(model.duration - total)} short of the ${formatDuration(model.duration)} of \`constraints.duration\`: plan the missing time in modules, or lower the duration`,
      },
    ];
  },
};
