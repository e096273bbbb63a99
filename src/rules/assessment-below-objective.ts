import { french, guillemets } from '../i18n/typography.js';
import { alignmentOf } from '../model/alignment.js';
import { formatList } from '../util/format-list.js';
import { defineRule, type RuleReport } from './types.js';

/** The strongest summative assessment of an objective demands a lower Bloom level than the objective. */
export const assessmentBelowObjective = defineRule({
  meta: {
    id: 'assessment-below-objective',
    description:
      "An objective's summative assessments reach its Bloom level: the highest of their levels is at least the objective's.",
    descriptionFr:
      'Les évaluations sommatives d’un objectif atteignent son niveau de Bloom : le plus haut de leurs niveaux est au moins celui de l’objectif.',
    severity: 'warning',
    preset: 'recommended',
    when: "the highest `bloom` among the summative assessments that measure an objective is below the objective's `bloom`",
    pointsAt: 'the objective; names the assessments and both levels',
    messages: {
      en: {
        below: (objective: string, bloom: string, strongest: readonly string[], level: string) => {
          const subject =
            strongest.length === 1
              ? `its strongest summative assessment, ${strongest[0]}, measures`
              : `its strongest summative assessments, ${formatList(strongest)}, measure`;
          return `\`${objective}\` targets '${bloom}' but ${subject} '${level}': add a summative task at '${bloom}', or lower the objective's \`bloom\` if '${level}' is what is meant`;
        },
      },
      fr: {
        below: (objective, bloom, strongest, level) => {
          const subject =
            strongest.length === 1
              ? `son évaluation sommative la plus exigeante, ${strongest[0]}, mesure`
              : `ses évaluations sommatives les plus exigeantes, ${formatList(strongest, 'et')}, mesurent`;
          return french`\`${objective}\` vise ${guillemets(bloom)} mais ${subject} ${guillemets(level)} : ajoutez une tâche sommative au niveau ${guillemets(bloom)}, ou abaissez le \`bloom\` de l’objectif si ${guillemets(level)} est le niveau voulu`;
        },
      },
    },
  },
  check(model, _context, say) {
    const { strongestSummative, summativeStatus } = alignmentOf(model);
    const reports: RuleReport[] = [];
    for (const objective of model.objectives) {
      if (summativeStatus.get(objective.id) !== 'below') continue;
      const strongest = strongestSummative.get(objective.id) ?? [];
      const names = strongest.map((assessment) => `\`${assessment.id}\` (${assessment.type})`);
      reports.push({
        path: objective.path,
        message: say.below(objective.id, objective.bloom, names, String(strongest[0]?.bloom)),
      });
    }
    return reports;
  },
});
