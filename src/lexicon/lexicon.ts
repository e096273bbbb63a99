import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { yamlModule } from '../load/yaml-module.js';
import { type BloomLevel, orderedLevels } from '../model/bloom.js';
import { canonicalSpelling } from './morphology.js';
import { compilePattern, indexPatterns, type Pattern, type PatternIndex } from './pattern.js';
import { type Language, type Token, tokenize } from './text.js';

/** A lexicon data file (src/lexicon/data/<language>.yaml) as written. */
export interface LexiconData {
  language: Language;
  /** Verb or verb phrase → the Bloom levels it can express. */
  verbs: Record<string, string[]>;
  /** Verbs and phrases to avoid (cannot be observed) → the levels they still point at. */
  avoid: Record<string, string[]>;
  /** Phrases read through to the verb they introduce; the levels apply when no verb follows. */
  through: Record<string, string[]>;
  /**
   * Phrases that hide a verb to avoid in front of a measurable one ("understand how to open a
   * file"): unmeasurable, at the level of the verb they introduce (or theirs when none follows).
   */
  hides: Record<string, string[]>;
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
    /** Subordinators that open a relative clause, which ends at ", and" ("explain what TDD is, and use it"). */
    relatives: string[];
    /** Words that open a purpose ("to", "in order to"; "pour", "afin de"). */
    purposes: string[];
  };
  /** Verbs of means, whose purpose says what is achieved ("use X to decide"): their lemmas. */
  instruments: string[];
  suggestions: Record<BloomLevel, string[]>;
  /**
   * Verbs whose level depends on their object: read at `levels` (or at their own and `levels`,
   * with `add: true`) when one of `words` (or of a `@class`) follows them; otherwise those levels
   * are dropped (`otherwise: drop`) or the verb keeps its own (`otherwise: keep`).
   */
  cues?: { verbs: string[]; levels: string[]; add?: boolean; otherwise: 'drop' | 'keep'; words: string[] }[];
  /** Statements that are not learner outcomes: written from the teacher's side, or an activity. */
  voices: Record<Voice, string[]>;
}

/** How a statement that is not a learner outcome is written. */
export type Voice = 'teacher' | 'activity';

/** A verb whose level depends on its object: `levels` when a cue word follows. */
export interface Cue {
  levels: readonly BloomLevel[];
  /** With a cue word, the verb's own levels and `levels`, rather than `levels` alone. */
  add: boolean;
  /** Without a cue word: drop `levels` from the verb's own, or keep the verb's own. */
  otherwise: 'drop' | 'keep';
  words: ReadonlySet<string>;
}

/** What the lexicon knows of a verb: the levels it expresses, and whether it can be observed. */
export interface VerbEntry {
  /** The verb as the lexicon writes it, for messages. */
  lemma: string;
  /** The levels it expresses; for a verb to avoid, the levels it points at (may be empty). */
  levels: readonly BloomLevel[];
  /** False for a verb to avoid ("understand", "connaître"). */
  measurable: boolean;
  /** A nominal form written in the verb's place ("Identification des…", "mise en œuvre de"). */
  nominal?: boolean;
}

/** A multi-word entry: a verb phrase, a phrase to avoid, or a phrase read through. */
export interface PhraseEntry extends VerbEntry {
  pattern: Pattern;
  kind: 'verb' | 'avoid' | 'through' | 'hides';
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
  relatives: ReadonlySet<string>;
  purposes: PatternIndex<Pattern>;
  instruments: ReadonlySet<string>;
  /** Cues by the lemma (as the lexicon writes it) of the verbs they apply to. */
  cues: ReadonlyMap<string, Cue>;
  voices: PatternIndex<{ pattern: Pattern; voice: Voice }>;
}

/** Extra verbs by language, as a config's `verbs:` section gives them ([] = a verb to avoid). */
export type ExtraVerbs = Partial<Record<Language, Record<string, string[]>>>;

/** The key a token is looked up by: accents folded, canonical spelling. */
export function tokenKey(token: Token, language: Language): string {
  return canonicalSpelling(token.key, language);
}

const self = (pattern: Pattern) => pattern;

