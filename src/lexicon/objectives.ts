import type { Locale } from '../i18n/locale.js';
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

/** Verbs to suggest at a level, in the lexicon's language, quoted: `a`, `b` or `c` (« ou » in French). */
export function suggestedVerbs(lexicon: Lexicon, level: BloomLevel, locale: Locale = 'en'): string {
  return quoteList(lexicon.data.suggestions[level] ?? [], locale === 'fr' ? 'ou' : 'or');
}

/** A wording rule's message for a statement that is not a learner outcome. */
export type VoiceMessage = (id: string, bloom: BloomLevel, suggestions: string, wording: string) => string;

/**
 * The findings of a wording that is not a learner outcome: written from the teacher's side
 * ("Introduce…", "Présenter…") or naming an activity ("Participate in…", "Découvrir…"), each
 * worded by the rule's `message` in the context's locale.
 */
export function voiceReports(
  model: Model,
  context: RuleContext,
  voice: Voice,
  message: VoiceMessage,
): RuleReport[] {
  const { lexicon, readings } = readObjectives(model, context);
  const reports: RuleReport[] = [];
  for (const objective of model.objectives) {
    const found = readings.get(objective)?.voice;
    if (found?.voice !== voice) continue;
    const suggestions = suggestedVerbs(lexicon, objective.bloom, context.locale);
    reports.push({
      path: `${objective.path}/statement`,
      message: message(objective.id, objective.bloom, suggestions, found.text),
    });
  }
  return reports;
}
