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
    when: 'the statement\'s action verb is one that cannot be observed (en: understand, know, learn, appreciate, be aware of, be familiar with, believe…; fr: comprendre, connaître, savoir, maîtriser, être sensibilisé à, appréhender…), also in front of a measurable verb ("understand how to open", "apprendre à rédiger")',
    pointsAt: 'the statement; suggests measurable verbs at the declared level',
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
