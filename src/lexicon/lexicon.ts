import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { yamlModule } from '../load/yaml-module.js';
import { BLOOM_LEVELS, type BloomLevel, canonicalLevel } from '../model/bloom.js';
import { canonicalSpelling } from './morphology.js';
import { compilePattern, indexPatterns, type Pattern, type PatternIndex } from './pattern.js';
import { type Language, type Token, tokenize } from './text.js';

/** A lexicon data file (src/lexicon/data/<language>.yaml) as written. */
export interface LexiconData {
  language: Language;
  /** Verb or verb phrase → the Bloom levels it can express. */
  verbs: Record<string, string[]>;
  /** Verbs and phrases to avoid (cannot be observed). */
  avoid: string[];
  /** Phrases read through to the verb they introduce; the levels apply when no verb follows. */
  through: Record<string, string[]>;
  classes: Record<string, string[]>;
  /** Nominal forms read as a verb when followed by "of"/"de"; [] = to avoid. */
  nouns: Record<string, string[]>;
  /** Irregular inflected form → infinitive. */
  forms?: Record<string, string>;
  stems: { markers: string[]; intro: string[]; subject: string[] };
  adverbs: Record<string, string[]>;
  connectors: {
    conjunctions: string[];
    subordinators: string[];
    ambiguous: string[];
    determiners: string[];
    pronouns?: string[];
  };
  suggestions: Record<BloomLevel, string[]>;
  /** Verbs read at `level` alone when one of `words` follows them, else at their other levels. */
  cues?: { verbs: string[]; level: string; words: string[] }[];
}

/** A verb whose level depends on its object: `level` when a cue word follows, else its other levels. */
export interface Cue {
  level: BloomLevel;
  words: ReadonlySet<string>;
}

/** What the lexicon knows of a verb: its levels, or `null` for a verb to avoid. */
export interface VerbEntry {
  /** The verb as the lexicon writes it, for messages. */
  lemma: string;
  levels: readonly BloomLevel[] | null;
}

/** A multi-word entry: a verb phrase, a phrase to avoid, or a phrase read through. */
export interface PhraseEntry extends VerbEntry {
  pattern: Pattern;
  kind: 'verb' | 'avoid' | 'through';
  /** A nominal form ("mise en œuvre de"), not shown as a verb. */
  nominal?: boolean;
}

/** A lexicon compiled for lookups. */
export interface Lexicon {
  language: Language;
  data: LexiconData;
  words: ReadonlyMap<string, VerbEntry>;
  phrases: readonly PhraseEntry[];
  adverbWords: ReadonlyMap<string, readonly BloomLevel[]>;
  adverbPhrases: readonly { pattern: Pattern; levels: readonly BloomLevel[] }[];
  nouns: ReadonlyMap<string, VerbEntry>;
  irregular: ReadonlyMap<string, string>;
  phraseIndex: PatternIndex<PhraseEntry>;
  adverbIndex: PatternIndex<{ pattern: Pattern; levels: readonly BloomLevel[] }>;
  markers: PatternIndex<Pattern>;
  intro: PatternIndex<Pattern>;
  subject: ReadonlySet<string>;
  conjunctions: PatternIndex<Pattern>;
  subordinators: PatternIndex<Pattern>;
  ambiguous: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  /** Cues by the lemma (as the lexicon writes it) of the verbs they apply to. */
  cues: ReadonlyMap<string, Cue>;
}

/** Extra verbs by language, as a config's `verbs:` section gives them ([] = a verb to avoid). */
export type ExtraVerbs = Partial<Record<Language, Record<string, string[]>>>;

/** The key a token is looked up by: accents folded, canonical spelling. */
export function tokenKey(token: Token, language: Language): string {
  return canonicalSpelling(token.key, language);
}

const self = (pattern: Pattern) => pattern;

const levelsOf = (levels: readonly string[]): BloomLevel[] =>
  BLOOM_LEVELS.filter((level) => levels.some((written) => canonicalLevel(written) === level));

function readData(language: Language): LexiconData {
  const json = fileURLToPath(new URL(`../../src/lexicon/data/${language}.json`, import.meta.url));
  if (existsSync(json)) return JSON.parse(readFileSync(json, 'utf8')) as LexiconData;
  const yaml = fileURLToPath(new URL(`../../src/lexicon/data/${language}.yaml`, import.meta.url));
  return yamlModule().parse(readFileSync(yaml, 'utf8')) as LexiconData; // in a checkout before `npm run build`
}

