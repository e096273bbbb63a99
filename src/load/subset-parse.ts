import { BLUEPRINT_PROPERTY_NAMES } from '../schema/generated/property-names.js';
import { isDoubtfulNumber, resolvePlain } from './core-scalars.js';

/**
 * Nesting past which the subset parser declines: far below `parseYaml`'s limit (MAX_DEPTH), far
 * above any blueprint, so that a file it accepts is never one `parseYaml` refuses as too deep.
 */
const SUBSET_DEPTH = 32;
/** yaml refuses an implicit key longer than 1024 characters; the subset declines long keys well before. */
const MAX_KEY = 1000;

/**
 * Aliases past which the subset declines: yaml refuses a document whose aliases expand to more
 * than `MAX_ALIAS_COUNT` (100) nodes, and the subset never goes near that count.
 */
const MAX_ALIASES = 50;

/**
 * The blueprint schema's property names by length and first character (`length << 7 | code`). A
 * block mapping key found among them is that very string: the parser neither cuts a new string
 * from the text nor has V8 look the new one up in its string table, twice (once to test for a
 * duplicate, once to store the value), which was a sixth of a warm parse of the real-shaped
 * corpus (docs/speed.md). Other keys are cut from the text; the result is the same string either way.
 */
const KNOWN_KEYS = new Map<number, string[]>();
for (const name of BLUEPRINT_PROPERTY_NAMES) {
  const slot = (name.length << 7) | name.charCodeAt(0);
  const names = KNOWN_KEYS.get(slot);
  if (names) names.push(name);
  else KNOWN_KEYS.set(slot, [name]);
}

/** The text from `start` to `end` when it is one of the schema's property names, else `undefined`. */
function knownKey(text: string, start: number, end: number): string | undefined {
  const names = KNOWN_KEYS.get(((end - start) << 7) | text.charCodeAt(start));
  if (names)
    for (const name of names) if (name.length === end - start && text.startsWith(name, start)) return name;
  return undefined;
}

/** Thrown inside the parser when the text leaves the subset; caught by `parseYamlSubset`. */
const DECLINE = Symbol('decline');

/** A table of ASCII characters, for tests on character codes. */
function asciiTable(characters: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const character of characters) table[character.charCodeAt(0)] = 1;
  return table;
}
/** Characters a plain scalar cannot start with here (YAML's indicators; `-` is looked at apart). */
const NOT_PLAIN_START = asciiTable('?:,[]{}#&*!|>\'"%@`');
/** Characters that end a plain scalar in a flow collection, or make the subset decline it. */
const FLOW_STOP = asciiTable(',[]{}:#');
/** Characters of an anchor's name, here (YAML allows more: the subset declines them). */
const ANCHOR_NAME = asciiTable('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-');
/** Characters after which a `-` does not start a plain scalar (here). */
const NOT_AFTER_DASH = asciiTable(' ,[]{}');

/**
 * Reads the YAML that blueprints are written in, and declines everything else, for the fast path:
 * - block mappings of plain keys, and block sequences (compact `- key: value` items too);
 * - plain scalars, and single- and double-quoted ones, on one line or wrapped over several (each
 *   line indented past the key or dash), double quotes with the `\\`, `\"`, `\/`, `\n` and `\t`
 *   escapes on one line only;
 * - literal and folded block scalars (`|`, `>`, `|-`, `>-`), a folded one at one indentation;
 * - flow sequences and mappings, over several lines too, with comments and a trailing comma;
 * - an anchor on a one-line scalar under a key or `-` (`key: &name value`), and an alias to it
 *   later (`other: *name`), as people write to repeat a value;
 * - comments, blank lines, a `---` before the document, CRLF line ends.
 *
 * It returns the data `parseYaml` gives, plain scalars resolved by the same core schema, or
 * `undefined` for anything else: tabs, a lone CR, a byte order mark, a comment inside a
 * multi-line plain scalar, escapes in a multi-line quoted one, other escapes, tags, anchors on
 * anything but a one-line scalar (a collection, a key, a value in a flow collection), an anchor named
 * twice, an alias to what is not such a scalar, more than `MAX_ALIASES` aliases, keys that are not
 * plain strings, duplicate keys, merge keys, `__proto__`, doubtful numbers, an empty document, a
 * second one, and every error. What it declines, yaml reads.
 *
 * Why a parser of our own: on a catalogue, parsing was the largest single cost of a run, and this
 * subset reads a blueprint in about half js-yaml's time (docs/speed.md). It is held to yaml's
 * results by test/load/subset-parse.test.ts: on everything it accepts (the YAML test suite, every
 * fixture, the bench corpus, the naughty strings, random documents and random mutations), its
 * data must equal yaml's, with no finding.
 */
