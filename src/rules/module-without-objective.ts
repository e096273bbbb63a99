import type { Rule, RuleReport } from './types.js';

/** A teaching module that lists no objective, itself or through its activities. */
export const moduleWithoutObjective: Rule = {
  meta: {
    id: 'module-without-objective',
    description:
      'Every teaching module lists at least one objective, itself or through its activities (welcome, breaks, meals and wrap-up need none).',
    severity: 'warning',
    preset: 'recommended',
    when: 'a teaching module (`kind` absent or `teaching`) lists no objective, directly or through its activities',
    pointsAt: 'the module',
  },
  check(model) {
    const reports: RuleReport[] = [];
    for (const module of model.modules) {
      if (!module.teaching || module.objectives.length > 0) continue;
      if (module.activities.some((activity) => activity.objectives.length > 0)) continue;
      reports.push({
        path: module.path,
        message: `\`${module.id}\` lists no objective: add the objectives it teaches to its \`objectives\` (or to its activities'), or ask whether it belongs in the course`,
      });
    }
    return reports;
  },
};
