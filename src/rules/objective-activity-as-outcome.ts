import { french } from '../i18n/typography.js';
import { voiceReports } from '../lexicon/objectives.js';
import type { BloomLevel } from '../model/bloom.js';
import { defineRule } from './types.js';

/** Objectives that name an activity ("Participate in…", "Practice…", "Découvrir…"), not an outcome. */
export const objectiveActivityAsOutcome = defineRule({
  meta: {
    id: 'objective-activity-as-outcome',
    description:
      'The statement names an activity the learner takes part in (participate, practise, reflect on; participer, découvrir), not an outcome that can be assessed.',
    descriptionFr:
      'L’énoncé désigne une activité à laquelle l’apprenant prend part (participate, practise, reflect on ; participer, découvrir), et non un résultat évaluable.',
    severity: 'warning',
    preset: 'recommended',
    when: 'the statement names an activity, not an outcome ("Participate in…", "Practice…", "Reflect on…", "We will see…"; "Participer à…", "Découvrir…", "Faire connaissance", "Échanger sur…")',
    pointsAt: 'the statement',
    messages: {
      en: {
        activity: (id: string, bloom: BloomLevel, suggestions: string, wording: string) =>
          `Rewrite objective \`${id}\` as what the learner will be able to do, with an action verb at ${bloom} such as ${suggestions}: "${wording}" names an activity, not an outcome that can be assessed`,
      },
      fr: {
        activity: (id, bloom, suggestions, wording) =>
          french`Reformulez l’objectif \`${id}\` en ce que l’apprenant sera capable de faire, avec un verbe d’action du niveau ${bloom} comme ${suggestions} : « ${wording} » désigne une activité, et non un résultat évaluable`,
      },
    },
  },
  check: (model, context, say) => voiceReports(model, context, 'activity', say.activity),
});