/** The verbs and verbs to avoid, with a config's extra verbs: levels added, `[]` a verb to avoid. */
function verbEntries(data: LexiconData, extra: Record<string, string[]>): Map<string, VerbEntry> {
  const entries = new Map<string, VerbEntry>();
  for (const [verb, levels] of Object.entries(data.verbs))
    entries.set(verb, { lemma: verb, levels: orderedLevels(levels), measurable: true });
  for (const [verb, levels] of Object.entries(data.avoid))
    entries.set(verb, { lemma: verb, levels: orderedLevels(levels), measurable: false });
  for (const [verb, levels] of Object.entries(extra)) {
    // Levels are added to a measurable verb's; a verb to avoid with levels becomes measurable.
    const known = entries.get(verb);
    const merged = known?.measurable ? orderedLevels([...known.levels, ...levels]) : orderedLevels(levels);
    entries.set(verb, { lemma: verb, levels: merged, measurable: levels.length > 0 });
  }
  return entries;
}

/** The cues by verb, their words (a `@class` written out) as lookup keys. */
function compileCues(
  data: LexiconData,
  keys: (list: readonly string[]) => ReadonlySet<string>,
): Map<string, Cue> {
  const cues = new Map<string, Cue>();
  for (const cue of data.cues ?? []) {
    const words = cue.words.flatMap((word) =>
      word.startsWith('@') ? (data.classes[word.slice(1)] ?? []) : [word],
    );
    const entry = {
      levels: orderedLevels(cue.levels),
      add: cue.add === true,
      otherwise: cue.otherwise,
      words: keys(words),
    };
    for (const verb of cue.verbs) cues.set(verb, entry);
  }
  return cues;
}

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

  const words = new Map<string, VerbEntry>();
  const phrases: PhraseEntry[] = [];
  for (const entry of verbEntries(data, extra).values()) {
    const key = single(entry.lemma);
    if (key !== undefined) words.set(key, entry);
    else phrases.push({ ...entry, pattern: compile(entry.lemma), kind: entry.measurable ? 'verb' : 'avoid' });
  }
  for (const kind of ['through', 'hides'] as const)
    for (const [phrase, levels] of Object.entries(data[kind]))
      phrases.push({
        lemma: phrase,
        levels: orderedLevels(levels),
        measurable: kind === 'through',
        pattern: compile(phrase),
        kind,
      });

  const { adverbWords, adverbPhrases } = compileAdverbs(data, single, compile);
  const nouns = compileNouns(data, single, compile, phrases);
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
  const voices = Object.entries(data.voices).flatMap(([voice, patterns]) =>
    patterns.map((source) => ({ pattern: compile(source), voice: voice as Voice })),
  );
  return {
    language,
    data,
    cues: compileCues(data, keys),
    voices: indexPatterns(voices, (entry) => entry.pattern),
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
    relatives: texts(data.connectors.relatives),
    purposes: indexPatterns(data.connectors.purposes.map(compileText), self),
    instruments: new Set(data.instruments),
  };
}

type SingleKey = (source: string) => string | undefined;
type Compile = (source: string) => Pattern;

/** The adverbs of the data: one-word ones by key, the others as patterns. */
function compileAdverbs(
  data: LexiconData,
  single: SingleKey,
  compile: Compile,
): Pick<Lexicon, 'adverbWords' | 'adverbPhrases'> {
  const adverbWords = new Map<string, readonly BloomLevel[]>();
  const adverbPhrases: { pattern: Pattern; levels: readonly BloomLevel[] }[] = [];
  for (const [adverb, levels] of Object.entries(data.adverbs)) {
    const key = single(adverb);
    if (key !== undefined) adverbWords.set(key, orderedLevels(levels));
    else adverbPhrases.push({ pattern: compile(adverb), levels: orderedLevels(levels) });
  }
  return { adverbWords, adverbPhrases };
}

/** The nouns that stand for a verb ("analysis of"): one-word ones by key; the others join `phrases`. */
function compileNouns(
  data: LexiconData,
  single: SingleKey,
  compile: Compile,
  phrases: PhraseEntry[],
): Map<string, VerbEntry> {
  const nouns = new Map<string, VerbEntry>();
  for (const [noun, levels] of Object.entries(data.nouns)) {
    const key = single(noun);
    const entry = {
      lemma: noun,
      levels: orderedLevels(levels),
      measurable: levels.length > 0,
      nominal: true,
    };
    if (key !== undefined) nouns.set(key, entry);
    else
      phrases.push({
        ...entry,
        pattern: compile(`${noun} (de|des|du|of)`),
        kind: entry.measurable ? 'verb' : 'avoid',
      });
  }
  return nouns;
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
