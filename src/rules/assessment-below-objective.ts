import { alignmentOf } from '../model/alignment.js';
import { formatList } from '../util/format-list.js';
import type { Rule, RuleReport } from './types.js';

/** The strongest summative assessment of an objective demands a lower Bloom level than the objective. */
export const assessmentBelowObjective: Rule = {
  meta: {
    id: 'assessment-below-objective',
    description:
      "An objective's summative assessments reach its Bloom level: the highest of their levels is at least the objective's.",
    severity: 'warning',
    preset: 'recommended',
    when: "the highest `bloom` among the summative assessments that measure an objective is below the objective's `bloom`",
    pointsAt: 'the objective; names the assessments and both levels',
  },
  check(model) {
    const { strongestSummative, summativeStatus } = alignmentOf(model);
    const reports: RuleReport[] = [];
    for (const objective of model.objectives) {
      if (summativeStatus.get(objective.id) !== 'below') continue;
      const strongest = strongestSummative.get(objective.id) ?? [];
      const names = strongest.map((assessment) => `\`${assessment.id}\` (${assessment.type})`);
      const level = strongest[0]?.bloom;
      const subject =
        names.length === 1
          ? `its strongest summative assessment, ${names[0]}, measures`
          : `its strongest summative assessments, ${formatList(names)}, measure`;
      reports.push({
        path: objective.path,
        message: `\`${objective.id}\` targets '${objective.bloom}' but ${subject} '${level}': add a summative task at '${objective.bloom}', or lower the objective's \`bloom\` if '${level}' is what is meant`,
      });
    }
    return reports;
  },
};
