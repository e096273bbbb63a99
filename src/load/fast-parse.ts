import { createRequire } from 'node:module';
import type * as JsYaml from 'js-yaml';
import { type CoreScalar, coreScalarOf, isDoubtfulNumber } from './core-scalars.js';
import { MAX_DEPTH } from './parse.js';
import { parseYamlSubset } from './subset-parse.js';

const require = createRequire(import.meta.url);

/**
 * What the fast parse gave: the plain data and which parser read it (findings are placed by the
 * same one), or `undefined` when the text uses something neither fast parser can promise to read
 * exactly as `parseYaml` does (then the full path decides).
 */
export type FastParsed = { data: unknown; parser: 'subset' | 'js-yaml' } | undefined;

/**
 * Set by the scalar type below when a value would be a finding in `parseYaml` (a number that is
 * not finite or not a safe integer, wherever it is, keys included). Reset before each parse.
 */
let unsure = false;

/** The core scalar `resolve` found, for `construct`, which js-yaml calls right after. */
let resolved: CoreScalar | undefined;

/** js-yaml and the schema it parses with, loaded on first use: most files never need them. */
let jsYaml: { load: typeof JsYaml.load; schema: JsYaml.Schema } | undefined;

function loadJsYaml(): NonNullable<typeof jsYaml> {
  if (jsYaml) return jsYaml;
  const { load, Schema, Type } = require('js-yaml') as typeof JsYaml;
  /**
   * One js-yaml type for every core scalar, tried in their order, rather than one type each:
   * js-yaml tries every implicit type on every plain scalar, and most scalars are words, whose
   * first character rules them all out at once. The tag is private: an explicit `!!int` in a file
   * is an unknown tag here, so that file goes the full way.
   */
  const schema = new Schema({
    implicit: [
      new Type('tag:course-blueprint,fast:core', {
        kind: 'scalar',
        resolve: (data: unknown) => {
          resolved = typeof data === 'string' ? coreScalarOf(data) : undefined;
          return resolved !== undefined;
        },
        construct: (data: string) => {
          const value = (resolved as CoreScalar).construct(data);
          if (isDoubtfulNumber(value)) unsure = true;
          return value;
        },
      }),
    ],
  });
  jsYaml = { load, schema };
  return jsYaml;
}

/**
 * Text js-yaml would read differently from yaml, left to the full parser, found by cheap patterns
 * that may match more than they need to (then the file only takes the slower path): directives,
 * tags and anchors (so no aliases either), merge keys, explicit `?` keys and flow collections
 * used as keys, a comment glued to a closing quote or bracket (an error for yaml, not for
 * js-yaml), content on the line of a `---` or `...` marker, a `!` alone (the non-specific tag,
 * `! text`), and a tab at the start of a line (js-yaml accepts `--- a: 1` with a second key
 * under it, and a tab-only line in a block scalar, which yaml refuses: both found by the YAML
 * test suite corpus). Each pattern is tried only when the character it needs is in the text at
 * all. The subset parser declines all of these itself.
 */
function leaveToFullParser(text: string): boolean {
  return (
    (text.includes('%') && /^%/m.test(text)) ||
    ((text.includes('&') || text.includes('!')) && /(?:^|[\s[{,])(?:&\S|!)/.test(text)) ||
    text.includes('<<') ||
    (text.includes('?') &&
      (/^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)/m.test(text) || /[[{,][ \t]*\?(?:\s|$)/.test(text))) ||
    text.includes('"#') ||
    text.includes("'#") ||
    closingBracketThen(text, ']') ||
    closingBracketThen(text, '}') ||
    ((text.includes('---') || text.includes('...')) && /^(?:---|\.\.\.)[ \t]+[^\s#]/m.test(text)) ||
    (text.includes('\t') && /^ *\t/m.test(text))
  );
}

/** Whether a closing bracket is followed by `:` (a flow collection as a key) or a glued `#`. */
function closingBracketThen(text: string, bracket: string): boolean {
  for (let at = text.indexOf(bracket); at >= 0; at = text.indexOf(bracket, at + 1)) {
    let next = at + 1;
    while (text[next] === ' ' || text[next] === '\t') next++;
    if (text[next] === ':' || text[at + 1] === '#') return true;
  }
  return false;
}

/** Options js-yaml takes that its type definitions do not all list. */
interface LoadOptions {
  schema: JsYaml.Schema;
  json: boolean;
  maxDepth: number;
  onWarning: () => void;
  listener?: (
    event: 'open' | 'close',
    state: { position: number; kind: string | null; result: unknown },
  ) => void;
}

/**
 * A node as js-yaml composed it: where composing started (before the separation space) and ended,
 * its kind and value, and the nodes composed inside it (a mapping's keys and values, in turn).
 */
export interface YamlSpan {
  kind: string | null;
  start: number;
  end: number;
  result: unknown;
  children: YamlSpan[];
}

/**
 * Parses text that `parseYamlFast` accepted again, recording where each node is, for the findings
 * to be located without the full parser. Returns the root node, or `undefined` if it cannot.
 */
export function parseYamlSpans(text: string): YamlSpan | undefined {
  const { load, schema } = loadJsYaml();
  const open: YamlSpan[] = [];
  let root: YamlSpan | undefined;
  const options: LoadOptions = {
    schema,
    json: false,
    maxDepth: MAX_DEPTH,
    onWarning: () => undefined,
    listener: (event, state) => {
      if (event === 'open') {
        open.push({
          kind: null,
          start: state.position,
          end: state.position,
          result: undefined,
          children: [],
        });
        return;
      }
      const span = open.pop();
      if (!span) return;
      span.kind = state.kind;
      span.end = state.position;
      span.result = state.result;
      const parent = open[open.length - 1];
      if (parent) parent.children.push(span);
      else root = span;
    },
  };
  try {
    load(text, options as Parameters<typeof load>[1]);
  } catch {
    return undefined;
  }
  return root;
}

/**
 * Parses YAML text into plain data when the result is sure to equal `parseYaml(text).data` with no
 * offset or path finding; otherwise, or on any error or warning, returns `undefined`. The text is
 * one `checkCharacters` accepted. The subset parser reads the YAML blueprints are written in; what
 * it declines, js-yaml reads (about 8× faster than yaml's document parser).
 */
export function parseYamlFast(text: string): FastParsed {
  // Inline suppression reads comments, which only the full parser keeps.
  if (text.includes('blueprint-') && /blueprint-(?:disable|enable)/.test(text)) return undefined;
  const subset = parseYamlSubset(text);
  if (subset) return { data: subset.data, parser: 'subset' };
  if (leaveToFullParser(text)) return undefined;
  const { load, schema } = loadJsYaml();
  unsure = false;
  let data: unknown;
  try {
    const options: LoadOptions = {
      schema,
      json: false, // duplicate keys throw
      maxDepth: MAX_DEPTH, // js-yaml counts scalars too: deeper than parseYaml would refuse
      onWarning: () => {
        unsure = true;
      },
    };
    data = load(text, options as Parameters<typeof load>[1]);
  } catch {
    return undefined;
  }
  if (unsure || hasDoubtfulKey(data)) return undefined;
  return { data, parser: 'js-yaml' };
}

/**
 * Whether a mapping has a key that `parseYaml` reports or reads differently: a null key (js-yaml
 * turns it into 'null') or an empty one.
 */
function hasDoubtfulKey(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === 'null' || key === '') return true;
      const item = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return false;
}
