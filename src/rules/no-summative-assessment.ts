import type { Rule } from './types.js';

/** The blueprint has no summative assessment at all, and does not say it is ungraded by design. */
export const noSummativeAssessment: Rule = {
  meta: {
    id: 'no-summative-assessment',
    description: 'The course has at least one summative assessment to measure achievement.',
    severity: 'warning',
    preset: 'recommended',
    when: 'there is no summative assessment at all, and `constraints.graded` is not `false`',
    pointsAt: '`/assessments`, or the root',
  },
  check(model) {
    if (!model.graded) return []; // `constraints.graded: false`: formative only, by design
    if (model.assessments.some((assessment) => assessment.kind === 'summative')) return [];
    const listed = model.assessments.map((assessment) => `\`${assessment.id}\` (${assessment.kind})`);
    const fact =
      listed.length > 0
        ? `no assessment is summative (${listed.join(', ')})`
        : 'the blueprint has no assessment';
    const message = `${fact}: add a summative assessment (\`kind: summative\`) that measures the objectives, or nothing will show that learners achieved them`;
    return model.data.assessments === undefined
      ? [{ path: '', message }]
      : [{ path: '/assessments', key: true, message }];
  },
};