export function parseYamlSubset(text: string): { data: unknown } | undefined {
  const parser = SubsetParser.for(text, false);
  return parser?.run();
}

/**
 * `parseYamlSubset` recording where each node is as it goes: the data and the root's span, for a
 * file whose findings will need placing (one parse rather than a parse, then `parseSubsetSpans`).
 */
export function parseYamlSubsetWithSpans(text: string): { data: unknown; span: SubsetSpan } | undefined {
  const parser = SubsetParser.for(text, true);
  const parsed = parser?.run();
  return parsed && parser?.span && { data: parsed.data, span: parser.span };
}

/**
 * Where a node the subset parser read is in the text: a scalar from its first character to its
 * last (`null` for an empty value, `block` for a block scalar), a collection from its first
 * character to the end of its last node, with its entries or items.
 */
export type SubsetSpan =
  | { kind: 'scalar' | 'null' | 'block'; start: number; end: number }
  | { kind: 'alias'; start: number; end: number; target: SubsetSpan }
  | { kind: 'map'; start: number; end: number; entries: Map<string, { key: SubsetSpan; value: SubsetSpan }> }
  | { kind: 'seq'; start: number; end: number; items: SubsetSpan[] };

/**
 * Parses text the subset parser accepts again, recording where each node is, so that findings are
 * located without another parser. `undefined` where `parseYamlSubset` declines.
 */
export function parseSubsetSpans(text: string): SubsetSpan | undefined {
  const parser = SubsetParser.for(text, true);
  return parser?.run() && parser.span;
}

/**
 * Whether a key resolved to a string the subset can store as yaml does: not a merge key (which
 * `parseYaml` refuses), not `__proto__`, not already in the mapping (a duplicate is an error).
 */
function isPlainKey(key: unknown, map: Record<string, unknown>): key is string {
  return typeof key === 'string' && key !== '<<' && key !== '__proto__' && !Object.hasOwn(map, key);
}

class SubsetParser {
  private readonly text: string;
  /** Whether to record spans; the span of the node read last. */
  private readonly recording: boolean;
  span: SubsetSpan | undefined;
  /** Start of the first line not yet consumed. */
  private pos = 0;
  /**
   * The current line (as `peek` or `lineAt` set it): where it starts, its indentation, its first
   * character that is not a space, its end (before any CR), and where the next line starts.
   */
  private lineStart = 0;
  private indent = 0;
  private at = 0;
  private eol = 0;
  private next = 0;
  /** Whether content was seen: a `---` after it is a second document. */
  private started = false;
  /** Where `scanPlain` stopped, and whether at a `:` that makes the scalar a key (and where that `:` is). */
  private scanEnd = 0;
  private scanColon = false;
  private scanColonAt = -1;
  /** The next ` #` and `:` from where `commentFrom` and `colonFrom` last searched, and what they found. */
  private hashFrom = 0;
  private hashAt = -1;
  private colonSearch = 0;
  private colonAt = -1;
  /** The scalars anchored so far, by name (with their spans, when recording), and the number of aliases read. */
  private anchors: Map<string, { value: unknown; span: SubsetSpan | undefined }> | undefined;
  private aliases = 0;

  private constructor(text: string, recording: boolean) {
    this.text = text;
    this.recording = recording;
  }

  /** A parser for the text, or `undefined` if characters it never reads rule the text out at once. */
  static for(text: string, recording: boolean): SubsetParser | undefined {
    if (text.includes('\t') || text.includes('\uFEFF') || (text.includes('\r') && /\r(?!\n)/.test(text)))
      return undefined;
    return new SubsetParser(text, recording);
  }

  /** The document's data, or `undefined` when the text leaves the subset. */
  run(): { data: unknown } | undefined {
    try {
      if (!this.peek()) return undefined;
      this.started = true;
      const data = this.collectionAt(this.indent, 0);
      if (this.peek()) return undefined; // content less indented than the root, or a second document
      return { data };
    } catch (error) {
      if (error === DECLINE) return undefined;
      throw error;
    }
  }

