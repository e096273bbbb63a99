import type { Position } from '../types.js';
import type { YamlSpan } from './fast-parse.js';
import { parsePointer } from './pointer.js';
import type { SubsetSpan } from './subset-parse.js';

/**
 * Finds the offsets of the node a JSON Pointer names in the nodes js-yaml recorded, exactly as
 * `locatePointer` finds them in yaml's document: the key when `key` is set, else the value; a
 * collection by its first line; a pointer past what the document holds stops at the deepest node
 * reached. Returns `undefined` where it cannot promise the same answer (a multi-line, block or
 * empty scalar, a collection on one line, anything unexpected): the full path then locates it.
 */
export function locateInSpans(
  root: YamlSpan,
  text: string,
  pointer: string,
  key = false,
): { offset: number; endOffset: number } | undefined {
  let span = unwrap(root);
  let keySpan: YamlSpan | undefined;
  for (const segment of parsePointer(pointer)) {
    keySpan = undefined;
    const children = span.children.map(unwrap);
    if (span.kind === 'mapping') {
      const value = span.result as Record<string, unknown>;
      if (children.length !== 2 * Object.keys(value).length) return undefined;
      let found = -1;
      for (let index = 0; index < children.length; index += 2) {
        if (String((children[index] as YamlSpan).result) === segment) found = index;
      }
      if (found < 0) break;
      keySpan = children[found] as YamlSpan;
      const valueSpan = children[found + 1] as YamlSpan;
      if (!Object.is(valueSpan.result, value[segment])) return undefined;
      span = valueSpan;
    } else if (span.kind === 'sequence') {
      const items = span.result as unknown[];
      if (children.length !== items.length) return undefined;
      const item = children[Number(segment)];
      if (item === undefined || !/^\d+$/.test(segment)) break;
      if (!Object.is(item.result, items[Number(segment)])) return undefined;
      span = item;
    } else {
      break;
    }
  }
  const target = (key && keySpan) || span;
  const start = contentStart(text, target.start);
  if (target.kind === 'scalar') return scalarRange(target, text, start);
  if (target.kind === 'mapping' || target.kind === 'sequence') return collectionRange(target, text, start);
  return undefined;
}

/** js-yaml may compose a plain scalar as an attempted key first: the node inside is the scalar. */
function unwrap(span: YamlSpan): YamlSpan {
  let current = span;
  for (;;) {
    const [only, ...rest] = current.children;
    if (!only || rest.length > 0 || only.kind !== current.kind || !Object.is(only.result, current.result))
      return current;
    current = only;
  }
}

/** The offset where a node's content starts: after spaces, line breaks and comments. */
function contentStart(text: string, from: number): number {
  let at = from;
  for (;;) {
    const char = text[at];
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') at++;
    else if (char === '#') {
      const lineEnd = text.indexOf('\n', at);
      if (lineEnd < 0) return text.length;
      at = lineEnd + 1;
    } else return at;
  }
}

function scalarRange(
  span: YamlSpan,
  text: string,
  start: number,
): { offset: number; endOffset: number } | undefined {
  const first = text[start];
  if (span.result === null || first === '|' || first === '>') return undefined;
  let end = span.end;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end <= start) return undefined;
  const source = text.slice(start, end);
  if (source.includes('\n') || source.includes('\r')) return undefined;
  return { offset: start, endOffset: end };
}

function collectionRange(
  span: YamlSpan,
  text: string,
  start: number,
): { offset: number; endOffset: number } | undefined {
  const lineEnd = text.indexOf('\n', start);
  const firstLineEnd = lineEnd < 0 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  const first = text[start];
  if (first === '[' || first === '{') {
    // A flow collection ends right after its closing bracket.
    if (lineEnd >= 0 && lineEnd < span.end) return { offset: start, endOffset: firstLineEnd };
    if (text[span.end - 1] !== (first === '[' ? ']' : '}')) return undefined;
    return { offset: start, endOffset: span.end };
  }
  // A block collection is shown by its first line, when it has content on a later line.
  const last = span.children[span.children.length - 1];
  if (lineEnd < 0 || !last || contentStart(text, last.start) <= lineEnd) return undefined;
  return { offset: start, endOffset: firstLineEnd };
}

/**
 * Finds the offsets of the node a JSON Pointer names in the spans the subset parser recorded,
 * exactly as `locatePointer` finds them in yaml's document (its key when `key` is set, else its
 * value; a collection by its first line; a pointer past what the document holds stops at the
 * deepest node reached). Returns `undefined` for an empty value or a block scalar, whose ranges
 * the subset parser does not work out: the full path then locates it.
 */
export function locateInSubset(
  root: SubsetSpan,
  text: string,
  pointer: string,
  key = false,
): { offset: number; endOffset: number } | undefined {
  let span = root;
  let keySpan: SubsetSpan | undefined;
  for (const segment of parsePointer(pointer)) {
    keySpan = undefined;
    if (span.kind === 'map') {
      const entry = span.entries.get(segment);
      if (!entry) break;
      keySpan = entry.key;
      span = entry.value;
    } else if (span.kind === 'seq') {
      const item = span.items[Number(segment)];
      if (item === undefined || !/^\d+$/.test(segment)) break;
      span = item;
    } else {
      break;
    }
  }
  const target = (key && keySpan) || span;
  if (target.kind === 'scalar') return { offset: target.start, endOffset: target.end };
  if (target.kind !== 'map' && target.kind !== 'seq') return undefined;
  // A collection is shown by its first line; one on a single line ends with it (a flow one right
  // after its closing bracket; a block one's range takes in its line end).
  const lineEnd = text.indexOf('\n', target.start);
  const firstLineEnd = lineEnd < 0 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  const flow = text[target.start] === '[' || text[target.start] === '{';
  return { offset: target.start, endOffset: flow ? Math.min(target.end, firstLineEnd) : firstLineEnd };
}

/** Where each line starts, as yaml's LineCounter records them, to turn offsets into positions. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** Turns an offset range into a 1-based position range, as `positionOf` does with yaml's LineCounter. */
export function positionInLines(starts: readonly number[], offset: number, endOffset: number): Position {
  const start = linePos(starts, offset);
  const end = linePos(starts, Math.max(endOffset, offset));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/** yaml's LineCounter.linePos, on the same line starts. */
function linePos(starts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] as number) < offset) low = mid + 1;
    else high = mid;
  }
  if (starts[low] === offset) return { line: low + 1, col: 1 };
  if (low === 0) return { line: 0, col: offset };
  return { line: low, col: offset - (starts[low - 1] as number) + 1 };
}
