import { quoteList, readObjectives, suggestedVerbs } from '../lexicon/objectives.js';
import type { Rule, RuleReport } from './types.js';

/** Objectives whose measurable verb expresses none of the declared level. */
export const objectiveVerbLevelMismatch: Rule = {
  meta: {
    id: 'objective-verb-level-mismatch',
    description: 'The action verb expresses other Bloom levels than the objective’s declared `bloom`.',
    severity: 'warning',
    preset: 'recommended',
    when: 'the statement\'s verbs (measurable, or to avoid: "understand" points at understand) have levels, and none of them is the declared `bloom`; a verb\'s levels are every level it is commonly used at, narrowed or widened by its object where the lexicon says so ("create a Git repository" is apply); with several verbs, any of their levels',
    pointsAt:
      'the `bloom` value; message names the verb, the declared level and the levels the verb indicates',
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
