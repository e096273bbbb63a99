import { french } from '../i18n/typography.js';
import { quoteList, readObjectives, suggestedVerbs } from '../lexicon/objectives.js';
import type { BloomLevel } from '../model/bloom.js';
import { defineRule, type RuleReport } from './types.js';

/** Objectives whose action verb cannot be observed ("understand", "connaître"). */
export const objectiveUnmeasurableVerb = defineRule({
  meta: {
    id: 'objective-unmeasurable-verb',
    description:
      'The statement’s action verb cannot be observed or assessed (understand, know, be aware of; comprendre, connaître, maîtriser).',
    descriptionFr:
      'Le verbe d’action de l’énoncé ne peut être ni observé ni évalué (understand, know, be aware of ; comprendre, connaître, maîtriser).',
    severity: 'error',
    preset: 'recommended',
    when: 'the statement\'s action verb is one that cannot be observed (en: understand, know, learn, appreciate, be aware of, be familiar with, believe…; fr: comprendre, connaître, savoir, maîtriser, être sensibilisé à, appréhender…), also in front of a measurable verb ("understand how to open", "apprendre à rédiger")',
    pointsAt: 'the statement; suggests measurable verbs at the declared level',
    messages: {
      en: {
        replace: (id: string, verbs: readonly string[], bloom: BloomLevel, suggestions: string) =>
          `Replace ${quoteList(verbs)} in objective \`${id}\` with a measurable verb at ${bloom}, such as ${suggestions}: ${verbs.length > 1 ? 'they cannot' : 'it cannot'} be observed or assessed`,
      },
      fr: {
        replace: (id, verbs, bloom, suggestions) =>
          french`Remplacez ${quoteList(verbs, 'et')} dans l’objectif \`${id}\` par un verbe mesurable du niveau ${bloom}, par exemple ${suggestions} : ${verbs.length > 1 ? 'ces verbes ne peuvent être ni observés ni évalués' : 'ce verbe ne peut être ni observé ni évalué'}`,
      },
    },
  },
  check(model, context, say) {
    const { lexicon, readings } = readObjectives(model, context);
    const reports: RuleReport[] = [];
    for (const objective of model.objectives) {
      const avoided =
        readings.get(objective)?.verbs.filter((verb) => !verb.measurable && !verb.nominal) ?? [];
      if (avoided.length === 0) continue;
      reports.push({
        path: `${objective.path}/statement`,
        message: say.replace(
          objective.id,
          avoided.map((verb) => verb.text),
          objective.bloom,
          suggestedVerbs(lexicon, objective.bloom, context.locale),
        ),
      });
    }
    return reports;
  },
});
