import { BLOOM_LEVELS, type BloomLevel } from '../model/bloom.js';
import type { Lexicon } from './lexicon.js';

/** An entry as a person reads it: the first alternative of each place (phrases with word classes are not shown). */
export function displayPhrase(source: string): string | undefined {
  if (source.includes('@')) return undefined;
  const words = source
    .trim()
    .split(/\s+/)
    .map(
      (part) =>
        part
          .replace(/\?$/, '')
          .replace(/^\((.*)\)$/, '$1')
          .split('|')[0] ?? part,
    );
  return words.join(' ').replace(/\b(de|d) ([aeiouyéèêàâîôûœh])/gi, "d'$2");
}

/** The lexicon's verbs and verb phrases at each level, alphabetically (a verb sits under each of its levels). */
export function verbsByLevel(lexicon: Lexicon): Record<BloomLevel, string[]> {
  const byLevel = Object.fromEntries(BLOOM_LEVELS.map((level) => [level, [] as string[]])) as Record<
    BloomLevel,
    string[]
  >;
  const entries = [
    ...lexicon.words.values(),
    ...lexicon.phrases.filter((phrase) => phrase.kind === 'verb' && !phrase.nominal),
  ];
  for (const entry of entries) {
    const shown = displayPhrase(entry.lemma);
    if (shown === undefined) continue;
    if (entry.measurable) for (const level of entry.levels) byLevel[level].push(shown);
  }
  const order = new Intl.Collator(lexicon.language).compare;
  for (const level of BLOOM_LEVELS) byLevel[level] = [...new Set(byLevel[level])].sort(order);
  return byLevel;
}

/** The verbs and phrases to avoid, alphabetically. */
export function avoidedVerbs(lexicon: Lexicon): string[] {
  const entries = [...lexicon.words.values(), ...lexicon.phrases].filter(
    (entry) => !entry.measurable && !entry.nominal,
  );
  const shown = entries.flatMap((entry) => displayPhrase(entry.lemma) ?? []);
  return [...new Set(shown)].sort(new Intl.Collator(lexicon.language).compare);
}
