import { formatDuration } from '../model/format-duration.js';
import type { Rule } from './types.js';

/** Objectives a course may aim at per hour of teaching, unless the config says otherwise. */
export const DEFAULT_OBJECTIVES_PER_HOUR = 3;

/**
 * More objectives than the teaching time can teach: more than `perHour` objectives per hour of
 * the teaching modules' time (breaks, meals, welcome and wrap-up do not teach). Only objectives
 * without enabling children count, since a parent is reached through its children; a course
 * shorter than an hour is allowed an hour's worth.
 */
export const objectiveOverload: Rule = {
  meta: {
    id: 'objective-overload',
    description:
      'The course has no more objectives than its teaching time can teach (`perHour` per hour, 3 by default).',
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
  },
  check(model, context) {
    const perHour = context.options?.['objective-overload']?.perHour ?? DEFAULT_OBJECTIVES_PER_HOUR;
    const counted = model.objectives.filter((objective) => objective.children.length === 0).length;
    const minutes = model.modules.reduce((sum, module) => sum + (module.teaching ? module.minutes : 0), 0);
    const allowed = (perHour * Math.max(minutes, 60)) / 60;
    if (counted <= allowed + 1e-9) return [];
    const limit = Math.floor(allowed + 1e-9);
    const time = formatDuration(minutes);
    return [
      {
        path: '/objectives',
        key: true,
        message: `${counted} objectives to reach in ${time} of teaching: more than ${formatNumber(perHour)} per hour (at most ${limit} here): merge them into fewer, broader objectives, move some to another course, or plan more teaching time`,
      },
    ];
  },
};

function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}
