import { french } from '../i18n/typography.js';
import { readObjectives, suggestedVerbs } from '../lexicon/objectives.js';
import type { BloomLevel } from '../model/bloom.js';
import { defineRule, type RuleReport } from './types.js';

const EXCERPT = 40;

/** Objectives whose statement does not start with an action verb the lexicon knows. */
export const objectiveMissingVerb = defineRule({
  meta: {
    id: 'objective-missing-verb',
    description:
      'No action verb is found at the start of the statement (after an optional stem), or a noun stands in its place.',
    descriptionFr:
      'Aucun verbe d’action n’est trouvé au début de l’énoncé (après une amorce facultative), ou un nom en tient lieu.',
    severity: 'warning',
    preset: 'recommended',
    when: 'no action verb can be found at the start of the statement (after an optional stem), or a noun stands in its place ("Analysis of…", "Extraction de…"); not for a statement that `objective-teacher-centred` or `objective-activity-as-outcome` reports',
    pointsAt: 'the statement',
    messages: {
      en: {
        noun: (id: string, bloom: BloomLevel, suggestions: string, noun: string) =>
          `Start objective \`${id}\` with an action verb at ${bloom}, such as ${suggestions}: "${noun}" is a noun, which names a topic, not what the learner will do`,
        none: (id: string, bloom: BloomLevel, suggestions: string, excerpt: string) =>
          `Start objective \`${id}\` with an action verb at ${bloom}, such as ${suggestions}: no action verb found at the start of "${excerpt}"`,
      },
      fr: {
        noun: (id, bloom, suggestions, noun) =>
          french`Commencez l’objectif \`${id}\` par un verbe d’action du niveau ${bloom}, par exemple ${suggestions} : « ${noun} » est un nom, qui désigne un thème et non ce que l’apprenant fera`,
        none: (id, bloom, suggestions, excerpt) =>
          french`Commencez l’objectif \`${id}\` par un verbe d’action du niveau ${bloom}, par exemple ${suggestions} : aucun verbe d’action au début de « ${excerpt} »`,
      },
    },
  },
  check(model, context, say) {
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
      const suggestions = suggestedVerbs(lexicon, objective.bloom, context.locale);
      reports.push({
        path: `${objective.path}/statement`,
        message: first
          ? say.noun(objective.id, objective.bloom, suggestions, first.text)
          : say.none(objective.id, objective.bloom, suggestions, excerpt),
      });
    }
    return reports;
  },
});
