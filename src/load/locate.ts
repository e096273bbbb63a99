import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import type { Position } from '../types.js';
import { parsePointer } from './pointer.js';
import { yamlModule } from './yaml-module.js';

/**
 * Turns a character offset range into a 1-based position range. Given the text, offsets are kept
 * inside it (a problem at the end of the file ends there) and an offset on the LF of a CRLF moves
 * to the CR, so that a position at a line end is the same whichever line ends the file uses.
 */
export function positionOf(lines: LineCounter, offset: number, endOffset: number, text?: string): Position {
  const settle = (at: number): number => {
    if (text === undefined) return at;
    const inside = Math.max(0, Math.min(at, text.length));
    return text[inside] === '\n' && text[inside - 1] === '\r' ? inside - 1 : inside;
  };
  const from = settle(offset);
  const start = lines.linePos(from);
  const end = lines.linePos(Math.max(settle(endOffset), from));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/** Turns an offset in a text (without a parsed document) into a 1-based position of one character. */
export function positionInText(prefix: string): Position {
  const lines = prefix.split(/\r\n|\n/);
  const line = lines.length;
  const column = (lines[line - 1]?.length ?? 0) + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}

/**
 * Finds the offsets of the node a JSON Pointer names: its key when `key` is set and the node is
 * a mapping entry, else its value. A collection is marked by its first line only. A pointer that
 * goes past what the document holds stops at the deepest node it reached.
 */
export function locatePointer(
  doc: Document.Parsed,
  text: string,
  pointer: string,
  key = false,
): { offset: number; endOffset: number } {
  const { isAlias, isMap, isScalar, isSeq } = yamlModule();
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const segment of parsePointer(pointer)) {
    if (isAlias(node)) node = node.resolve(doc);
    keyNode = undefined;
    if (isMap(node)) {
      const pair = pairsByKey(node).get(segment);
      if (!pair) break;
      keyNode = pair.key as Node;
      if (pair.value === null || pair.value === undefined) {
        node = keyNode;
        break;
      }
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined || !/^\d+$/.test(segment)) break;
      node = item;
    } else {
      break;
    }
  }
  const target = (key && keyNode) || (node as Node | null);
  const range = target?.range ?? [0, 0, 0];
  const offset = range[0];
  let endOffset = range[1];
  if (!isScalar(target) && !isAlias(target)) {
    const lineEnd = text.indexOf('\n', offset);
    if (lineEnd >= 0 && lineEnd < endOffset) endOffset = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  }
  return { offset, endOffset: Math.max(endOffset, offset) };
}

/** Each mapping's entries by key, built on its first lookup: a file with thousands of findings in one mapping is not searched once per finding. */
const indexedMaps = new WeakMap<YAMLMap, Map<string, Pair>>();

/** The first entry of a mapping for each key written as a scalar, the one a pointer names. */
function pairsByKey(map: YAMLMap): Map<string, Pair> {
  let pairs = indexedMaps.get(map);
  if (!pairs) {
    const { isPair, isScalar } = yamlModule();
    pairs = new Map();
    for (const item of map.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const key = String(item.key.value);
      if (!pairs.has(key)) pairs.set(key, item);
    }
    indexedMaps.set(map, pairs);
  }
  return pairs;
}
