import { readObjectives, suggestedVerbs } from '../lexicon/objectives.js';
import type { Rule, RuleReport } from './types.js';

const EXCERPT = 40;

/** Objectives whose statement does not start with an action verb the lexicon knows. */
export const objectiveMissingVerb: Rule = {
  meta: {
    id: 'objective-missing-verb',
    description:
      'No action verb is found at the start of the statement (after an optional stem), or a noun stands in its place.',
    severity: 'warning',
    preset: 'recommended',
    when: 'no action verb can be found at the start of the statement (after an optional stem), or a noun stands in its place ("Analysis of…", "Extraction de…"); not for a statement that `objective-teacher-centred` or `objective-activity-as-outcome` reports',
    pointsAt: 'the statement',
  },
  check(model, context) {
    const { lexicon, readings } = readObjectives(model, context);
    const reports: RuleReport[] = [];
    for (const objective of model.objectives) {
      const reading = readings.get(objective);
      // A teacher's or an activity's wording has a rule of its own.
      if (reading?.voice) continue;
      const first = reading?.verbs[0];
      if (first && !first.nominal) continue;
      const text = objective.statement.trim();
      const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text;
      const why = first
        ? `"${first.text}" is a noun, which names a topic, not what the learner will do`
        : `no action verb found at the start of "${excerpt}"`;
      reports.push({
        path: `${objective.path}/statement`,
        message: `Start objective \`${objective.id}\` with an action verb at ${objective.bloom}, such as ${suggestedVerbs(lexicon, objective.bloom)}: ${why}`,
      });
    }
    return reports;
  },
};
