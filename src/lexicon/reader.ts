import { BLOOM_LEVELS, type BloomLevel, orderedLevels } from '../model/bloom.js';
import type { Lexicon, PhraseEntry, VerbEntry, Voice } from './lexicon.js';
import { canonicalSpelling, lemmaCandidates, type VerbForm } from './morphology.js';
import {
  hasAny,
  longestMatch,
  mayStart,
  type Pattern,
  type PatternIndex,
  type TokenWords,
} from './pattern.js';
import { foldAccents, type Language, tokenize } from './text.js';

/** An action verb found in a statement. */
export interface VerbHit {
  /** The words of the statement that express it, as written (`critically` excluded). */
  text: string;
  /** The lexicon entry's own spelling (`analyze`, `mettre en œuvre`, `be aware of`). */
  lemma: string;
  /** The levels it expresses; for a verb to avoid, the levels it points at. */
  levels: readonly BloomLevel[];
  /** False for a verb to avoid ("understand", "connaître"). */
  measurable: boolean;
  /** A nominal form written in the verb's place ("Identification des risques"). */
  nominal: boolean;
  /**
   * For a verb joined to the one before it: true when it follows that verb directly ("install
   * and configure a server": one skill on one object), false when the verb before it has an
   * object of its own ("explain what TDD is, and use it": two outcomes).
   */
  chained: boolean;
  /** UTF-16 offsets in the statement. */
  start: number;
  end: number;
}

/** How a statement reads: its action verbs and the levels they express. */
export interface Reading {
  /** Set when the statement is not a learner outcome: the teacher's side, or an activity. */
  voice?: { voice: Voice; text: string; start: number; end: number };
  /** The action verb, then each verb joined to it ("identify and explain"); empty when none is found. */
  verbs: VerbHit[];
  /** The levels of the measurable verbs, plus those signalled by adverbs ("critically"); empty without a measurable verb. */
  levels: BloomLevel[];
}

/**
 * What the reader needs of a word, the same wherever it appears: worked out once per lexicon.
 * The reader's tokens are these, shared by every occurrence of the word (their offsets are kept
 * apart), so that reading a statement makes no object per token.
 */
interface WordForms {
  /** Lower case, NFC, accents kept, as `Token.text`. */
  text: string;
  /** `text` with accents folded, as `Token.key`. */
  key: string;
  /** The key in canonical spelling. */
  canon: string;
  /** The canonical key and the other forms the word may be an inflection of (`designs` → `design`). */
  words: string[];
  /** The text, as the one word text patterns are looked up by. */
  texts: string[];
  /** Whether the text has a letter: a word, not a mark or a number. */
  letter: boolean;
  /** The key without a final `s` or `x`: a noun in the plural ("formulaires", "repositories"). */
  singular: string;
  /** The lexicon's one-word verb among `words` (the first there), and whether `canon` is it. */
  verb: VerbEntry | undefined;
  verbForm: VerbForm;
  /** The levels of the lexicon's one-word adverb the word is, if it is one. */
  adverb: readonly BloomLevel[] | undefined;
  /** Whether the word has an adverb's ending ("-ly", "-ment"), and so is one unless it is a verb. */
  adverbial: boolean;
  /**
   * The lookups where a pattern may start with this word, a bit each (`Lookup.bit`): a token
   * is matched against an index's patterns only when its bit is set, which it rarely is.
   */
  opens: number;
}

/**
 * A pattern index of the lexicon as the reader looks it up: how a token is matched there, and
 * the bit of `WordForms.opens` that says whether a pattern of the index may start with the word.
 */
interface Lookup<T> {
  index: PatternIndex<T>;
  wordsOf: TokenWords<WordForms>;
  bit: number;
}

type AdverbPhrase = Lexicon['adverbPhrases'][number];
type VoicePattern = { pattern: Pattern; voice: Voice };

/** What the reader keeps per lexicon: the forms of the words read so far, and its lookups. */
interface ReaderTables {
  lexicon: Lexicon;
  /** Word forms by token text: the words of a catalogue's statements repeat a lot. */
  forms: Map<string, WordForms>;
  phrases: Lookup<PhraseEntry>;
  adverbs: Lookup<AdverbPhrase>;
  voices: Lookup<VoicePattern>;
  markers: Lookup<Pattern>;
  intro: Lookup<Pattern>;
  conjunctions: Lookup<Pattern>;
  subordinators: Lookup<Pattern>;
  purposes: Lookup<Pattern>;
  all: readonly Lookup<unknown>[];
}