/** Compiles lexicon data, with a config's extra verbs on top (levels added; [] makes a verb to avoid). */
export function compileLexicon(data: LexiconData, extra: Record<string, string[]> = {}): Lexicon {
  const language = data.language;
  const keyOf = (token: Token) => tokenKey(token, language);
  const textOf = (token: Token) => token.text;
  const compile = (source: string) => compilePattern(source, language, data.classes, keyOf);
  const compileText = (source: string) => compilePattern(source, language, data.classes, textOf);
  const single = (source: string): string | undefined => {
    if (/[@|()?]/.test(source)) return undefined;
    const tokens = tokenize(source, language);
    return tokens.length === 1 && tokens[0] ? keyOf(tokens[0]) : undefined;
  };

  const entries = new Map<string, VerbEntry>();
  const add = (lemma: string, levels: BloomLevel[] | null, merge: boolean) => {
    const known = entries.get(lemma);
    if (merge && known?.levels && levels) levels = levelsOf([...known.levels, ...levels]);
    entries.set(lemma, { lemma, levels });
  };
  for (const [verb, levels] of Object.entries(data.verbs)) add(verb, levelsOf(levels), false);
  for (const verb of data.avoid) add(verb, null, false);
  for (const [verb, levels] of Object.entries(extra))
    add(verb, levels.length ? levelsOf(levels) : null, true);

  const words = new Map<string, VerbEntry>();
  const phrases: PhraseEntry[] = [];
  for (const entry of entries.values()) {
    const key = single(entry.lemma);
    if (key !== undefined) words.set(key, entry);
    else phrases.push({ ...entry, pattern: compile(entry.lemma), kind: entry.levels ? 'verb' : 'avoid' });
  }
  for (const [phrase, levels] of Object.entries(data.through)) {
    phrases.push({ lemma: phrase, levels: levelsOf(levels), pattern: compile(phrase), kind: 'through' });
  }

  const adverbWords = new Map<string, readonly BloomLevel[]>();
  const adverbPhrases: { pattern: Pattern; levels: readonly BloomLevel[] }[] = [];
  for (const [adverb, levels] of Object.entries(data.adverbs)) {
    const key = single(adverb);
    if (key !== undefined) adverbWords.set(key, levelsOf(levels));
    else adverbPhrases.push({ pattern: compile(adverb), levels: levelsOf(levels) });
  }
  const nouns = new Map<string, VerbEntry>();
  for (const [noun, levels] of Object.entries(data.nouns)) {
    const key = single(noun);
    const entry = { lemma: noun, levels: levels.length ? levelsOf(levels) : null };
    if (key !== undefined) nouns.set(key, entry);
    else
      phrases.push({
        ...entry,
        pattern: compile(`${noun} (de|des|du|of)`),
        kind: entry.levels ? 'verb' : 'avoid',
        nominal: true,
      });
  }
  const irregular = new Map<string, string>();
  for (const [form, infinitive] of Object.entries(data.forms ?? {})) {
    const key = single(form);
    const target = single(infinitive);
    if (key !== undefined && target !== undefined) irregular.set(key, target);
  }
  const texts = (list: readonly string[] = []) =>
    new Set(list.flatMap((word) => tokenize(word, language).map((token) => token.text)));
  const keys = (list: readonly string[]) =>
    new Set(list.flatMap((word) => tokenize(word, language).map(keyOf)));
  const cues = new Map<string, Cue>();
  for (const cue of data.cues ?? []) {
    const entry = { level: canonicalLevel(cue.level), words: keys(cue.words) };
    for (const verb of cue.verbs) cues.set(verb, entry);
  }
  return {
    language,
    data,
    cues,
    words,
    phrases,
    adverbWords,
    adverbPhrases,
    nouns,
    irregular,
    phraseIndex: indexPatterns(phrases, (phrase) => phrase.pattern),
    adverbIndex: indexPatterns(adverbPhrases, (adverb) => adverb.pattern),
    markers: indexPatterns(data.stems.markers.map(compile), self),
    intro: indexPatterns(data.stems.intro.map(compile), self),
    subject: keys(data.stems.subject),
    conjunctions: indexPatterns(data.connectors.conjunctions.map(compileText), self),
    subordinators: indexPatterns(data.connectors.subordinators.map(compileText), self),
    ambiguous: texts(data.connectors.ambiguous),
    determiners: texts(data.connectors.determiners),
    pronouns: texts(data.connectors.pronouns),
  };
}

const loaded = new Map<Language, Lexicon>();
const withExtras = new WeakMap<object, Lexicon>();

/**
 * The lexicon of a language, read from its data file on first use only (the objective rules
 * are the only readers), with the config's extra verbs for that language applied.
 */
export function loadLexicon(language: Language, extra?: ExtraVerbs): Lexicon {
  let base = loaded.get(language);
  if (!base) {
    base = compileLexicon(readData(language));
    loaded.set(language, base);
  }
  const verbs = extra?.[language];
  if (!verbs || Object.keys(verbs).length === 0) return base;
  let merged = withExtras.get(verbs);
  if (!merged || merged.language !== language) {
    merged = compileLexicon(base.data, verbs);
    withExtras.set(verbs, merged);
  }
  return merged;
}
