import { french } from '../i18n/typography.js';
import { formatDuration } from '../model/format-duration.js';
import { defineRule, type RuleReport } from './types.js';

/** A module is longer than `constraints.max_session`. */
export const sessionTooLong = defineRule({
  meta: {
    id: 'session-too-long',
    description: 'No module is longer than `constraints.max_session`.',
    descriptionFr: 'Aucun module ne dure plus que `constraints.max_session`.',
    severity: 'warning',
    preset: 'recommended',
    when: 'a module is longer than `constraints.max_session`',
    pointsAt: "the module's `duration`",
    messages: {
      en: {
        tooLong: (module: string, minutes: number, limit: number) =>
          `\`${module}\` lasts ${formatDuration(minutes)}, longer than the ${formatDuration(limit)} of \`constraints.max_session\`: split it into shorter modules`,
      },
      fr: {
        tooLong: (module, minutes, limit) =>
          french`\`${module}\` dure ${formatDuration(minutes, 'fr')}, au-delà de la limite de ${formatDuration(limit, 'fr')} fixée par \`constraints.max_session\` : scindez-le en modules plus courts`,
      },
    },
  },
  check(model, _context, say) {
    const limit = model.maxSession;
    if (limit === undefined) return [];
    const reports: RuleReport[] = [];
    for (const module of model.modules) {
      if (module.minutes <= limit) continue;
      reports.push({
        path: `${module.path}/duration`,
        message: say.tooLong(module.id, module.minutes, limit),
      });
    }
    return reports;
  },
});
