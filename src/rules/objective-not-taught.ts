import { alignmentOf, uncoveredChildren } from '../model/alignment.js';
import { formatList } from '../util/format-list.js';
import type { Rule, RuleReport } from './types.js';

/** An objective no module or activity teaches, itself or through all of its children. */
export const objectiveNotTaught: Rule = {
  meta: {
    id: 'objective-not-taught',
    description:
      'Every objective is taught: listed by a module or an activity, or covered through all of its children.',
    severity: 'error',
    preset: 'recommended',
    when: 'no module (nor activity) lists the objective, and it is not covered through all of its children',
    pointsAt: 'the objective',
  },
  check(model) {
    const { taught } = alignmentOf(model);
    const reports: RuleReport[] = [];
    for (const objective of model.objectives) {
      if (taught.has(objective.id)) continue;
      const missing = uncoveredChildren(objective, taught).map((child) => `\`${child.id}\``);
      const children =
        missing.length > 0 ? `, nor through its children (${formatList(missing)} not taught)` : '';
      reports.push({
        path: objective.path,
        message: `\`${objective.id}\` is taught by no module${children}: add \`${objective.id}\` to the \`objectives\` of the module or activity that teaches it`,
      });
    }
    return reports;
  },
};
