import { voiceReports } from '../lexicon/objectives.js';
import type { Rule } from './types.js';

/** Objectives written from the teacher's side ("Introduce…", "Provide…", "Présenter…"). */
export const objectiveTeacherCentred: Rule = {
  meta: {
    id: 'objective-teacher-centred',
    description:
      'The statement says what the teacher will do (introduce, provide, present; présenter, sensibiliser), not what the learner will be able to do.',
    severity: 'warning',
    preset: 'recommended',
    when: 'the statement says what the teacher will do ("Introduce the…", "Provide learners with…", "This course introduces…"; "Présenter les…", "Sensibiliser…", "Apporter aux stagiaires…")',
    pointsAt: 'the statement',
  },
  check: (model, context) => voiceReports(model, context, 'teacher'),
};
