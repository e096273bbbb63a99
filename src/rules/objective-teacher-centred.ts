import { french } from '../i18n/typography.js';
import { voiceReports } from '../lexicon/objectives.js';
import type { BloomLevel } from '../model/bloom.js';
import { defineRule } from './types.js';

/** Objectives written from the teacher's side ("Introduce…", "Provide…", "Présenter…"). */
export const objectiveTeacherCentred = defineRule({
  meta: {
    id: 'objective-teacher-centred',
    description:
      'The statement says what the teacher will do (introduce, provide, present; présenter, sensibiliser), not what the learner will be able to do.',
    descriptionFr:
      'L’énoncé dit ce que fera le formateur (introduce, provide, present ; présenter, sensibiliser), et non ce que l’apprenant sera capable de faire.',
    severity: 'warning',
    preset: 'recommended',
    when: 'the statement says what the teacher will do ("Introduce the…", "Provide learners with…", "This course introduces…"; "Présenter les…", "Sensibiliser…", "Apporter aux stagiaires…")',
    pointsAt: 'the statement',
    messages: {
      en: {
        teacher: (id: string, bloom: BloomLevel, suggestions: string, wording: string) =>
          `Rewrite objective \`${id}\` as what the learner will be able to do, with an action verb at ${bloom} such as ${suggestions}: "${wording}" says what the teacher will do, not what the learner will be able to do`,
      },
      fr: {
        teacher: (id, bloom, suggestions, wording) =>
          french`Reformulez l’objectif \`${id}\` en ce que l’apprenant sera capable de faire, avec un verbe d’action du niveau ${bloom} comme ${suggestions} : « ${wording} » dit ce que fera le formateur, et non ce que l’apprenant sera capable de faire`,
      },
    },
  },
  check: (model, context, say) => voiceReports(model, context, 'teacher', say.teacher),
});
