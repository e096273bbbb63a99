import { french } from '../i18n/typography.js';
import { defineRule, type RuleReport } from './types.js';

/** A teaching module that lists no objective, itself or through its activities. */
export const moduleWithoutObjective = defineRule({
  meta: {
    id: 'module-without-objective',
    description:
      'Every teaching module lists at least one objective, itself or through its activities (welcome, breaks, meals and wrap-up need none).',
    descriptionFr:
      'Chaque module d’enseignement liste au moins un objectif, lui-même ou par ses activités (accueil, pauses, repas et clôture n’en demandent pas).',
    severity: 'warning',
    preset: 'recommended',
    when: 'a teaching module (`kind` absent or `teaching`) lists no objective, directly or through its activities',
    pointsAt: 'the module',
    messages: {
      en: {
        none: (module: string) =>
          `\`${module}\` lists no objective: add the objectives it teaches to its \`objectives\` (or to its activities'), or ask whether it belongs in the course`,
      },
      fr: {
        none: (module) =>
          french`\`${module}\` ne liste aucun objectif : ajoutez les objectifs qu’il enseigne à ses \`objectives\` (ou à ceux de ses activités), ou demandez-vous s’il a sa place dans la formation`,
      },
    },
  },
  check(model, _context, say) {
    const reports: RuleReport[] = [];
    for (const module of model.modules) {
      if (!module.teaching || module.objectives.length > 0) continue;
      if (module.activities.some((activity) => activity.objectives.length > 0)) continue;
      reports.push({ path: module.path, message: say.none(module.id) });
    }
    return reports;
  },
});