  /** Records the span of a scalar or an empty value, when recording. */
  private scalarSpan(kind: 'scalar' | 'null' | 'block', start: number, end: number): void {
    if (this.recording) this.span = { kind, start, end };
  }

  /**
   * Finds the next line with content (skipping blank lines and comments) from `pos`, and sets the
   * current line to it. A `---` before any content starts the document; any other marker declines.
   */
  private peek(): boolean {
    const text = this.text;
    for (let pos = this.pos; pos < text.length; pos = this.next) {
      this.lineAt(pos);
      const at = this.skipSpaces(pos);
      if (at === this.eol || text.charCodeAt(at) === 35 /* # */) continue;
      if (at === pos && this.eol - pos >= 3 && (this.eol - pos === 3 || text.charCodeAt(pos + 3) === 32)) {
        const marker = text.slice(pos, pos + 3);
        if (marker === '...' || (marker === '---' && this.started)) throw DECLINE;
        if (marker === '---') {
          const rest = this.skipSpaces(pos + 3);
          if (rest < this.eol && text.charCodeAt(rest) !== 35) throw DECLINE; // `--- key: value`
          continue;
        }
      }
      this.pos = pos;
      this.indent = at - pos;
      this.at = at;
      return true;
    }
    this.pos = text.length;
    return false;
  }

  /** Makes the line that starts at `pos` the current one: sets `lineStart`, `eol` and `next`. */
  private lineAt(pos: number): void {
    const text = this.text;
    let newline = text.indexOf('\n', pos);
    if (newline < 0) newline = text.length;
    this.lineStart = pos;
    this.eol = newline > pos && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    this.next = newline + 1;
  }

  /** The first position from `at` that is not a space, or the end of the current line. */
  private skipSpaces(at: number): number {
    while (at < this.eol && this.text.charCodeAt(at) === 32) at++;
    return at;
  }

  /** Whether the current line is a block sequence entry: `-` then a space or the end of the line. */
  private isEntry(at: number): boolean {
    return (
      this.text.charCodeAt(at) === 45 /* - */ && (at + 1 === this.eol || this.text.charCodeAt(at + 1) === 32)
    );
  }

  /** Whether a plain scalar can start at `at`. */
  private plainStart(at: number): boolean {
    const first = this.text.charCodeAt(at);
    // `-` starts a scalar (`-5`) unless a space, the end of the line or a flow indicator follows.
    if (first === 45) return at + 1 < this.eol && NOT_AFTER_DASH[this.text.charCodeAt(at + 1)] !== 1;
    return NOT_PLAIN_START[first] !== 1;
  }

  /**
   * Scans a plain scalar in block context from `at` to the end of the line: it stops at a `:`
   * followed by a space or the end of the line (setting `scanColon` and `scanColonAt`), or at
   * ` #`. `scanEnd` is its end without trailing spaces.
   */
  private scanPlain(at: number): void {
    const text = this.text;
    const eol = this.eol;
    let end = eol;
    let colon = false;
    const hash = this.commentFrom(at);
    if (hash < end) end = hash;
    for (let found = this.colonFrom(at); found < end; found = this.colonFrom(found + 1)) {
      if (found + 1 === eol || text.charCodeAt(found + 1) === 32) {
        end = found;
        colon = true;
        this.scanColonAt = found;
        break;
      }
    }
    while (end > at && text.charCodeAt(end - 1) === 32) end--;
    this.scanEnd = end;
    this.scanColon = colon;
  }

  /**
   * The first ` #` at or after `at` (its space), or the text's length. Like `colonFrom`, a search
   * resumes from the last one's answer, so that the text is searched once, not once per scalar.
   */
  private commentFrom(at: number): number {
    if (at < this.hashFrom || at > this.hashAt) {
      const text = this.text;
      // A search for one character is many times faster than for two.
      let found = text.indexOf('#', at + 1);
      while (found >= 0 && text.charCodeAt(found - 1) !== 32) found = text.indexOf('#', found + 1);
      this.hashFrom = at;
      this.hashAt = found < 0 ? text.length : found - 1;
    }
    return this.hashAt;
  }

