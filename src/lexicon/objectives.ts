import type { BloomLevel } from '../model/bloom.js';
import type { Model, ObjectiveNode } from '../model/model.js';
import type { RuleContext, RuleReport } from '../rules/types.js';
import { formatList } from '../util/format-list.js';
import { type Lexicon, loadLexicon, type Voice } from './lexicon.js';
import { type Reading, readStatement } from './reader.js';

/** Every objective's reading, with the lexicon that read them. */
export interface ObjectiveReadings {
  lexicon: Lexicon;
  readings: ReadonlyMap<ObjectiveNode, Reading>;
}

/**
 * The last model's readings: the rules run one after the other on one model, so one entry is
 * enough, and a WeakMap of every model checked would make each garbage collection walk it.
 */
let cached: { model: Model; context: RuleContext; result: ObjectiveReadings } | undefined;

/**
 * Reads each objective's statement in the blueprint's `language`, with the config's extra verbs.
 * Done once per model: the four objective rules share it. Loads the lexicon on first use.
 */
export function readObjectives(model: Model, context: RuleContext): ObjectiveReadings {
  if (cached?.model === model && cached.context.verbs === context.verbs) return cached.result;
  const lexicon = loadLexicon(model.language, context.verbs);
  const readings = new Map<ObjectiveNode, Reading>();
  for (const objective of model.objectives)
    readings.set(objective, readStatement(objective.statement, lexicon));
  const result = { lexicon, readings };
  cached = { model, context, result };
  return result;
}

/** Quotes words for a message: `a`, `b` and `c`. */
export function quoteList(words: readonly string[], joiner = 'and'): string {
  return formatList(
    words.map((word) => `\`${word}\``),
    joiner,
  );
}

/** Verbs to suggest at a level, in the lexicon's language, quoted: `a`, `b` or `c`. */
export function suggestedVerbs(lexicon: Lexicon, level: BloomLevel): string {
  return quoteList(lexicon.data.suggestions[level] ?? [], 'or');
}

/**
 * The findings of a wording that is not a learner outcome: written from the teacher's side
 * ("Introduce…", "Présenter…") or naming an activity ("Participate in…", "Découvrir…").
 */
export function voiceReports(model: Model, context: RuleContext, voice: Voice): RuleReport[] {
  const { lexicon, readings } = readObjectives(model, context);
  const reports: RuleReport[] = [];
  for (const objective of model.objectives) {
    const found = readings.get(objective)?.voice;
    if (found?.voice !== voice) continue;
    const suggestions = suggestedVerbs(lexicon, objective.bloom);
    const why =
      voice === 'teacher'
        ? 'says what the teacher will do, not what the learner will be able to do'
        : 'names an activity, not an outcome that can be assessed';
    reports.push({
      path: `${objective.path}/statement`,
      message: `Rewrite objective \`${objective.id}\` as what the learner will be able to do, with an action verb at ${objective.bloom} such as ${suggestions}: "${found.text}" ${why}`,
    });
  }
  return reports;
}
