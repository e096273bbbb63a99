import { french } from '../i18n/typography.js';
import { quoteList, readObjectives, suggestedVerbs } from '../lexicon/objectives.js';
import type { BloomLevel } from '../model/bloom.js';
import { formatList } from '../util/format-list.js';
import { defineRule, type RuleReport } from './types.js';

/** Objectives whose measurable verb expresses none of the declared level. */
export const objectiveVerbLevelMismatch = defineRule({
  meta: {
    id: 'objective-verb-level-mismatch',
    description: 'The action verb expresses other Bloom levels than the objective’s declared `bloom`.',
    descriptionFr:
      'Le verbe d’action exprime d’autres niveaux de Bloom que le `bloom` déclaré de l’objectif.',
    severity: 'warning',
    preset: 'recommended',
    when: 'the statement\'s verbs (measurable, or to avoid: "understand" points at understand) have levels, and none of them is the declared `bloom`; a verb\'s levels are every level it is commonly used at, narrowed or widened by its object where the lexicon says so ("create a Git repository" is apply); with several verbs, any of their levels',
    pointsAt:
      'the `bloom` value; message names the verb, the declared level and the levels the verb indicates',
    messages: {
      en: {
        mismatch: (
          id: string,
          bloom: BloomLevel,
          verbs: readonly string[],
          levels: readonly string[],
          suggestions: string,
        ) =>
          `Objective \`${id}\` is declared at ${bloom}, but ${quoteList(verbs)} ${verbs.length > 1 ? 'indicate' : 'indicates'} ${levels.join(', ').replace(/, ([^,]*)$/, ' or $1')}: set \`bloom\` to one of these, or reword with a verb at ${bloom}, such as ${suggestions}`,
      },
      fr: {
        mismatch: (id, bloom, verbs, levels, suggestions) =>
          french`L’objectif \`${id}\` est déclaré au niveau ${bloom}, mais ${quoteList(verbs, 'et')} ${verbs.length > 1 ? 'indiquent' : 'indique'} ${formatList(levels, 'ou')} : donnez à \`bloom\` ${levels.length > 1 ? 'l’une de ces valeurs' : 'cette valeur'}, ou reformulez avec un verbe du niveau ${bloom}, par exemple ${suggestions}`,
      },
    },
  },
  check(model, context, say) {
    const { lexicon, readings } = readObjectives(model, context);
    const reports: RuleReport[] = [];
    for (const objective of model.objectives) {
      const reading = readings.get(objective);
      const leveled = reading?.verbs.filter((verb) => verb.levels.length > 0) ?? [];
      if (!reading || leveled.length === 0 || reading.levels.includes(objective.bloom)) continue;
      reports.push({
        path: `${objective.path}/bloom`,
        message: say.mismatch(
          objective.id,
          objective.bloom,
          leveled.map((verb) => verb.text),
          reading.levels,
          suggestedVerbs(lexicon, objective.bloom, context.locale),
        ),
      });
    }
    return reports;
  },
});
