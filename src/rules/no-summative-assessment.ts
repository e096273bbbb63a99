import { french } from '../i18n/typography.js';
import { defineRule } from './types.js';

/** The blueprint has no summative assessment at all, and does not say it is ungraded by design. */
export const noSummativeAssessment = defineRule({
  meta: {
    id: 'no-summative-assessment',
    description: 'The course has at least one summative assessment to measure achievement.',
    descriptionFr:
      'La formation prévoit au moins une évaluation sommative pour mesurer l’atteinte des objectifs.',
    severity: 'warning',
    preset: 'recommended',
    when: 'there is no summative assessment at all, and `constraints.graded` is not `false`',
    pointsAt: '`/assessments`, or the root',
    messages: {
      en: {
        none: (listed: readonly string[]) =>
          `${listed.length > 0 ? `no assessment is summative (${listed.join(', ')})` : 'the blueprint has no assessment'}: add a summative assessment (\`kind: summative\`) that measures the objectives, or nothing will show that learners achieved them`,
      },
      fr: {
        none: (listed) =>
          french`${listed.length > 0 ? `aucune évaluation n’est sommative (${listed.join(', ')})` : 'le blueprint ne prévoit aucune évaluation'} : ajoutez une évaluation sommative (\`kind: summative\`) qui mesure les objectifs, sans quoi rien ne montrera que les apprenants les ont atteints`,
      },
    },
  },
  check(model, _context, say) {
    if (!model.graded) return []; // `constraints.graded: false`: formative only, by design
    if (model.assessments.some((assessment) => assessment.kind === 'summative')) return [];
    const message = say.none(
      model.assessments.map((assessment) => `\`${assessment.id}\` (${assessment.kind})`),
    );
    return model.data.assessments === undefined
      ? [{ path: '', message }]
      : [{ path: '/assessments', key: true, message }];
  },
});
