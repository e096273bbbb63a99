import { formatDecimal } from '../i18n/format.js';
import { french } from '../i18n/typography.js';
import { formatDuration } from '../model/format-duration.js';
import { defineRule } from './types.js';

/** Objectives a course may aim at per hour of teaching, unless the config says otherwise. */
export const DEFAULT_OBJECTIVES_PER_HOUR = 3;

/**
 * More objectives than the teaching time can teach: more than `perHour` objectives per hour of
 * the teaching modules' time (breaks, meals, welcome and wrap-up do not teach). Only objectives
 * without enabling children count, since a parent is reached through its children; a course
 * shorter than an hour is allowed an hour's worth.
 */
export const objectiveOverload = defineRule({
  meta: {
    id: 'objective-overload',
    description:
      'The course has no more objectives than its teaching time can teach (`perHour` per hour, 3 by default).',
    descriptionFr:
      'La formation n’a pas plus d’objectifs que son temps d’enseignement ne permet d’en traiter (`perHour` par heure, 3 par défaut).',
    severity: 'warning',
    preset: 'recommended',
    when: "more objectives without children than `perHour` (default 3, a rule option) per hour of the teaching modules' time (modules of another `kind` do not count; a course under an hour counts as an hour)",
    pointsAt: '`/objectives`; message gives the count, the teaching time and the limit',
    options: {
      perHour: {
        description: 'objectives per hour of teaching modules',
        default: DEFAULT_OBJECTIVES_PER_HOUR,
        exclusiveMinimum: 0,
      },
    },
    messages: {
      en: {
        overload: (counted: number, minutes: number, perHour: number, limit: number) =>
          `${counted} objectives to reach in ${formatDuration(minutes)} of teaching: more than ${formatDecimal(perHour, 'en', 2)} per hour (at most ${limit} here): merge them into fewer, broader objectives, move some to another course, or plan more teaching time`,
      },
      fr: {
        overload: (counted, minutes, perHour, limit) =>
          french`${counted} objectifs à atteindre en ${formatDuration(minutes, 'fr')} d’enseignement, soit plus de ${formatDecimal(perHour, 'fr', 2)} par heure (${limit} au plus ici) : regroupez-les en objectifs moins nombreux et plus larges, reportez-en certains dans une autre formation, ou prévoyez plus de temps d’enseignement`,
      },
    },
  },
  check(model, context, say) {
    const perHour = context.options?.['objective-overload']?.perHour ?? DEFAULT_OBJECTIVES_PER_HOUR;
    const counted = model.objectives.filter((objective) => objective.children.length === 0).length;
    const minutes = model.modules.reduce((sum, module) => sum + (module.teaching ? module.minutes : 0), 0);
    const allowed = (perHour * Math.max(minutes, 60)) / 60;
    if (counted <= allowed + 1e-9) return [];
    const limit = Math.floor(allowed + 1e-9);
    return [{ path: '/objectives', key: true, message: say.overload(counted, minutes, perHour, limit) }];
  },
});
