import type { CST, Document, LineCounter, Node, Pair, YAMLError } from 'yaml';
import { type Catalogue, type Locale, messages } from '../i18n/index.js';
import type { PathFinding } from '../types.js';
import { lowerFirst } from '../util/words.js';
import { formatPointer } from './pointer.js';
import { yamlModule } from './yaml-module.js';

/** Deepest nesting of collections a blueprint may have (the format is 6 levels deep). */
export const MAX_DEPTH = 64;
/** Most aliases a document may expand before it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

/** A problem found while reading YAML, at a character offset of the text. */
export interface OffsetFinding {
  rule: 'yaml-syntax' | 'duplicate-key' | 'schema';
  message: string;
  offset: number;
  endOffset: number;
}

/** YAML text parsed into a document that keeps positions, and the plain data it holds. */
export interface ParsedYaml {
  text: string;
  lineCounter: LineCounter;
  /** The document, when the text could be parsed (even with findings). */
  doc?: Document.Parsed;
  /** The plain data, when the text parsed without a syntax finding. */
  data?: unknown;
  /** Findings located by offset (syntax, duplicate keys, unsafe values). */
  offsetFindings: OffsetFinding[];
  /** Findings located by path (values YAML allows but a blueprint cannot hold). */
  pathFindings: PathFinding[];
  /** The concrete syntax tree, with every comment and its offset (inline suppression reads it). */
  tokens: CST.Token[];
}

/** Words of the reading messages in one locale. */
type Say = Catalogue['input'];

/** Parses YAML 1.2 text with every guard the format needs, never throwing on bad input; messages in `locale`. */
export function parseYaml(text: string, locale: Locale = 'en'): ParsedYaml {
  const say = messages(locale).input;
  const { Composer, LineCounter, Parser } = yamlModule();
  const lineCounter = new LineCounter();
  // Line starts come from the text itself: the parser does not report the line breaks inside
  // every token it cannot place (an error token spanning lines would then be mislocated).
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
  const tokens = Array.from(new Parser().parse(text));
  const result: ParsedYaml = { text, lineCounter, offsetFindings: [], pathFindings: [], tokens };

  const [first, second] = tokens.filter((token) => token.type === 'document');
  if (second) {
    result.offsetFindings.push({
      rule: 'yaml-syntax',
      message: say.secondDocument,
      offset: second.offset,
      endOffset: second.offset + 3,
    });
    return result;
  }
  const tooDeep = first ? findTooDeep(first) : undefined;
  if (tooDeep !== undefined) {
    result.offsetFindings.push({
      rule: 'yaml-syntax',
      message: say.tooDeep(MAX_DEPTH),
      offset: tooDeep,
      endOffset: tooDeep + 1,
    });
    return result;
  }

  // Duplicate keys are found by checkNodes, with a map per mapping: yaml's own check compares each
  // key with every key before it, which is quadratic in the size of a mapping.
  const composer = new Composer({ version: '1.2', schema: 'core', uniqueKeys: false, merge: false });
  const docs = Array.from(composer.compose(tokens, true, text.length));
  const doc = docs[0];
  if (!doc) return result;
  result.doc = doc;

  for (const error of doc.errors) result.offsetFindings.push(fromYamlError(error, doc, say));
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      const tag = /Unresolved tag: (\S+)/.exec(warning.message)?.[1] ?? say.thisTag;
      result.offsetFindings.push({
        rule: 'yaml-syntax',
        message: say.unknownTag(tag.replace('tag:yaml.org,2002:', '!!')),
        offset: warning.pos[0],
        endOffset: warning.pos[1],
      });
    }
  }
  checkNodes(doc, result, lineCounter, say);
  // Any finding here ends the check of this file: no data needed (and yaml would warn on stderr
  // about a collection used as a key while converting it).
  if (result.offsetFindings.length > 0) return result;

  try {
    result.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    const alias = firstAlias(doc);
    result.offsetFindings.push({
      rule: 'yaml-syntax',
      message: say.aliasBomb(MAX_ALIAS_COUNT),
      offset: alias?.range?.[0] ?? 0,
      endOffset: alias?.range?.[1] ?? 1,
    });
  }
  return result;
}

/** Finds the offset where collections nest deeper than MAX_DEPTH, walking the CST without recursion. */
function findTooDeep(root: CST.Token): number | undefined {
  const stack: Array<[CST.Token | undefined, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [CST.Token | undefined, number];
    if (!token) continue;
    switch (token.type) {
      case 'document':
        stack.push([token.value, depth]);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        if (depth + 1 > MAX_DEPTH) return token.offset;
        for (const item of token.items) {
          if ('key' in item) stack.push([item.key ?? undefined, depth + 1]);
          stack.push([item.value, depth + 1]);
        }
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}

function fromYamlError(error: YAMLError, doc: Document.Parsed, say: Say): OffsetFinding {
  const [offset, endOffset] = error.pos;
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    const start = unclosedQuoteStart(doc, offset);
    return {
      rule: 'yaml-syntax',
      message: say.unclosedQuote,
      offset: start ?? offset,
      endOffset: (start ?? offset) + 1,
    };
  }
  const raw = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
  const friendly = say.friendly[error.code];
  const message = friendly ? say.withYaml(friendly, lowerFirst(raw)) : lowerFirst(raw);
  return { rule: 'yaml-syntax', message, offset, endOffset: Math.max(endOffset, offset + 1) };
}

function unclosedQuoteStart(doc: Document.Parsed, errorOffset: number): number | undefined {
  const { Scalar, visit } = yamlModule();
  let start: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
      if (quoted && node.range && node.range[0] < errorOffset && node.range[1] >= errorOffset - 1) {
        start = node.range[0];
      }
    },
  });
  return start;
}

