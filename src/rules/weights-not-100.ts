import { formatDecimal } from '../i18n/format.js';
import { french } from '../i18n/typography.js';
import { defineRule } from './types.js';

/** An assessment's share of the total: its id and weight, undefined when it gives none. */
interface Share {
  id: string;
  weight: number | undefined;
}

/**
 * Weights are used but do not add up to 100. The weights are those of the summative assessments
 * and of graded participation or attendance (which carry a weight but measure no objective).
 */
export const weightsNot100 = defineRule({
  meta: {
    id: 'weights-not-100',
    description: 'When summative assessments carry weights, the weights add up to 100.',
    descriptionFr: 'Quand les évaluations sommatives sont pondérées, la somme des pondérations est 100.',
    severity: 'error',
    preset: 'recommended',
    when: 'at least one summative assessment has a `weight`, and the weights of the summative assessments and of `participation` or `attendance` ones (of any kind) do not add up to 100 (a missing weight counts as 0)',
    pointsAt: '`/assessments`; the message gives the actual sum',
    messages: {
      en: {
        sum: (sum: number, shares: readonly Share[]) => {
          const parts = shares.map(({ id, weight }) =>
            weight === undefined ? `\`${id}\` no weight (0)` : `\`${id}\` ${formatDecimal(weight, 'en')}`,
          );
          return `summative weights add up to ${formatDecimal(sum, 'en')}, not 100 (${parts.join(' + ')}): adjust them so that they total 100`;
        },
      },
      fr: {
        sum: (sum, shares) => {
          const parts = shares.map(({ id, weight }) =>
            weight === undefined
              ? `\`${id}\` sans pondération (0)`
              : `\`${id}\` ${formatDecimal(weight, 'fr')}`,
          );
          return french`la somme des pondérations sommatives est ${formatDecimal(sum, 'fr')}, et non 100 (${parts.join(' + ')}) : ajustez-les pour qu’elles totalisent 100`;
        },
      },
    },
  },
  check(model, _context, say) {
    const summative = model.assessments.filter(
      (assessment) =>
        assessment.kind === 'summative' || (!assessment.measures && assessment.weight !== undefined),
    );
    if (!summative.some((assessment) => assessment.weight !== undefined)) return [];
    const sum = summative.reduce((total, assessment) => total + (assessment.weight ?? 0), 0);
    if (Math.abs(sum - 100) < 1e-9) return [];
    const shares = summative.map(({ id, weight }) => ({ id, weight }));
    return [{ path: '/assessments', key: true, message: say.sum(sum, shares) }];
  },
});
