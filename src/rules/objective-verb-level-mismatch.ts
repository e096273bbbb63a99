import { quoteList, readObjectives, suggestedVerbs } from '../lexicon/objectives.js';
import type { Rule, RuleReport } from './types.js';

/** Objectives whose measurable verb expresses none of the declared level. */
export const objectiveVerbLevelMismatch: Rule = {
  meta: {
    id: 'objective-verb-level-mismatch',
    description: 'The action verb expresses other Bloom levels than the objective’s declared `bloom`.',
    severity: 'warning',
    preset: 'recommended',
  },
  check(model, context) {
    const { lexicon, readings } = readObjectives(model, context);
    const reports: RuleReport[] = [];
    for (const objective of model.objectives) {
      const reading = readings.get(objective);
      const leveled = reading?.verbs.filter((verb) => verb.levels.length > 0) ?? [];
      if (!reading || leveled.length === 0 || reading.levels.includes(objective.bloom)) continue;
      const verbs = quoteList(leveled.map((verb) => verb.text));
      const suggestions = suggestedVerbs(lexicon, objective.bloom);
      reports.push({
        path: `${objective.path}/bloom`,
        message: `Objective \`${objective.id}\` is declared at ${objective.bloom}, but ${verbs} ${leveled.length > 1 ? 'indicate' : 'indicates'} ${reading.levels.join(', ').replace(/, ([^,]*)$/, ' or $1')}: set \`bloom\` to one of these, or reword with a verb at ${objective.bloom}, such as ${suggestions}`,
      });
    }
    return reports;
  },
};
