import { formatDuration } from '../model/format-duration.js';
import type { Rule } from './types.js';

/** The modules take longer than the course's planned duration. */
export const durationOverBudget: Rule = {
  meta: {
    id: 'duration-over-budget',
    description: "The modules' durations add up to no more than `constraints.duration`.",
    severity: 'error',
    preset: 'recommended',
    when: "the modules' durations add up to more than `constraints.duration`",
    pointsAt: '`/constraints/duration`; message gives both totals',
  },
  check(model) {
    const total = model.modules.reduce((sum, module) => sum + module.minutes, 0);
    if (total <= model.duration) return [];
    return [
      {
        path: '/constraints/duration',
        message: `the modules add up to ${formatDuration(total)}, ${formatDuration(total - model.duration)} over the ${formatDuration(model.duration)} of \`constraints.duration\`: shorten or drop modules, or raise the duration`,
      },
    ];
  },
};
