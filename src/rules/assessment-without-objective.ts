import { french } from '../i18n/typography.js';
import { defineRule, type RuleReport } from './types.js';

/** An assessment whose `objectives` list is empty, unless it grades participation or attendance. */
export const assessmentWithoutObjective = defineRule({
  meta: {
    id: 'assessment-without-objective',
    description:
      'Every assessment lists at least one objective it measures (participation and attendance measure none).',
    descriptionFr:
      'Chaque évaluation liste au moins un objectif qu’elle mesure (la participation et l’assiduité n’en mesurent aucun).',
    severity: 'error',
    preset: 'recommended',
    when: "an assessment's `objectives` is empty (or absent), unless its `type` is `participation` or `attendance`",
    pointsAt: 'the assessment',
    messages: {
      en: {
        none: (assessment: string) =>
          `\`${assessment}\` measures no objective: list the objectives it measures in its \`objectives\`, or remove it`,
      },
      fr: {
        none: (assessment) =>
          french`\`${assessment}\` ne mesure aucun objectif : listez les objectifs qu’elle mesure dans ses \`objectives\`, ou supprimez-la`,
      },
    },
  },
  check(model, _context, say) {
    const reports: RuleReport[] = [];
    for (const assessment of model.assessments) {
      if (!assessment.measures || assessment.objectives.length > 0) continue;
      reports.push({ path: assessment.path, message: say.none(assessment.id) });
    }
    return reports;
  },
});
