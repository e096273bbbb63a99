import { french } from '../i18n/typography.js';
import type { ObjectiveNode } from '../model/model.js';
import { defineRule, type RuleReport } from './types.js';

/** Following `parent` from an objective leads back to it: one finding per cycle. */
export const parentCycle = defineRule({
  meta: {
    id: 'parent-cycle',
    description: 'Following `parent` from an objective never leads back to it.',
    descriptionFr: 'En suivant les `parent` depuis un objectif, on ne revient jamais à lui.',
    severity: 'error',
    preset: 'recommended',
    when: 'following `parent` from an objective comes back to it',
    pointsAt: 'the objective',
    messages: {
      en: {
        self: (id: string) =>
          `\`${id}\` is its own parent: remove its \`parent\` or name the broader objective it serves`,
        loop: (loop: string) =>
          `\`parent\` goes round in a circle: ${loop}; remove the \`parent\` that closes the loop`,
      },
      fr: {
        self: (id) =>
          french`\`${id}\` est son propre parent : retirez son \`parent\` ou indiquez l’objectif plus large qu’il sert`,
        loop: (loop) =>
          french`\`parent\` tourne en rond : ${loop} ; retirez le \`parent\` qui ferme la boucle`,
      },
    },
  },
  check(model, _context, say) {
    const reports: RuleReport[] = [];
    const reported = new Set<ObjectiveNode>();
    for (const objective of model.objectives) {
      if (reported.has(objective)) continue;
      const chain: ObjectiveNode[] = [objective];
      let next = objective.parent && model.objectiveById.get(objective.parent.id);
      while (next && next !== objective && !chain.includes(next)) {
        chain.push(next);
        next = next.parent && model.objectiveById.get(next.parent.id);
      }
      if (next !== objective) continue;
      for (const member of chain) reported.add(member);
      const loop = [...chain, objective].map((node) => `\`${node.id}\``).join(' → ');
      reports.push({
        path: objective.path,
        message: chain.length === 1 ? say.self(objective.id) : say.loop(loop),
      });
    }
    return reports;
  },
});
