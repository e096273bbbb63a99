import { french } from '../i18n/typography.js';
import { alignmentOf, uncoveredChildren } from '../model/alignment.js';
import { formatList } from '../util/format-list.js';
import { defineRule, type RuleReport } from './types.js';

/** An objective no module or activity teaches, itself or through all of its children. */
export const objectiveNotTaught = defineRule({
  meta: {
    id: 'objective-not-taught',
    description:
      'Every objective is taught: listed by a module or an activity, or covered through all of its children.',
    descriptionFr:
      'Chaque objectif est enseigné : listé par un module ou une activité, ou couvert par l’ensemble de ses sous-objectifs.',
    severity: 'error',
    preset: 'recommended',
    when: 'no module (nor activity) lists the objective, and it is not covered through all of its children',
    pointsAt: 'the objective',
    messages: {
      en: {
        untaught: (id: string, children: readonly string[]) =>
          `\`${id}\` is taught by no module${children.length > 0 ? `, nor through its children (${formatList(children)} not taught)` : ''}: add \`${id}\` to the \`objectives\` of the module or activity that teaches it`,
      },
      fr: {
        untaught: (id, children) =>
          french`\`${id}\` n’est enseigné par aucun module${children.length > 0 ? `, ni par ses sous-objectifs (${formatList(children, 'et')} ${children.length === 1 ? 'non enseigné' : 'non enseignés'})` : ''} : ajoutez \`${id}\` aux \`objectives\` du module ou de l’activité qui l’enseigne`,
      },
    },
  },
  check(model, _context, say) {
    const { taught } = alignmentOf(model);
    const reports: RuleReport[] = [];
    for (const objective of model.objectives) {
      if (taught.has(objective.id)) continue;
      const children = uncoveredChildren(objective, taught).map((child) => `\`${child.id}\``);
      reports.push({ path: objective.path, message: say.untaught(objective.id, children) });
    }
    return reports;
  },
});