const tablesByLexicon = new WeakMap<Lexicon, ReaderTables>();

/** The reader's tables for a lexicon, made on first use. */
function tablesOf(lexicon: Lexicon): ReaderTables {
  let tables = tablesByLexicon.get(lexicon);
  if (!tables) {
    // lexicon patterns match a word by its forms; connectors as written
    const byKey = <T>(index: PatternIndex<T>, bit: number) => ({ index, wordsOf: keyTest, bit });
    const byText = <T>(index: PatternIndex<T>, bit: number) => ({ index, wordsOf: textTest, bit });
    const lookups = {
      phrases: byKey(lexicon.phraseIndex, 1 << 0),
      adverbs: byKey(lexicon.adverbIndex, 1 << 1),
      voices: byKey(lexicon.voices, 1 << 2),
      markers: byKey(lexicon.markers, 1 << 3),
      intro: byKey(lexicon.intro, 1 << 4),
      conjunctions: byText(lexicon.conjunctions, 1 << 5),
      subordinators: byText(lexicon.subordinators, 1 << 6),
      purposes: byText(lexicon.purposes, 1 << 7),
    };
    tables = { lexicon, forms: new Map(), ...lookups, all: Object.values(lookups) };
    tablesByLexicon.set(lexicon, tables);
  }
  return tables;
}

/** A token as its canonical key and its lemmas, for lexicon patterns. */
const keyTest: TokenWords<WordForms> = (token) => token.words;
/** A token as its text, for connectors (read as written). */
const textTest: TokenWords<WordForms> = (token) => token.texts;

/** The forms of the word written `text` (a token's text, lower case). */
function formsOf(text: string, tables: ReaderTables): WordForms {
  const known = tables.forms;
  let found = known.get(text);
  if (!found) {
    const { language, irregular } = tables.lexicon;
    const key = foldAccents(text);
    const canon = canonicalSpelling(key, language);
    const lemmas = lemmaCandidates(key, language, irregular).filter((lemma) => lemma !== canon);
    found = wordFacts(text, key, canon, [canon, ...lemmas], tables);
    if (known.size >= 50_000) known.clear(); // the words of a huge catalogue: keep memory bounded
    known.set(text, found);
  }
  return found;
}

/** An adverb's ending, for the adverbs the lexicon does not list (on the canonical key). */
const ADVERB_ENDING: Readonly<Record<Language, RegExp>> = { en: /^[a-z]{3,}ly$/, fr: /^[a-z]{4,}ment$/ };

/** What the reader needs to know of a word, worked out from its forms (`formsOf`). */
function wordFacts(
  text: string,
  key: string,
  canon: string,
  words: string[],
  tables: ReaderTables,
): WordForms {
  const { lexicon } = tables;
  let verb: VerbEntry | undefined;
  let verbForm: VerbForm = 'inflected';
  for (const word of words) {
    verb = lexicon.words.get(word);
    if (verb === undefined) continue;
    if (word === canon) verbForm = 'base';
    break;
  }
  const forms: WordForms = {
    text,
    key,
    canon,
    words,
    texts: [text],
    letter: /\p{L}/u.test(text),
    singular: canon.replace(/[sx]$/, ''),
    verb,
    verbForm,
    adverb: lexicon.adverbWords.get(canon),
    adverbial: ADVERB_ENDING[lexicon.language].test(canon),
    opens: 0,
  };
  for (const lookup of tables.all)
    if (mayStart(lookup.index, lookup.wordsOf(forms))) forms.opens |= lookup.bit;
  return forms;
}

interface Found {
  hit: VerbHit;
  form: VerbForm;
  /** Token index after the verb. */
  next: number;
  /** Levels signalled by adverbs inside the verb phrase. */
  adverbs: readonly BloomLevel[];
}

const NOUN_LINKS = new Set(['of', 'with', 'de', 'du', 'des']);

const NO_LEVELS: readonly BloomLevel[] = [];

const self = (pattern: Pattern) => pattern;
const patternOf = (item: { pattern: Pattern }) => item.pattern;

/**
 * Reads a statement as a reviewer would: drops a stem ("Learners will be able to", "À l'issue de
 * la formation, le stagiaire sera capable de"), skips leading adverbs, reads phrases as a whole
 * ("demonstrate an understanding of", "demonstrate the ability to X", "faire preuve de"), takes
 * the verb in any inflection or spelling, then collects the verbs joined to it by "and", ",",
 * "et", "puis", "or", leaving out verbs inside subordinate clauses.
 */
