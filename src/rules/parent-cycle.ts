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
    const parentOf = (node: ObjectiveNode) => node.parent && model.objectiveById.get(node.parent.id);
    // Each objective is walked once: up its `parent` chain until an objective already met. Met on
    // this walk, it closes a cycle; met on an earlier walk, the cycle (if any) is known. Linear,
    // where walking every chain in full took minutes on an 8,000-objective chain.
    const walked = new Map<ObjectiveNode, number>(); // the walk that met each objective
    const cycles: ObjectiveNode[][] = [];
    // An objective without a `parent` starts no cycle: a walk that reaches it stops there anyway.
    for (let walk = 0; walk < model.objectives.length; walk++) {
      const start = model.objectives[walk] as ObjectiveNode;
      if (!start.parent || walked.has(start)) continue;
      const path: ObjectiveNode[] = [];
      let node: ObjectiveNode | undefined = start;
      while (node && !walked.has(node)) {
        walked.set(node, walk);
        path.push(node);
        node = parentOf(node);
      }
      if (node && walked.get(node) === walk) cycles.push(path.slice(path.indexOf(node)));
    }
    if (cycles.length === 0) return [];
    // One finding per cycle, at its objective that comes first, the loop read from there.
    const order = new Map(model.objectives.map((objective, index) => [objective, index]));
    const firstOf = (cycle: ObjectiveNode[]) =>
      cycle.reduce((first, node) => ((order.get(node) ?? 0) < (order.get(first) ?? 0) ? node : first));
    return cycles
      .map((cycle) => {
        const at = cycle.indexOf(firstOf(cycle));
        return [...cycle.slice(at), ...cycle.slice(0, at)];
      })
      .sort((a, b) => (order.get(a[0] as ObjectiveNode) ?? 0) - (order.get(b[0] as ObjectiveNode) ?? 0))
      .map((chain): RuleReport => {
        const objective = chain[0] as ObjectiveNode;
        const loop = [...chain, objective].map((node) => `\`${node.id}\``).join(' → ');
        return {
          path: objective.path,
          message: chain.length === 1 ? say.self(objective.id) : say.loop(loop),
        };
      });
  },
});