  /** The first `:` at or after `at`, or the text's length. */
  private colonFrom(at: number): number {
    if (at < this.colonSearch || at > this.colonAt) {
      const found = this.text.indexOf(':', at);
      this.colonSearch = at;
      this.colonAt = found < 0 ? this.text.length : found;
    }
    return this.colonAt;
  }

  /** A block mapping or sequence starting on the current line, at column `indent`. */
  private collectionAt(indent: number, depth: number): unknown {
    if (this.isEntry(this.at)) return this.sequence(indent, depth);
    if (this.plainStart(this.at)) {
      this.scanPlain(this.at);
      if (this.scanColon) return this.mapping(indent, this.at, depth);
    }
    throw DECLINE;
  }

  /**
   * A block mapping whose keys are at column `indent`, the first one at `first` on the current
   * line (which may follow a `- `).
   */
  private mapping(indent: number, first: number, depth: number): Record<string, unknown> {
    if (depth > SUBSET_DEPTH) throw DECLINE;
    const text = this.text;
    const map: Record<string, unknown> = {};
    const entries = this.recording ? new Map<string, { key: SubsetSpan; value: SubsetSpan }>() : undefined;
    let at = first;
    for (;;) {
      if (!this.plainStart(at)) throw DECLINE;
      this.scanPlain(at);
      const keyEnd = this.scanEnd;
      if (!this.scanColon || keyEnd === at || keyEnd - at > MAX_KEY) throw DECLINE;
      const key = knownKey(text, at, keyEnd) ?? resolvePlain(text.slice(at, keyEnd));
      if (!isPlainKey(key, map)) throw DECLINE;
      const value = this.skipSpaces(this.scanColonAt + 1);
      if (value === this.eol || text.charCodeAt(value) === 35 /* # */) {
        this.pos = this.next;
        map[key] = this.nested(indent, true, depth + 1, value);
      } else {
        map[key] = this.inline(value, indent, false, depth + 1);
      }
      const valueSpan = this.span as SubsetSpan;
      entries?.set(key, { key: { kind: 'scalar', start: at, end: keyEnd }, value: valueSpan });
      if (!this.peek() || this.indent < indent) {
        if (entries) this.span = { kind: 'map', start: first, end: valueSpan.end, entries };
        return map;
      }
      if (this.indent > indent || this.isEntry(this.at)) throw DECLINE;
      at = this.at;
    }
  }

  /** A block sequence whose `-` are at column `indent`. */
  private sequence(indent: number, depth: number): unknown[] {
    if (depth > SUBSET_DEPTH) throw DECLINE;
    const text = this.text;
    const list: unknown[] = [];
    const items: SubsetSpan[] | undefined = this.recording ? [] : undefined;
    const start = this.at;
    for (;;) {
      const at = this.skipSpaces(this.at + 1);
      if (at === this.eol || text.charCodeAt(at) === 35 /* # */) {
        this.pos = this.next;
        list.push(this.nested(indent, false, depth + 1, at));
      } else {
        list.push(this.inline(at, indent, true, depth + 1));
      }
      items?.push(this.span as SubsetSpan);
      // A line at this column that is not an entry ends the list: it may be the next key of a
      // mapping whose value the list is (`key:` then `- item` at the key's column).
      if (!this.peek() || this.indent < indent || (this.indent === indent && !this.isEntry(this.at))) {
        if (items)
          this.span = { kind: 'seq', start, end: (items[items.length - 1] as SubsetSpan).end, items };
        return list;
      }
      if (this.indent > indent) throw DECLINE;
    }
  }

  /**
   * The value of a `key:` or `-` with nothing after it on its line (from `after`): a collection on
   * the lines below, more indented than `indent` (or, under a key, a sequence at the key's
   * column), else null.
   */
  private nested(indent: number, sequenceAtIndent: boolean, depth: number, after: number): unknown {
    if (this.peek()) {
      if (this.indent > indent) return this.collectionAt(this.indent, depth);
      if (this.indent === indent && sequenceAtIndent && this.isEntry(this.at))
        return this.sequence(indent, depth);
    }
    this.scalarSpan('null', after, after);
    return null;
  }

