import { french } from '../i18n/typography.js';
import { quoteList, readObjectives } from '../lexicon/objectives.js';
import { defineRule, type RuleReport } from './types.js';

/**
 * Objectives that hold two outcomes that could be assessed apart ("explain what TDD is, and use
 * it"). Verbs that follow each other on one object ("install and configure a server") are one skill.
 */
export const objectiveMultipleVerbs = defineRule({
  meta: {
    id: 'objective-multiple-verbs',
    description:
      'The statement holds two or more outcomes, each with a verb and an object of its own, that could be assessed apart.',
    descriptionFr:
      'L’énoncé contient deux résultats attendus ou plus, chacun avec son verbe et son complément, qui pourraient être évalués séparément.',
    severity: 'warning',
    preset: 'recommended',
    when: 'the statement holds two outcomes that could be assessed apart: a verb joined by "and", ",", "et", "puis"… or starting a new sentence after the first verb\'s own object ("explain what TDD is, and use it"); verbs on one object ("install and configure"), and verbs in a subordinate clause ("moves that create value") do not count',
    pointsAt: 'the statement',
    messages: {
      en: {
        split: (id: string, verbs: readonly string[]) =>
          `Split objective \`${id}\` into one objective per outcome: ${quoteList(verbs)} each have an object of their own and can be assessed apart`,
      },
      fr: {
        split: (id, verbs) =>
          french`Scindez l’objectif \`${id}\` en un objectif par résultat attendu : ${quoteList(verbs, 'et')} ont chacun leur propre complément et peuvent être évalués séparément`,
      },
    },
  },
  check(model, context, say) {
    const { readings } = readObjectives(model, context);
    const reports: RuleReport[] = [];
    for (const objective of model.objectives) {
      const verbs = readings.get(objective)?.verbs ?? [];
      if (!verbs.some((verb, index) => index > 0 && !verb.chained)) continue;
      reports.push({
        path: `${objective.path}/statement`,
        message: say.split(
          objective.id,
          verbs.map((verb) => verb.text),
        ),
      });
    }
    return reports;
  },
});
