import { quoteList, readObjectives, suggestedVerbs } from '../lexicon/objectives.js';
import type { Rule, RuleReport } from './types.js';

/** Objectives whose action verb cannot be observed ("understand", "connaître"). */
export const objectiveUnmeasurableVerb: Rule = {
  meta: {
    id: 'objective-unmeasurable-verb',
    description:
      'The statement’s action verb cannot be observed or assessed (understand, know, be aware of; comprendre, connaître, maîtriser).',
    severity: 'error',
    preset: 'recommended',
  },
  check(model, context) {
    const { lexicon, readings } = readObjectives(model, context);
    const reports: RuleReport[] = [];
    for (const objective of model.objectives) {
      const avoided =
        readings.get(objective)?.verbs.filter((verb) => !verb.measurable && !verb.nominal) ?? [];
      if (avoided.length === 0) continue;
      reports.push({
        path: `${objective.path}/statement`,
        message: `Replace ${quoteList(avoided.map((verb) => verb.text))} in objective \`${objective.id}\` with a measurable verb at ${objective.bloom}, such as ${suggestedVerbs(lexicon, objective.bloom)}: ${avoided.length > 1 ? 'they cannot' : 'it cannot'} be observed or assessed`,
      });
    }
    return reports;
  },
};