export function readStatement(statement: string, lexicon: Lexicon): Reading {
  return new StatementReader(statement, lexicon).read();
}

/**
 * The reading of one statement. A class rather than a function of closures: V8 compiles each
 * method on its own instead of one very large function with every closure inlined, which made
 * reading a catalogue's statements markedly slower while the code was still warming up.
 */
class StatementReader {
  readonly tokens: WordForms[];
  /** The UTF-16 offsets in the statement where each token starts and ends. */
  readonly tokenStart: number[] = [];
  readonly tokenEnd: number[] = [];
  readonly language: Language;
  readonly tables: ReaderTables;
  /** readVerb's results by token and by whether the verb comes first (null: no verb). */
  readonly memo: (Found | null | undefined)[] = [];
  /** Where the reading stands while the stem is skipped. */
  position = 0;
  /** Levels signalled by adverbs in the stem. */
  adverbLevels: BloomLevel[] = [];
  /** Where the stem ends: the first word of the action verb, or of what stands in its place. */
  stemEnd = 0;
  /** The statement's code spans between backticks, found on first use. */
  codeSpans: [number, number][] | undefined;

  constructor(
    readonly statement: string,
    readonly lexicon: Lexicon,
  ) {
    this.language = lexicon.language;
    const tables = tablesOf(lexicon);
    const { tokenStart, tokenEnd } = this;
    this.tables = tables;
    this.tokens = tokenize(statement, this.language, (text, _key, start, end) => {
      tokenStart.push(start);
      tokenEnd.push(end);
      return formsOf(text, tables);
    });
  }

  read(): Reading {
    const reading = this.readVerbs();
    const voice = this.voiceAt(0) ?? (this.stemEnd > 0 ? this.voiceAt(this.stemEnd) : undefined);
    return voice ? { ...reading, voice } : reading;
  }

  /** A teacher's or an activity's wording at `at` ("Introduce…", "Participate in…"). */
  voiceAt(at: number): Reading['voice'] {
    const found = this.entryAt(this.tables.voices, at);
    if (!found) return undefined;
    // quoted without a trailing article: "Introduce", not "Introduce the"
    let end = found.end;
    while (end - 1 > at && this.lexicon.determiners.has(this.tokens[end - 1]?.text ?? '')) end--;
    const start = this.tokenStart[at];
    const last = this.tokenEnd[end - 1];
    if (start === undefined || last === undefined) return undefined;
    return { voice: found.item.voice, text: this.statement.slice(start, last), start, end: last };
  }

  readVerbs(): Reading {
    const { tokens, lexicon } = this;
    // 1. the stem, then adverbs
    this.skipStem();
    if (!this.readVerb(this.position, true)) {
      // "By the end of this module learners will be able to …": a stem with no comma; else
      // "At the end of the session, delegates will: …": a stem ending with a colon.
      const limit = Math.min(tokens.length, 30);
      let restart = -1;
      for (let at = 0; at < limit && restart < 0; at++) restart = this.longest(this.tables.markers, at);
      if (restart < 0) restart = tokens.findIndex((token, index) => index < limit && token.text === ':') + 1;
      if (restart > 0) {
        this.position = restart;
        this.adverbLevels.length = 0;
        this.skipStem();
      }
    }

    // 2. the action verb
    this.stemEnd = this.position;
    const main = this.readVerb(this.position, true);
    if (!main) return { verbs: [], levels: [] };
    const verbs = [main.hit];
    const levels = [...this.adverbLevels, ...main.adverbs];
    this.skipAdverbs(main.next, levels); // "discuss critically"
    levels.push(...this.purposeLevels(main));

    // 3. verbs joined to it, outside subordinate clauses
    let previousEnd = main.next;
    for (let at = main.next; at < tokens.length; ) {
      if (tokens[at]?.text === ':') break; // a list follows: "the following terms: object, assign, call"
      const end = this.longest(this.tables.subordinators, at);
      if (end > at) {
        // "Explain what TDD is, and use it": a relative clause ends at ", and" or at a full stop;
        // a verb's clause ("to split…, apply… and combine…") goes on to the end of the sentence;
        // a phrase ("avec JavaFX et les appliquer") is read past
        if (lexicon.relatives.has(tokens[at]?.text ?? '')) at = this.clauseEnd(at);
        else if (this.readVerb(this.skipAdverbs(end, []), false)) at = this.sentenceEnd(at);
        else at = end;
        if (at < 0) break;
        continue;
      }
      const conjunction = this.longest(this.tables.conjunctions, at);
      if (conjunction < 0) {
        at++;
        continue;
      }
      const chained = at === previousEnd;
      const joinedLevels: BloomLevel[] = [];
      let start = this.skipAdverbs(conjunction, joinedLevels);
      start = this.skipPronouns(start);
      const joined = this.readVerb(start, false);
      if (!joined || !(chained || this.plausiblyVerb(joined, start, main.form))) {
        at = conjunction;
        continue;
      }
      verbs.push({ ...joined.hit, chained });
      levels.push(...joinedLevels, ...joined.adverbs);
      previousEnd = joined.next;
      at = joined.next;
    }
    return { verbs, levels: levelsRead(verbs, levels) };
  }