  /**
   * A value that starts at `at` on the current line, under a key or `-` at column `indent`: a
   * scalar, a flow collection or a block scalar; after a `-`, also a compact mapping.
   */
  private inline(at: number, indent: number, mappingAllowed: boolean, depth: number): unknown {
    const text = this.text;
    const first = text.charCodeAt(at);
    let value: unknown;
    let end: number;
    if (first === 38 /* & */) return this.anchored(at, indent, depth);
    if (first === 42 /* * */) return this.alias(at);
    if (first === 34 /* " */ || first === 39 /* ' */) {
      value =
        this.quotedOverLines(at, indent) ?? (first === 34 ? this.doubleQuoted(at) : this.singleQuoted(at));
      end = this.scanEnd;
      this.scalarSpan('scalar', at, end);
    } else if (first === 91 /* [ */ || first === 123 /* { */) {
      value = this.flow(at, indent, depth);
      end = this.scanEnd;
    } else if (first === 124 /* | */ || first === 62 /* > */) {
      const scalar = this.blockScalar(at, indent);
      this.scalarSpan('block', at, this.pos);
      return scalar;
    } else {
      if (!this.plainStart(at)) throw DECLINE;
      this.scanPlain(at);
      if (this.scanColon) {
        if (!mappingAllowed) throw DECLINE; // `key: a: b`
        return this.mapping(at - this.lineStart, at, depth);
      }
      const firstEnd = this.scanEnd;
      const folded = this.plainOverLines(at, indent);
      if (folded !== undefined) {
        value = resolvePlain(folded);
        if (typeof value !== 'string') throw DECLINE;
        end = this.scanEnd;
        this.scalarSpan('scalar', at, end);
      } else {
        value = resolvePlain(text.slice(at, firstEnd));
        if (isDoubtfulNumber(value)) throw DECLINE;
        end = firstEnd;
        this.scalarSpan(value === null ? 'null' : 'scalar', at, end);
      }
    }
    // After a quoted or flow value: only spaces, then the end of the line or a comment.
    const rest = this.skipSpaces(end);
    if (rest < this.eol && (rest === end || text.charCodeAt(rest) !== 35)) throw DECLINE;
    this.pos = this.next;
    return value;
  }

  /**
   * A scalar with an anchor (`&name value`), at `at`, under a key or `-` at column `indent`. Its
   * span, as yaml's node range, leaves the anchor out.
   */
  private anchored(at: number, indent: number, depth: number): unknown {
    const text = this.text;
    const nameEnd = this.anchorNameEnd(at);
    const valueAt = this.skipSpaces(nameEnd);
    const code = text.charCodeAt(valueAt);
    // An anchor on a collection, on nothing, or with other properties: left to yaml.
    if (valueAt === nameEnd || valueAt === this.eol || code === 35 || code === 38 || code === 42)
      throw DECLINE;
    if (code === 33 || code === 91 || code === 123 || code === 124 || code === 62) throw DECLINE;
    const name = text.slice(at + 1, nameEnd);
    this.anchors ??= new Map();
    if (this.anchors.has(name)) throw DECLINE;
    const line = this.lineStart;
    const value = this.inline(valueAt, indent, false, depth);
    // yaml folds an anchored scalar wrapped over lines differently (spaces before a line break kept).
    if (this.lineStart !== line) throw DECLINE;
    this.anchors.set(name, { value, span: this.span });
    return value;
  }

  /** An alias (`*name`) to a scalar anchored before it, alone on its line but for a comment. */
  private alias(at: number): unknown {
    const nameEnd = this.anchorNameEnd(at);
    const rest = this.skipSpaces(nameEnd);
    if (rest < this.eol && (rest === nameEnd || this.text.charCodeAt(rest) !== 35)) throw DECLINE;
    const anchored = this.anchors?.get(this.text.slice(at + 1, nameEnd));
    if (!anchored || ++this.aliases > MAX_ALIASES) throw DECLINE;
    if (this.recording)
      this.span = { kind: 'alias', start: at, end: nameEnd, target: anchored.span as SubsetSpan };
    this.pos = this.next;
    return anchored.value;
  }

  /** The end of the anchor or alias name after the `&` or `*` at `at`; declines an empty one. */
  private anchorNameEnd(at: number): number {
    let end = at + 1;
    while (end < this.eol && ANCHOR_NAME[this.text.charCodeAt(end)] === 1) end++;
    const next = this.text.charCodeAt(end);
    if (end === at + 1 || (end < this.eol && next !== 32)) throw DECLINE;
    return end;
  }

