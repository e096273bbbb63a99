import { alignmentOf, uncoveredChildren } from '../model/alignment.js';
import { formatList } from '../util/format-list.js';
import type { Rule, RuleReport } from './types.js';

/**
 * An objective no summative assessment measures, itself or through all of its children; in a course
 * ungraded by design (`constraints.graded: false`), one that no formative assessment or practice
 * activity checks either.
 */
export const objectiveNotAssessed: Rule = {
  meta: {
    id: 'objective-not-assessed',
    description:
      'Every objective is measured by a summative assessment, itself or through all of its children.',
    severity: 'error',
    preset: 'recommended',
    when: 'no summative assessment lists the objective, and it is not covered through all of its children; under `constraints.graded: false`, a formative assessment or a `practice` activity that lists it is enough',
    pointsAt: 'the objective',
  },
  check(model) {
    const { assessed } = alignmentOf(model);
    const reports: RuleReport[] = [];
    for (const objective of model.objectives) {
      if (assessed.has(objective.id)) continue;
      if (!model.graded) {
        const through = uncoveredChildren(objective, assessed).map((child) => `\`${child.id}\``);
        const children =
          through.length > 0 ? `, nor through its children (${formatList(through)} not checked)` : '';
        reports.push({
          path: objective.path,
          message: `\`${objective.id}\` is checked by no assessment nor practice activity${children}: add \`${objective.id}\` to the \`objectives\` of a formative assessment or of a practice activity`,
        });
        continue;
      }
      const missing = uncoveredChildren(objective, assessed).map((child) => `\`${child.id}\``);
      const children =
        missing.length > 0 ? `, nor through its children (${formatList(missing)} not assessed)` : '';
      const others = model.assessments
        .filter((assessment) => assessment.objectives.some((ref) => ref.id === objective.id))
        .map((assessment) => `\`${assessment.id}\` (${assessment.kind})`);
      const note =
        others.length > 0
          ? ` (${formatList(others)} list${others.length === 1 ? 's' : ''} it, but only summative assessments measure achievement)`
          : '';
      reports.push({
        path: objective.path,
        message: `\`${objective.id}\` is measured by no summative assessment${children}${note}: add \`${objective.id}\` to the \`objectives\` of a summative assessment`,
      });
    }
    return reports;
  },
};
