import { french } from '../i18n/typography.js';
import { alignmentOf, uncoveredChildren } from '../model/alignment.js';
import { formatList } from '../util/format-list.js';
import { defineRule, type RuleReport } from './types.js';

/**
 * An objective no summative assessment measures, itself or through all of its children; in a course
 * ungraded by design (`constraints.graded: false`), one that no formative assessment or practice
 * activity checks either.
 */
export const objectiveNotAssessed = defineRule({
  meta: {
    id: 'objective-not-assessed',
    description:
      'Every objective is measured by a summative assessment, itself or through all of its children.',
    descriptionFr:
      'Chaque objectif est mesuré par une évaluation sommative, lui-même ou par l’ensemble de ses sous-objectifs.',
    severity: 'error',
    preset: 'recommended',
    when: 'no summative assessment lists the objective, and it is not covered through all of its children; under `constraints.graded: false`, a formative assessment or a `practice` activity that lists it is enough',
    pointsAt: 'the objective',
    messages: {
      en: {
        unchecked: (id: string, children: readonly string[]) =>
          `\`${id}\` is checked by no assessment nor practice activity${children.length > 0 ? `, nor through its children (${formatList(children)} not checked)` : ''}: add \`${id}\` to the \`objectives\` of a formative assessment or of a practice activity`,
        unmeasured: (id: string, children: readonly string[], others: readonly string[]) =>
          `\`${id}\` is measured by no summative assessment${children.length > 0 ? `, nor through its children (${formatList(children)} not assessed)` : ''}${others.length > 0 ? ` (${formatList(others)} list${others.length === 1 ? 's' : ''} it, but only summative assessments measure achievement)` : ''}: add \`${id}\` to the \`objectives\` of a summative assessment`,
      },
      fr: {
        unchecked: (id, children) =>
          french`\`${id}\` n’est vérifié par aucune évaluation ni activité d’entraînement${children.length > 0 ? `, ni par ses sous-objectifs (${formatList(children, 'et')} ${children.length === 1 ? 'non vérifié' : 'non vérifiés'})` : ''} : ajoutez \`${id}\` aux \`objectives\` d’une évaluation formative ou d’une activité d’entraînement`,
        unmeasured: (id, children, others) =>
          french`\`${id}\` n’est mesuré par aucune évaluation sommative${children.length > 0 ? `, ni par ses sous-objectifs (${formatList(children, 'et')} ${children.length === 1 ? 'non évalué' : 'non évalués'})` : ''}${others.length > 0 ? ` (${formatList(others, 'et')} ${others.length === 1 ? 'le liste' : 'le listent'}, mais seules les évaluations sommatives mesurent l’atteinte des objectifs)` : ''} : ajoutez \`${id}\` aux \`objectives\` d’une évaluation sommative`,
      },
    },
  },
  check(model, _context, say) {
    const { assessed } = alignmentOf(model);
    const reports: RuleReport[] = [];
    for (const objective of model.objectives) {
      if (assessed.has(objective.id)) continue;
      const children = uncoveredChildren(objective, assessed).map((child) => `\`${child.id}\``);
      if (!model.graded) {
        reports.push({ path: objective.path, message: say.unchecked(objective.id, children) });
        continue;
      }
      const others = model.assessments
        .filter((assessment) => assessment.objectives.some((ref) => ref.id === objective.id))
        .map((assessment) => `\`${assessment.id}\` (${assessment.kind})`);
      reports.push({ path: objective.path, message: say.unmeasured(objective.id, children, others) });
    }
    return reports;
  },
});
