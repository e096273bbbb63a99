import type { Rule } from './types.js';

/**
 * Weights are used but do not add up to 100. The weights are those of the summative assessments
 * and of graded participation or attendance (which carry a weight but measure no objective).
 */
export const weightsNot100: Rule = {
  meta: {
    id: 'weights-not-100',
    description: 'When summative assessments carry weights, the weights add up to 100.',
    severity: 'error',
    preset: 'recommended',
    when: 'at least one summative assessment has a `weight`, and the weights of the summative assessments and of `participation` or `attendance` ones (of any kind) do not add up to 100 (a missing weight counts as 0)',
    pointsAt: '`/assessments`; the message gives the actual sum',
  },
  check(model) {
    const summative = model.assessments.filter(
      (assessment) =>
        assessment.kind === 'summative' || (!assessment.measures && assessment.weight !== undefined),
    );
    if (!summative.some((assessment) => assessment.weight !== undefined)) return [];
    const sum = summative.reduce((total, assessment) => total + (assessment.weight ?? 0), 0);
    if (Math.abs(sum - 100) < 1e-9) return [];
    const parts = summative.map((assessment) =>
      assessment.weight === undefined
        ? `\`${assessment.id}\` no weight (0)`
        : `\`${assessment.id}\` ${formatNumber(assessment.weight)}`,
    );
    return [
      {
        path: '/assessments',
        key: true,
        message: `summative weights add up to ${formatNumber(sum)}, not 100 (${parts.join(' + ')}): adjust them so that they total 100`,
      },
    ];
  },
};

function formatNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
