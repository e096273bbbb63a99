import type { Rule, RuleReport } from './types.js';

/** An assessment whose `objectives` list is empty, unless it grades participation or attendance. */
export const assessmentWithoutObjective: Rule = {
  meta: {
    id: 'assessment-without-objective',
    description:
      'Every assessment lists at least one objective it measures (participation and attendance measure none).',
    severity: 'error',
    preset: 'recommended',
    when: "an assessment's `objectives` is empty (or absent), unless its `type` is `participation` or `attendance`",
    pointsAt: 'the assessment',
  },
  check(model) {
    const reports: RuleReport[] = [];
    for (const assessment of model.assessments) {
      if (!assessment.measures || assessment.objectives.length > 0) continue;
      reports.push({
        path: assessment.path,
        message: `\`${assessment.id}\` measures no objective: list the objectives it measures in its \`objectives\`, or remove it`,
      });
    }
    return reports;
  },
};