  /**
   * "Use the speed-up to decide on an implementation", "Utiliser un tableur pour analyser…": after
   * a verb of means, the purpose says what the learner achieves, so its levels count too.
   */
  purposeLevels(main: Found): readonly BloomLevel[] {
    const { tokens, lexicon } = this;
    if (!lexicon.instruments.has(main.hit.lemma)) return NO_LEVELS;
    for (let at = main.next; at < tokens.length && tokens[at]?.text !== '.'; at++) {
      const end = this.longest(this.tables.purposes, at);
      if (end < 0) continue;
      return this.readVerb(this.skipAdverbs(end, []), false)?.hit.levels ?? NO_LEVELS;
    }
    return NO_LEVELS;
  }

  /** The full stop after `at`, or -1. */
  sentenceEnd(at: number): number {
    const { tokens } = this;
    for (let next = at + 1; next < tokens.length; next++) if (tokens[next]?.text === '.') return next;
    return -1;
  }

  /** Where a subordinate clause opened at `at` ends: its ", and" / ", et", or its full stop; -1 if it does not. */
  clauseEnd(at: number): number {
    const { tokens } = this;
    for (let next = at + 1; next < tokens.length; next++) {
      const text = tokens[next]?.text;
      if (text === '.') return next;
      if (
        (text === ',' || text === ';') &&
        tokens[next + 1]?.letter &&
        this.longest(this.tables.conjunctions, next + 1) > next + 1
      )
        return next;
    }
    return -1;
  }

  /** The end of the longest match of a pattern of `lookup` at `at`, or -1. */
  longest(lookup: Lookup<Pattern>, at: number): number {
    if (((this.tokens[at]?.opens ?? 0) & lookup.bit) === 0) return -1;
    return longestMatch(lookup.index, self, this.tokens, at, lookup.wordsOf)?.end ?? -1;
  }

  /** The lexicon entry (verb phrase, adverb, voice) whose pattern has the longest match at `at`, and its end. */
  entryAt<T extends { pattern: Pattern }>(lookup: Lookup<T>, at: number) {
    if (((this.tokens[at]?.opens ?? 0) & lookup.bit) === 0) return undefined;
    return longestMatch(lookup.index, patternOf, this.tokens, at, lookup.wordsOf);
  }

  hitOf(entry: VerbEntry, from: number, to: number): VerbHit | undefined {
    const start = this.tokenStart[from];
    const end = this.tokenEnd[to - 1];
    if (start === undefined || end === undefined) return undefined;
    const text = this.statement.slice(start, end);
    const { lemma, levels, measurable } = entry;
    const nominal = entry.nominal === true;
    return { text, start, end, lemma, levels, measurable, nominal, chained: false };
  }

  adverbAt(at: number): { end: number; levels: readonly BloomLevel[] } | undefined {
    const phrase = this.entryAt(this.tables.adverbs, at);
    if (phrase) return { end: phrase.end, levels: phrase.item.levels };
    const token = this.tokens[at];
    if (!token) return undefined;
    if (token.adverb) return { end: at + 1, levels: token.adverb };
    if (token.adverbial && !this.singleVerb(at)) return { end: at + 1, levels: NO_LEVELS };
    return undefined;
  }

  skipAdverbs(at: number, levels: BloomLevel[]): number {
    for (let adverb = this.adverbAt(at); adverb; adverb = this.adverbAt(at)) {
      levels.push(...adverb.levels);
      at = adverb.end;
    }
    return at;
  }