  /**
   * A plain scalar that goes on over the next lines (each indented past `indent`), folded as YAML
   * folds it: a line break between two lines is a space, each blank line a line feed. `undefined`
   * (and nothing moved) when the next line with content is not indented past `indent`. The first
   * line was scanned by `scanPlain`. Declined: a comment on any of its lines, a continuation line
   * that starts with an indicator or holds a key (`: `).
   */
  private plainOverLines(at: number, indent: number): string | undefined {
    const text = this.text;
    const firstEnd = this.scanEnd;
    const firstEol = this.eol;
    const firstLine = this.lineStart;
    let pos = this.next;
    // Most often the next line has content at or left of `indent`: no continuation, found cheaply.
    let first = pos;
    while (first < text.length && text.charCodeAt(first) === 32) first++;
    // The end of the text reads as a line end: a read past it (NaN) makes V8 drop its optimised code.
    const code = first < text.length ? text.charCodeAt(first) : 10;
    if (first - pos <= indent && code !== 10 && code !== 13) return undefined;
    let value: string | undefined;
    let end = firstEnd;
    let blanks = 0;
    while (pos < text.length) {
      this.lineAt(pos);
      const start = this.skipSpaces(pos);
      if (start === this.eol) {
        blanks++;
        pos = this.next;
        continue;
      }
      if (start - pos <= indent) break;
      if (value === undefined) {
        // The first line must hold nothing after the scalar (a comment would end it).
        if (this.skipSpaces(firstEnd) < firstEol) throw DECLINE;
        value = text.slice(at, firstEnd);
      }
      const code = text.charCodeAt(start);
      if (code === 45 /* - */ || NOT_PLAIN_START[code] === 1) throw DECLINE;
      this.scanPlain(start);
      if (this.scanColon || this.skipSpaces(this.scanEnd) < this.eol) throw DECLINE;
      value += blanks > 0 ? '\n'.repeat(blanks) : ' ';
      value += text.slice(start, this.scanEnd);
      end = this.scanEnd;
      blanks = 0;
      pos = this.next;
    }
    if (value === undefined) {
      // Not multi-line: the current line is the scalar's own again.
      this.lineAt(firstLine);
      this.scanEnd = firstEnd;
      return undefined;
    }
    // The current line is the scalar's last: `inline` moves on from it.
    this.lineAt(this.lineStartOf(end));
    this.scanEnd = end;
    return value;
  }

  /** Where the line holding offset `at` starts. */
  private lineStartOf(at: number): number {
    return this.text.lastIndexOf('\n', at - 1) + 1;
  }

  /**
   * A single- or double-quoted scalar (at `at`, under a key or `-` at column `indent`) that closes
   * on a later line, folded as YAML folds it: spaces around a line break dropped, the break a
   * space, each blank line a line feed. `undefined` when it closes on its first line. Declined: a
   * backslash in a double-quoted one, a line not indented past `indent`, an unclosed quote.
   */
  private quotedOverLines(at: number, indent: number): string | undefined {
    const text = this.text;
    const quote = text.charCodeAt(at);
    let close = at + 1;
    for (;;) {
      close = text.indexOf(quote === 34 ? '"' : "'", close);
      if (close < 0) throw DECLINE;
      if (quote === 39 && text.charCodeAt(close + 1) === 39) {
        close += 2;
        continue;
      }
      break;
    }
    if (close < this.eol) return undefined;
    const raw = text.slice(at + 1, close);
    if (quote === 34 && raw.includes('\\')) throw DECLINE;
    const lines = raw.split('\n');
    let value = '';
    let blanks = 0;
    for (let index = 0; index < lines.length; index++) {
      let line = lines[index] as string;
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (line.includes('\r')) throw DECLINE;
      if (index > 0) {
        const spaces = line.length - line.trimStart().length;
        const content = line.trim();
        // Every line after the first is indented past the key or dash, or is blank.
        if (content !== '' && spaces <= indent) throw DECLINE;
        if (index === lines.length - 1 && spaces <= indent) throw DECLINE;
        if (content === '' && index < lines.length - 1) {
          blanks++;
          continue;
        }
        value += blanks > 0 ? '\n'.repeat(blanks) : ' ';
        blanks = 0;
        value += index === lines.length - 1 ? line.trimStart() : content;
      } else {
        value = lines.length > 1 ? line.trimEnd() : line;
      }
    }
    if (quote === 39) value = value.replaceAll("''", "'");
    this.lineAt(this.lineStartOf(close));
    this.scanEnd = close + 1;
    return value;
  }

