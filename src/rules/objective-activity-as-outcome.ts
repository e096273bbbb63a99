import { voiceReports } from '../lexicon/objectives.js';
import type { Rule } from './types.js';

/** Objectives that name an activity ("Participate in…", "Practice…", "Découvrir…"), not an outcome. */
export const objectiveActivityAsOutcome: Rule = {
  meta: {
    id: 'objective-activity-as-outcome',
    description:
      'The statement names an activity the learner takes part in (participate, practise, reflect on; participer, découvrir), not an outcome that can be assessed.',
    severity: 'warning',
    preset: 'recommended',
    when: 'the statement names an activity, not an outcome ("Participate in…", "Practice…", "Reflect on…", "We will see…"; "Participer à…", "Découvrir…", "Faire connaissance", "Échanger sur…")',
    pointsAt: 'the statement',
  },
  check: (model, context) => voiceReports(model, context, 'activity'),
};
