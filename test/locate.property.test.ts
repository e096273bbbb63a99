/**
 * `locatePointer` against an independent oracle: every node of the YAML document enumerated by a
 * recursive walk, keyed by its JSON Pointer. Every path a finding reports (on valid and damaged
 * generated blueprints) must land on the node the oracle has at that path, or at the deepest
 * node it has on the way when the path goes past the document (a missing required key).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { checkBlueprintFully } from '../src/check/blueprint.js';
import { locatePointer } from '../src/load/locate.js';
import { formatPointer, parsePointer } from '../src/load/pointer.js';
import { applyEdits, lineEdits, validBlueprintText } from './support/arbitraries.js';
import { runs } from './support/runs.js';

const SEED = 20261129;

interface Entry {
  /** The node at the pointer (the key when a mapping entry has no value node). */
  node: Node;
  /** The key node, when the pointer's last segment is a mapping key. */
  key?: Node;
}

/** Every node reachable from the document's root, by JSON Pointer (the first of duplicate keys wins). */
function enumerate(doc: Document.Parsed): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const walk = (value: unknown, segments: string[], key: Node | undefined, aliasDepth: number) => {
    let node = value;
    if (isAlias(node)) {
      if (aliasDepth > 8) return;
      node = node.resolve(doc);
      aliasDepth += 1;
    }
    if (!node) return;
    const pointer = formatPointer(segments);
    if (entries.has(pointer)) return;
    entries.set(pointer, { node: node as Node, key });
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const child = pair.value ?? pair.key;
        walk(child, [...segments, String(pair.key.value)], pair.key as Node, aliasDepth);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        walk(item, [...segments, String(index)], undefined, aliasDepth);
      });
    }
  };
  walk(doc.contents, [], undefined, 0);
  return entries;
}

/** The offsets the oracle expects for a pointer: of the value, and of the key when asked for. */
function expected(entries: Map<string, Entry>, pointer: string): { value: number; key: number } {
  const segments = parsePointer(pointer);
  for (let length = segments.length; length >= 0; length--) {
    const entry = entries.get(formatPointer(segments.slice(0, length)));
    if (!entry) continue;
    const value = entry.node.range?.[0] ?? 0;
    const whole = length === segments.length;
    return { value, key: whole && entry.key ? (entry.key.range?.[0] ?? 0) : value };
  }
  return { value: 0, key: 0 };
}

const damagedOrNot = fc
  .tuple(validBlueprintText, fc.option(lineEdits, { nil: undefined }))
  .map(([{ text }, edits]) => (edits ? applyEdits(text, edits) : text));

describe('locatePointer', () => {
  it('maps every path a finding reports to the node at that path', () => {
    let located = 0;
    fc.assert(
      fc.property(damagedOrNot, (text) => {
        const { result, parsed } = checkBlueprintFully(text);
        const doc = parsed?.doc;
        if (!doc) return;
        const entries = enumerate(doc);
        for (const finding of result.findings) {
          if (finding.path === '') continue;
          const want = expected(entries, finding.path);
          expect(locatePointer(doc, text, finding.path).offset, finding.path).toBe(want.value);
          expect(locatePointer(doc, text, finding.path, true).offset, finding.path).toBe(want.key);
          const at = parsed.lineCounter.linePos(want.value);
          const atKey = parsed.lineCounter.linePos(want.key);
          expect([
            [at.line, at.col],
            [atKey.line, atKey.col],
          ]).toContainEqual([finding.line, finding.column]);
          located++;
        }
      }),
      { seed: SEED, numRuns: runs(300) },
    );
    // The property is only worth something if damaged blueprints gave path findings to check.
    expect(located).toBeGreaterThan(runs(300) / 6);
  });

  it('finds every node of a document by its own pointer', () => {
    fc.assert(
      fc.property(validBlueprintText, ({ text }) => {
        const { parsed } = checkBlueprintFully(text);
        const doc = parsed?.doc as Document.Parsed;
        for (const [pointer, entry] of enumerate(doc)) {
          expect(locatePointer(doc, text, pointer).offset, pointer).toBe(entry.node.range?.[0]);
          if (entry.key) expect(locatePointer(doc, text, pointer, true).offset).toBe(entry.key.range?.[0]);
        }
      }),
      { seed: SEED, numRuns: runs(60) },
    );
  });

  it('stops at the deepest node reached when a pointer goes past the document', () => {
    fc.assert(
      fc.property(
        validBlueprintText,
        fc.array(fc.oneof(fc.constantFrom('objectives', 'modules', '0', '1', 'id', '99', '-'), fc.string()), {
          maxLength: 5,
        }),
        ({ text }, segments) => {
          const { parsed } = checkBlueprintFully(text);
          const doc = parsed?.doc as Document.Parsed;
          const pointer = formatPointer(segments);
          const want = expected(enumerate(doc), pointer);
          expect(locatePointer(doc, text, pointer).offset).toBe(want.value);
          expect(locatePointer(doc, text, pointer, true).offset).toBe(want.key);
        },
      ),
      { seed: SEED, numRuns: runs(200) },
    );
  });

  it('formats and parses JSON Pointers as inverses, escaping ~ and / (RFC 6901)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('~', '/', '~0', '~1', '~/', '/~', '')), {
          maxLength: 5,
        }),
        (segments) => {
          const pointer = formatPointer(segments);
          expect(parsePointer(pointer)).toEqual(segments);
          expect(pointer === '' || pointer.startsWith('/')).toBe(true);
          expect(pointer.split('/').length - 1).toBe(segments.length);
        },
      ),
      { seed: SEED, numRuns: runs(500) },
    );
    expect(formatPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
    expect(parsePointer('/a~1b/c~0d/~01')).toEqual(['a/b', 'c~d', '~1']);
  });
});