  /** A double-quoted scalar closed on its line, with the simplest escapes only. */
  private doubleQuoted(at: number): string {
    const text = this.text;
    const close = text.indexOf('"', at + 1);
    if (close < 0 || close >= this.eol) throw DECLINE;
    let backslash = at + 1;
    while (backslash < close && text.charCodeAt(backslash) !== 92) backslash++;
    if (backslash === close) {
      this.scanEnd = close + 1;
      return text.slice(at + 1, close);
    }
    let value = '';
    let from = at + 1;
    for (let i = from; ; i++) {
      if (i >= this.eol) throw DECLINE;
      const code = text.charCodeAt(i);
      if (code === 34) {
        this.scanEnd = i + 1;
        return value + text.slice(from, i);
      }
      if (code !== 92 /* \ */) continue;
      const escaped = text[i + 1];
      const replacement =
        escaped === '\\' || escaped === '"' || escaped === '/'
          ? escaped
          : escaped === 'n'
            ? '\n'
            : escaped === 't'
              ? '\t'
              : undefined;
      if (replacement === undefined) throw DECLINE;
      value += text.slice(from, i) + replacement;
      i++;
      from = i + 1;
    }
  }

  /** A single-quoted scalar closed on its line (`''` is a quote). */
  private singleQuoted(at: number): string {
    const text = this.text;
    let value = '';
    let from = at + 1;
    for (;;) {
      const close = text.indexOf("'", from);
      if (close < 0 || close >= this.eol) throw DECLINE;
      if (text.charCodeAt(close + 1) === 39) {
        value += text.slice(from, close + 1);
        from = close + 2;
        continue;
      }
      this.scanEnd = close + 1;
      return value + text.slice(from, close);
    }
  }

  /**
   * A flow sequence or mapping of plain and quoted scalars and flow collections, under a key or `-`
   * at column `indent`. It may span lines, each indented past `indent`, with comments and a
   * trailing comma; a plain scalar in it stays on one line. The current line becomes its last.
   */
  private flow(at: number, indent: number, depth: number): unknown {
    if (depth > SUBSET_DEPTH) throw DECLINE;
    const text = this.text;
    const isList = text.charCodeAt(at) === 91;
    const closing = isList ? 93 : 125;
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    const items: SubsetSpan[] | undefined = this.recording && isList ? [] : undefined;
    const entries =
      this.recording && !isList ? new Map<string, { key: SubsetSpan; value: SubsetSpan }>() : undefined;
    let i = this.flowSpace(at + 1, indent);
    while (text.charCodeAt(i) !== closing) {
      if (isList) {
        list.push(this.flowValue(i, indent, depth));
        items?.push(this.span as SubsetSpan);
      } else {
        if (!this.plainStart(i)) throw DECLINE;
        const end = this.flowPlainEnd(i);
        if (text.charCodeAt(end) !== 58 /* : */ || text.charCodeAt(end + 1) !== 32) throw DECLINE;
        const keyText = this.trimmed(i, end);
        const key = resolvePlain(keyText);
        if (!isPlainKey(key, map)) throw DECLINE;
        map[key] = this.flowValue(this.flowSpace(end + 2, indent), indent, depth);
        entries?.set(key, {
          key: { kind: 'scalar', start: i, end: i + keyText.length },
          value: this.span as SubsetSpan,
        });
      }
      i = this.flowSpace(this.scanEnd, indent);
      const code = text.charCodeAt(i);
      if (code === 44 /* , */) {
        i = this.flowSpace(i + 1, indent);
        if (text.charCodeAt(i) === 44) throw DECLINE; // `[a,,b]`
      } else if (code !== closing) {
        throw DECLINE;
      }
    }
    this.scanEnd = i + 1;
    if (items) this.span = { kind: 'seq', start: at, end: i + 1, items };
    else if (entries) this.span = { kind: 'map', start: at, end: i + 1, entries };
    return isList ? list : map;
  }

