import { french } from '../i18n/typography.js';
import { formatDuration } from '../model/format-duration.js';
import { defineRule } from './types.js';

/** The modules take longer than the course's planned duration. */
export const durationOverBudget = defineRule({
  meta: {
    id: 'duration-over-budget',
    description: "The modules' durations add up to no more than `constraints.duration`.",
    descriptionFr: 'La somme des durées des modules ne dépasse pas `constraints.duration`.',
    severity: 'error',
    preset: 'recommended',
    when: "the modules' durations add up to more than `constraints.duration`",
    pointsAt: '`/constraints/duration`; message gives both totals',
    messages: {
      en: {
        over: (total: number, budget: number) =>
          `the modules add up to ${formatDuration(total)}, ${formatDuration(total - budget)} over the ${formatDuration(budget)} of \`constraints.duration\`: shorten or drop modules, or raise the duration`,
      },
      fr: {
        over: (total, budget) =>
          french`les modules totalisent ${formatDuration(total, 'fr')}, soit ${formatDuration(total - budget, 'fr')} de plus que les ${formatDuration(budget, 'fr')} de \`constraints.duration\` : raccourcissez ou supprimez des modules, ou augmentez la durée`,
      },
    },
  },
  check(model, _context, say) {
    const total = model.modules.reduce((sum, module) => sum + module.minutes, 0);
    if (total <= model.duration) return [];
    return [{ path: '/constraints/duration', message: say.over(total, model.duration) }];
  },
});