/**
 * Checks aliases, keys and numbers: what parses as YAML but a blueprint cannot hold. One walk of
 * the document: anchors are remembered as they come (an alias names the last one before it, as
 * yaml's `Alias.resolve` finds by walking the whole document each time), and each mapping's keys
 * are looked up in a map of the keys before them.
 */
function checkNodes(doc: Document.Parsed, result: ParsedYaml, lines: LineCounter, say: Say): void {
  const { isAlias, isCollection, isMap, isPair, isScalar, Scalar, visit } = yamlModule();
  const anchors = new Map<string, Node>();
  const indexes = new WeakMap<object, Map<unknown, number>>();
  visit(doc, (_, node, path) => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const [start, end] = node.range ?? [0, 1];
      if (!target) {
        result.offsetFindings.push({
          rule: 'yaml-syntax',
          message: say.unknownAlias(node.source),
          offset: start,
          endOffset: end,
        });
      } else if (target.range && target.range[0] <= start && start < target.range[1]) {
        result.offsetFindings.push({
          rule: 'yaml-syntax',
          message: say.aliasCycle(node.source),
          offset: start,
          endOffset: end,
        });
      }
      return;
    }
    if ((isScalar(node) || isCollection(node)) && node.anchor) anchors.set(node.anchor, node);
    if (isMap(node)) checkDuplicateKeys(node.items, result, lines, say);
    else if (isPair(node)) checkKey(node.key, result);
    else if (isScalar(node) && typeof node.value === 'number') {
      const value = node.value;
      const why = !Number.isFinite(value)
        ? say.notFinite(String(node.source))
        : Number.isInteger(value) && !Number.isSafeInteger(value)
          ? say.unsafeInteger(String(node.source))
          : undefined;
      if (why) {
        result.pathFindings.push({ rule: 'schema', message: why, path: pointerOf(path, node, indexes) });
      }
    }
  });

  function checkKey(key: unknown, found: ParsedYaml): void {
    if (isCollection(key) || isAlias(key)) {
      found.offsetFindings.push({
        rule: 'schema',
        message: say.keyNotPlain,
        offset: (key as Node).range?.[0] ?? 0,
        endOffset: (key as Node).range?.[1] ?? 1,
      });
    } else if (isScalar(key) && key.value === '<<' && key.type === Scalar.PLAIN) {
      found.offsetFindings.push({
        rule: 'schema',
        message: say.mergeKey,
        offset: key.range?.[0] ?? 0,
        endOffset: key.range?.[1] ?? 1,
      });
    } else if (isScalar(key) && key.value === null) {
      found.offsetFindings.push({
        rule: 'schema',
        message: say.keyMissing,
        offset: key.range?.[0] ?? 0,
        endOffset: (key.range?.[0] ?? 0) + 1,
      });
    }
  }
}

/**
 * Reports each key of a mapping equal to one before it (as yaml's `uniqueKeys` would: scalars
 * with the same value), naming the line of the first.
 */
function checkDuplicateKeys(pairs: readonly Pair[], result: ParsedYaml, lines: LineCounter, say: Say): void {
  const { isScalar } = yamlModule();
  if (pairs.length < 2) return;
  const first = new Map<unknown, number>();
  for (const pair of pairs) {
    const key = pair.key;
    if (!isScalar(key) || (typeof key.value === 'number' && Number.isNaN(key.value))) continue;
    const offset = key.range?.[0] ?? 0;
    const earlier = first.get(key.value);
    if (earlier === undefined) {
      first.set(key.value, offset);
      continue;
    }
    result.offsetFindings.push({
      rule: 'duplicate-key',
      message: say.duplicateKey(String(key.value), lines.linePos(earlier).line),
      offset,
      endOffset: offset + 1,
    });
  }
}

/**
 * Rebuilds the JSON Pointer of a node from the ancestors `visit` hands over. A list's positions
 * are indexed once (in `indexes`), not searched for each node.
 */
function pointerOf(
  ancestors: readonly unknown[],
  node: unknown,
  indexes: WeakMap<object, Map<unknown, number>>,
): string {
  const { isCollection, isMap, isScalar } = yamlModule();
  const segments: Array<string | number> = [];
  const chain = [...ancestors.slice(1), node];
  for (let index = 0; index < chain.length - 1; index++) {
    const parent = chain[index];
    const child = chain[index + 1];
    if (isMap(parent)) continue;
    if (isCollection(parent)) {
      let positions = indexes.get(parent);
      if (!positions) {
        positions = new Map();
        for (let at = parent.items.length - 1; at >= 0; at--) positions.set(parent.items[at], at);
        indexes.set(parent, positions);
      }
      segments.push(positions.get(child) ?? -1);
    } else if (parent && typeof parent === 'object' && 'key' in parent && 'value' in parent) {
      if ((parent as { value: unknown }).value === child) {
        const key = (parent as { key: unknown }).key;
        segments.push(isScalar(key) ? String(key.value) : String(key));
      }
    }
  }
  return formatPointer(segments);
}

function firstAlias(doc: Document.Parsed): Node | undefined {
  const { visit } = yamlModule();
  let found: Node | undefined;
  visit(doc, {
    Alias(_, alias) {
      found = alias;
      return visit.BREAK;
    },
  });
  return found;
}
