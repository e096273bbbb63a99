import { quoteList, readObjectives } from '../lexicon/objectives.js';
import type { Rule, RuleReport } from './types.js';

/** Objectives that join two or more action verbs ("identify and explain"). */
export const objectiveMultipleVerbs: Rule = {
  meta: {
    id: 'objective-multiple-verbs',
    description: 'The statement joins two or more action verbs, so it holds more than one objective.',
    severity: 'warning',
    preset: 'recommended',
  },
  check(model, context) {
    const { readings } = readObjectives(model, context);
    const reports: RuleReport[] = [];
    for (const objective of model.objectives) {
      const verbs = readings.get(objective)?.verbs ?? [];
      if (verbs.length < 2) continue;
      reports.push({
        path: `${objective.path}/statement`,
        message: `Split objective \`${objective.id}\` into one objective per action verb: it joins ${verbs.length} (${quoteList(verbs.map((verb) => verb.text))})`,
      });
    }
    return reports;
  },
};
