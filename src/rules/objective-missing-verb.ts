import { quoteList, readObjectives } from '../lexicon/objectives.js';
import type { Rule, RuleReport } from './types.js';

const EXCERPT = 40;

/** Objectives whose statement does not start with an action verb the lexicon knows. */
export const objectiveMissingVerb: Rule = {
  meta: {
    id: 'objective-missing-verb',
    description: 'No action verb is found at the start of the statement (after an optional stem).',
    severity: 'warning',
    preset: 'recommended',
  },
  check(model, context) {
    const { lexicon, readings } = readObjectives(model, context);
    const reports: RuleReport[] = [];
    for (const objective of model.objectives) {
      if ((readings.get(objective)?.verbs.length ?? 0) > 0) continue;
      const text = objective.statement.trim();
      const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text;
      const suggestions = quoteList(lexicon.data.suggestions[objective.bloom] ?? [], 'or');
      reports.push({
        path: `${objective.path}/statement`,
        message: `Start objective \`${objective.id}\` with an action verb at ${objective.bloom}, such as ${suggestions}: no action verb found at the start of "${excerpt}"`,
      });
    }
    return reports;
  },
};
