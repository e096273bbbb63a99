import { french } from '../i18n/typography.js';
import { formatDuration } from '../model/format-duration.js';
import { defineRule } from './types.js';

/** The modules take less time than the course's planned duration. */
export const durationUnderBudget = defineRule({
  meta: {
    id: 'duration-under-budget',
    description: "The modules' durations add up to no less than `constraints.duration`.",
    descriptionFr: 'La somme des durées des modules atteint au moins `constraints.duration`.',
    severity: 'warning',
    preset: 'recommended',
    when: "the modules' durations add up to less than `constraints.duration`",
    pointsAt: '`/constraints/duration`; message gives both totals',
    messages: {
      en: {
        under: (total: number, budget: number) =>
          `the modules add up to ${formatDuration(total)}, ${formatDuration(budget - total)} short of the ${formatDuration(budget)} of \`constraints.duration\`: plan the missing time in modules, or lower the duration`,
      },
      fr: {
        under: (total, budget) =>
          french`les modules totalisent ${formatDuration(total, 'fr')}, soit ${formatDuration(budget - total, 'fr')} de moins que les ${formatDuration(budget, 'fr')} de \`constraints.duration\` : planifiez le temps manquant dans des modules, ou réduisez la durée`,
      },
    },
  },
  check(model, _context, say) {
    const total = model.modules.reduce((sum, module) => sum + module.minutes, 0);
    if (total >= model.duration) return [];
    return [{ path: '/constraints/duration', message: say.under(total, model.duration) }];
  },
});