  /**
   * A verb whose level depends on its object: "identify the bones" / "identify patterns";
   * "create a poster" / "create a Git repository".
   */
  cued(entry: VerbEntry, at: number): VerbEntry {
    const { tokens, lexicon } = this;
    const cue = lexicon.cues.get(entry.lemma);
    if (!cue) return entry;
    let found = false;
    for (let next = at + 1; next < Math.min(tokens.length, at + 8) && !found; next++) {
      const token = tokens[next];
      if (!token || token.text === ',' || this.longest(this.tables.subordinators, next) > next) break;
      // a noun in the plural too: "formulaires", "repositories"
      found = hasAny(cue.words, token.words) || cue.words.has(token.singular);
    }
    if (found)
      return { ...entry, levels: cue.add ? orderedLevels([...entry.levels, ...cue.levels]) : cue.levels };
    if (cue.otherwise === 'keep') return entry;
    const levels = entry.levels.filter((level) => !cue.levels.includes(level));
    return levels.length > 0 ? { ...entry, levels } : entry;
  }

  singleVerb(at: number): Found | undefined {
    const token = this.tokens[at];
    if (!token) return undefined;
    const found = this.entryOf(token, at);
    if (found) return found;
    // "compare/contrast", "accepter/faire": a slash pair is read as both verbs, at the levels of either
    if (!token.key.includes('/')) return undefined;
    const parts = token.key.split('/').map((part) => formsOf(part, this.tables));
    const hits = parts.map((part) => this.entryOf(part, at)).filter((hit) => hit !== undefined);
    const [first] = hits;
    if (!first) return undefined;
    const levels = orderedLevels(hits.flatMap((hit) => hit.hit.levels));
    const measurable = hits.every((hit) => hit.hit.measurable);
    return { ...first, hit: { ...first.hit, text: token.text, levels, measurable } };
  }

  /** The lexicon's verb among a word's forms, read at the token `at`. */
  entryOf(forms: WordForms, at: number): Found | undefined {
    const hit = forms.verb && this.hitOf(this.cued(forms.verb, at), at, at + 1);
    return hit && { hit, form: forms.verbForm, next: at + 1, adverbs: NO_LEVELS };
  }

