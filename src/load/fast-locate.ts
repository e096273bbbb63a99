import type { Position } from '../types.js';
import { unescapeSegment } from './pointer.js';
import type { SubsetSpan } from './subset-parse.js';

/**
 * Finds the offsets of the node a JSON Pointer names in the spans the subset parser recorded,
 * exactly as `locatePointer` finds them in yaml's document (its key when `key` is set, else its
 * value; a collection by its first line; a pointer past what the document holds stops at the
 * deepest node reached, through an alias to what it names). Returns `undefined` for an empty value or a block scalar, whose ranges
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
  // Segments are read from the pointer in place (every finding's pointer is walked here, and
  // splitting each into an array cost more than the walk).
  for (let from = 1; from <= pointer.length; ) {
    let end = pointer.indexOf('/', from);
    if (end < 0) end = pointer.length;
    const segment = unescapeSegment(pointer.slice(from, end));
    from = end + 1;
    if (span.kind === 'alias') span = span.target; // as yaml resolves an alias on the way
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
  if (target.kind === 'scalar' || target.kind === 'alias')
    return { offset: target.start, endOffset: target.end };
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
