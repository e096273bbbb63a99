import type { CST, Document, LineCounter, Node, Pair, YAMLError } from 'yaml';
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

const friendlyYamlMessages: Record<string, string> = {
  TAB_AS_INDENT: 'tabs are not allowed as indentation in YAML: indent with spaces',
  BLOCK_AS_IMPLICIT_KEY:
    "a value that contains ': ' must be quoted, for example title: \"SQL: basics\" (YAML reads an unquoted ': ' as a nested key)",
  MULTILINE_IMPLICIT_KEY:
    'a key must fit on one line: is a colon or an indentation missing on the line before?',
  BAD_INDENT: 'wrong indentation: this line is not aligned with the lines around it',
  MISSING_CHAR: 'a closing character is missing',
  UNEXPECTED_TOKEN: 'unexpected character',
};

/** Parses YAML 1.2 text with every guard the format needs, never throwing on bad input. */
export function parseYaml(text: string): ParsedYaml {
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
      message: 'a blueprint is one YAML document: remove this second document (a line "---" starts one)',
      offset: second.offset,
      endOffset: second.offset + 3,
    });
    return result;
  }
  const tooDeep = first ? findTooDeep(first) : undefined;
  if (tooDeep !== undefined) {
    result.offsetFindings.push({
      rule: 'yaml-syntax',
      message: `nesting is deeper than ${MAX_DEPTH} levels: a blueprint is never that deep`,
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

  for (const error of doc.errors) result.offsetFindings.push(fromYamlError(error, doc));
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      const tag = /Unresolved tag: (\S+)/.exec(warning.message)?.[1] ?? 'this tag';
      result.offsetFindings.push({
        rule: 'yaml-syntax',
        message: `unknown tag ${tag.replace('tag:yaml.org,2002:', '!!')}: blueprints use plain YAML values, without tags`,
        offset: warning.pos[0],
        endOffset: warning.pos[1],
      });
    }
  }
  checkNodes(doc, result, lineCounter);
  // Any finding here ends the check of this file: no data needed (and yaml would warn on stderr
  // about a collection used as a key while converting it).
  if (result.offsetFindings.length > 0) return result;

  try {
    result.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    const alias = firstAlias(doc);
    result.offsetFindings.push({
      rule: 'yaml-syntax',
      message: `aliases expand to too many nodes (more than ${MAX_ALIAS_COUNT}): a blueprint needs no alias bomb`,
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

function fromYamlError(error: YAMLError, doc: Document.Parsed): OffsetFinding {
  const [offset, endOffset] = error.pos;
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    const start = unclosedQuoteStart(doc, offset);
    return {
      rule: 'yaml-syntax',
      message: 'this quoted text is never closed: add the closing quote',
      offset: start ?? offset,
      endOffset: (start ?? offset) + 1,
    };
  }
  const raw = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
  const friendly = friendlyYamlMessages[error.code];
  const message = friendly ? `${friendly} (YAML: ${lowerFirst(raw)})` : lowerFirst(raw);
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
function checkNodes(doc: Document.Parsed, result: ParsedYaml, lines: LineCounter): void {
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
          message: `unknown alias *${node.source}: no anchor &${node.source} comes before it`,
          offset: start,
          endOffset: end,
        });
      } else if (target.range && target.range[0] <= start && start < target.range[1]) {
        result.offsetFindings.push({
          rule: 'yaml-syntax',
          message: `alias *${node.source} is inside the node it refers to: a cycle`,
          offset: start,
          endOffset: end,
        });
      }
      return;
    }
    if ((isScalar(node) || isCollection(node)) && node.anchor) anchors.set(node.anchor, node);
    if (isMap(node)) checkDuplicateKeys(node.items, result, lines);
    else if (isPair(node)) checkKey(node.key, result);
    else if (isScalar(node) && typeof node.value === 'number') {
      const value = node.value;
      const why = !Number.isFinite(value)
        ? `${node.source} is not a finite number`
        : Number.isInteger(value) && !Number.isSafeInteger(value)
          ? `${node.source} is too large to be represented exactly (the largest safe whole number is 9007199254740991)`
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
        message: 'keys must be plain text, not a list, mapping or alias',
        offset: (key as Node).range?.[0] ?? 0,
        endOffset: (key as Node).range?.[1] ?? 1,
      });
    } else if (isScalar(key) && key.value === '<<' && key.type === Scalar.PLAIN) {
      found.offsetFindings.push({
        rule: 'schema',
        message:
          'merge keys (`<<`) are not part of YAML 1.2 and blueprints do not use them: write the keys out in full',
        offset: key.range?.[0] ?? 0,
        endOffset: key.range?.[1] ?? 1,
      });
    } else if (isScalar(key) && key.value === null) {
      found.offsetFindings.push({
        rule: 'schema',
        message: 'a key is missing before this colon',
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
function checkDuplicateKeys(pairs: readonly Pair[], result: ParsedYaml, lines: LineCounter): void {
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
      message: `duplicate key \`${String(key.value)}\`: it is already set on line ${lines.linePos(earlier).line}; keep one`,
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