  /** A value inside a flow collection; `scanEnd` is set after it. A `:` after it (a pair) declines. */
  private flowValue(at: number, indent: number, depth: number): unknown {
    const text = this.text;
    const first = text.charCodeAt(at);
    let value: unknown;
    if (first === 34 || first === 39) {
      value = first === 34 ? this.doubleQuoted(at) : this.singleQuoted(at);
      this.scalarSpan('scalar', at, this.scanEnd);
    } else if (first === 91 || first === 123) {
      value = this.flow(at, indent, depth + 1);
    } else {
      if (!this.plainStart(at)) throw DECLINE;
      const end = this.flowPlainEnd(at);
      const source = this.trimmed(at, end);
      value = resolvePlain(source);
      if (isDoubtfulNumber(value)) throw DECLINE;
      this.scanEnd = end;
      this.scalarSpan(value === null ? 'null' : 'scalar', at, at + source.length);
    }
    if (text.charCodeAt(this.flowSpace(this.scanEnd, indent)) === 58) throw DECLINE;
    return value;
  }

  /**
   * Where a plain scalar in a flow collection ends: at `,`, `]` or `}`, at the `:` of a key (`: `),
   * or at the end of the line. Any other `:`, a `#`, a bracket or a brace in it declines.
   */
  private flowPlainEnd(at: number): number {
    const text = this.text;
    for (let i = at; i < this.eol; i++) {
      const code = text.charCodeAt(i);
      if (FLOW_STOP[code] !== 1) continue;
      if (code === 44 /* , */ || code === 93 /* ] */ || code === 125 /* } */) return i;
      if (code === 58 /* : */ && text.charCodeAt(i + 1) === 32) return i;
      throw DECLINE;
    }
    return this.eol;
  }

  /**
   * Skips spaces in a flow collection, and line ends, blank lines and comments, moving the current
   * line along. A line with content must be indented past `indent`; the end of the text declines.
   */
  private flowSpace(at: number, indent: number): number {
    const text = this.text;
    for (;;) {
      while (at < this.eol && text.charCodeAt(at) === 32) at++;
      if (at < this.eol) {
        const comment =
          text.charCodeAt(at) === 35 && (at === this.lineStart || text.charCodeAt(at - 1) === 32);
        if (!comment) return at;
      }
      if (this.next > text.length) throw DECLINE;
      this.lineAt(this.next);
      at = this.skipSpaces(this.lineStart);
      if (at < this.eol && at - this.lineStart <= indent) throw DECLINE;
    }
  }

  /** The text from `start` to `end` without trailing spaces (YAML's, not JavaScript's whitespace). */
  private trimmed(start: number, end: number): string {
    while (end > start && this.text.charCodeAt(end - 1) === 32) end--;
    return this.text.slice(start, end);
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar, clipped or stripped (`-`), whose header is at
   * `at`, under a key or `-` at column `indent`. Declined: keep (`+`) and indentation indicators,
   * leading blank lines, blank lines with more spaces than the content, an empty scalar, and in a
   * folded scalar, more-indented lines and trailing spaces.
   */
  private blockScalar(at: number, indent: number): string {
    const text = this.text;
    const folded = text.charCodeAt(at) === 62;
    let header = at + 1;
    const strip = text.charCodeAt(header) === 45;
    if (strip) header++;
    const afterHeader = this.skipSpaces(header);
    if (afterHeader < this.eol && (afterHeader === header || text.charCodeAt(afterHeader) !== 35))
      throw DECLINE;

    const length = text.length;
    let contentIndent = -1;
    let value = '';
    let blanks = 0;
    let first = true;
    let pos = this.next;
    while (pos < length) {
      this.lineAt(pos);
      const spaces = this.skipSpaces(pos) - pos;
      if (pos + spaces === this.eol) {
        // A blank line: part of the scalar if more content follows.
        if (contentIndent < 0 || spaces > contentIndent) throw DECLINE;
        blanks++;
        pos = this.next;
        continue;
      }
      if (contentIndent < 0) {
        if (spaces <= indent) throw DECLINE; // an empty scalar
        contentIndent = spaces;
      } else if (spaces < contentIndent) {
        break;
      }
      if (folded && (spaces > contentIndent || text.charCodeAt(this.eol - 1) === 32)) throw DECLINE;
      if (!first) value += folded && blanks === 0 ? ' ' : '\n'.repeat(folded ? blanks : blanks + 1);
      value += text.slice(pos + contentIndent, this.eol);
      first = false;
      blanks = 0;
      pos = this.next;
    }
    if (contentIndent < 0) throw DECLINE;
    this.pos = Math.min(pos, length);
    return strip ? value : `${value}\n`;
  }
}
