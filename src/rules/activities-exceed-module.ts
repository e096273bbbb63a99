import { french } from '../i18n/typography.js';
import { formatDuration } from '../model/format-duration.js';
import { defineRule, type RuleReport } from './types.js';

/** A module's activities take longer than the module itself. */
export const activitiesExceedModule = defineRule({
  meta: {
    id: 'activities-exceed-module',
    description: "A module's activities fit in the module's duration.",
    descriptionFr: 'Les activités d’un module tiennent dans la durée du module.',
    severity: 'error',
    preset: 'recommended',
    when: "a module's activities add up to more than the module's duration",
    pointsAt: "the module's `duration`",
    messages: {
      en: {
        exceeds: (module: string, total: number, length: number) =>
          `the activities of \`${module}\` add up to ${formatDuration(total)}, ${formatDuration(total - length)} more than its ${formatDuration(length)}: shorten the activities or lengthen the module`,
      },
      fr: {
        exceeds: (module, total, length) =>
          french`les activités de \`${module}\` totalisent ${formatDuration(total, 'fr')}, soit ${formatDuration(total - length, 'fr')} de plus que ses ${formatDuration(length, 'fr')} : raccourcissez les activités ou allongez le module`,
      },
    },
  },
  check(model, _context, say) {
    const reports: RuleReport[] = [];
    for (const module of model.modules) {
      const total = module.activities.reduce((sum, activity) => sum + activity.minutes, 0);
      if (total <= module.minutes) continue;
      reports.push({
        path: `${module.path}/duration`,
        message: say.exceeds(module.id, total, module.minutes),
      });
    }
    return reports;
  },
});