  /** Whether the token `at` is code between backticks ("the `filter` function"): never a verb. */
  inCode(at: number): boolean {
    const start = this.tokenStart[at];
    const end = this.tokenEnd[at];
    if (start === undefined || end === undefined || !this.statement.includes('`')) return false;
    this.codeSpans ??= [...this.statement.matchAll(/`[^`]*`/g)].map((match): [number, number] => [
      match.index,
      match.index + match[0].length,
    ]);
    return this.codeSpans.some(([open, close]) => start > open && end < close);
  }

  /**
   * A capitalised word inside a sentence of a statement that is not written in title case: a
   * name ("PHP, Composer"), not a verb.
   */
  properNoun(at: number): boolean {
    const token = this.tokens[at];
    const before = this.tokens[at - 1]?.text;
    const initial = this.statement.charAt(this.tokenStart[at] ?? 0);
    if (!token || initial === initial.toLowerCase() || before === '.' || before === ':') return false;
    return /(^|\s)\p{Ll}\p{L}{3,}/u.test(this.statement);
  }

  /**
   * Object pronouns before an infinitive ("puis l'animer", "savoir les appliquer"); a reflexive
   * verb ("se repérer") is read whole.
   */
  skipPronouns(at: number): number {
    while (
      !this.readVerb(at, false) &&
      this.lexicon.pronouns.has(this.tokens[at]?.text ?? '') &&
      this.readVerb(at + 1, false)?.form === 'base'
    )
      at++;
    return at;
  }

  readVerb(at: number, first: boolean): Found | undefined {
    const slot = 2 * at + (first ? 1 : 0);
    let found = this.memo[slot];
    if (found === undefined) {
      found = this.inCode(at) ? null : (this.readVerbAt(at, first) ?? null);
      this.memo[slot] = found;
    }
    return found ?? undefined;
  }

  readVerbAt(at: number, first: boolean): Found | undefined {
    const { tokens, lexicon } = this;
    const found = this.entryAt(this.tables.phrases, at);
    const phrase = found && { entry: found.item, end: found.end };
    const token = tokens[at];
    if (!token) return undefined;
    const form: VerbForm = phrase?.entry.pattern.items[0]?.alternatives.some(
      (words) => words[0] === token.canon,
    )
      ? 'base'
      : 'inflected';
    const readThrough = phrase?.entry.kind === 'through' || phrase?.entry.kind === 'hides';
    if (phrase && !readThrough) {
      const hit = this.hitOf(phrase.entry, at, phrase.end);
      if (hit) return { hit, form, next: phrase.end, adverbs: NO_LEVELS };
    }
    if (phrase) {
      const adverbs: BloomLevel[] = [];
      let after = this.skipAdverbs(phrase.end, adverbs);
      // "savoir les appliquer": object pronouns before the infinitive
      after = this.skipPronouns(after);
      const inner = this.readVerb(after, false);
      if (inner && phrase.entry.kind === 'hides') {
        // "Understand how to open a file": reported as the phrase, at the levels of "open" and its own
        const levels = orderedLevels([...phrase.entry.levels, ...inner.hit.levels]);
        const hit = this.hitOf({ ...phrase.entry, levels }, at, phrase.end);
        if (hit) return { hit, form, next: inner.next, adverbs: [...adverbs, ...inner.adverbs] };
      }
      if (inner) return { ...inner, adverbs: [...adverbs, ...inner.adverbs] };
      const hit = phrase.entry.levels.length ? this.hitOf(phrase.entry, at, phrase.end) : undefined;
      if (hit) return { hit, form, next: phrase.end, adverbs };
    }
    if (this.language === 'fr' && token.text === 'se') {
      const reflexive = this.readVerb(at + 1, false);
      if (reflexive) return reflexive;
    }
    const verb = this.singleVerb(at);
    if (verb) return verb;
    const noun = first ? lexicon.nouns.get(token.canon) : undefined;
    const link = tokens[at + 1];
    if (noun && link && NOUN_LINKS.has(link.text)) {
      const hit = this.hitOf(noun, at, at + 1);
      if (hit) return { hit, form: 'inflected', next: at + 1, adverbs: NO_LEVELS };
    }
    return undefined;
  }

  introEnd(at: number): number {
    if (this.longest(this.tables.intro, at) < 0 || this.readVerb(at, true)) return -1;
    const comma = this.tokens.findIndex(
      (token, index) => index > at && index < at + 30 && token.text === ',',
    );
    return comma < 0 ? -1 : comma + 1;
  }

  skipStem(): void {
    const { tokens, lexicon } = this;
    for (let moved = true; moved && this.position < tokens.length; ) {
      moved = false;
      const position = this.position;
      const marker = this.longest(this.tables.markers, position);
      const intro = marker < 0 ? this.introEnd(position) : -1;
      const next = Math.max(marker, intro);
      if (next > position) {
        this.position = next;
        moved = true;
        continue;
      }
      if (this.readVerb(position, true)) return;
      const adverb = this.adverbAt(position);
      if (adverb) {
        this.adverbLevels.push(...adverb.levels);
        this.position = adverb.end;
        moved = true;
      } else if (lexicon.subject.has(tokens[position]?.canon ?? '') || !tokens[position]?.letter) {
        this.position++;
        moved = true;
      }
    }
  }

  plausiblyVerb(found: Found, start: number, mainForm: VerbForm): boolean {
    const { tokens, lexicon } = this;
    const token = tokens[start];
    const after = tokens[found.next];
    if (!token || found.form !== mainForm) return false;
    if (this.properNoun(start)) return false; // "PHP, Composer and Laravel"
    if (this.language === 'fr' && /é(e?s?)$/.test(token.text)) return false; // a participle: "le réalisé"
    if (after && NOUN_LINKS.has(after.text)) return false;
    if (lexicon.ambiguous.has(token.text)) return after !== undefined && lexicon.determiners.has(after.text);
    return true;
  }
}

/**
 * The levels of a reading: every level its verbs express, measurable or not ("explain what TDD
 * is, and use it" is understand or apply; "understand" still points at understand), and the
 * levels signalled by adverbs. Empty when no verb has a level.
 */
function levelsRead(verbs: readonly VerbHit[], levels: readonly BloomLevel[]): BloomLevel[] {
  if (!verbs.some((verb) => verb.levels.length > 0)) return [];
  return BLOOM_LEVELS.filter(
    (level) => levels.includes(level) || verbs.some((verb) => verb.levels.includes(level)),
  );
}
