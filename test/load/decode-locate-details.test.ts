/**
 * Decoding and locating details found by the mutants that survived the src/load mutation run
 * (docs/testing.md): the first invalid UTF-8 byte against an independent oracle, the UTF-16
 * guess, the size cap, control characters, and where a collection's range ends.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBlueprint } from '../../src/check/blueprint.js';
import { checkCharacters, decodeInput, MAX_FILE_BYTES } from '../../src/load/decode.js';
import { locatePointer, positionOf } from '../../src/load/locate.js';
import { parseYaml } from '../../src/load/parse.js';
import { runs } from '../support/runs.js';

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The first invalid byte: the longest prefix that decodes is the one that stops right before it. */
function firstInvalidByOracle(bytes: Uint8Array): number {
  for (let length = bytes.length; length >= 0; length--) {
    try {
      fatal.decode(bytes.subarray(0, length));
      return length;
    } catch {}
  }
  return 0;
}

const utf8ish = fc.array(
  fc.oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.constantFrom(
      0x0a,
      0x00,
      0x80,
      0xbf,
      0xc0,
      0xc1,
      0xc2,
      0xdf,
      0xe0,
      0xed,
      0xef,
      0xf0,
      0xf4,
      0xf5,
      0xff,
      0xa0,
      0x9f,
      0x8f,
      0x90,
    ),
  ),
  { minLength: 1, maxLength: 40 },
);

describe('decodeInput', () => {
  it('names the first invalid byte and its offset exactly where a strict decoder stops', () => {
    fc.assert(
      fc.property(utf8ish, (array) => {
        const bytes = Uint8Array.from(array);
        if (bytes[0] === 0xff || bytes[0] === 0xfe) bytes[0] = 0x41;
        const decoded = decodeInput(bytes);
        const at = firstInvalidByOracle(bytes);
        if (at === bytes.length) {
          expect(decoded.ok).toBe(true);
          return;
        }
        expect(decoded.ok).toBe(false);
        if (decoded.ok) return;
        const hex = (bytes[at] as number).toString(16).toUpperCase().padStart(2, '0');
        expect(decoded.problem.message).toContain(`byte 0x${hex} at byte offset ${at} is invalid`);
        expect(decoded.problem.prefix).toBe(fatal.decode(bytes.subarray(0, at)));
        const zeros = bytes.subarray(0, 200).filter((byte) => byte === 0).length;
        const utf16 = zeros > Math.min(bytes.length, 200) / 4;
        expect(decoded.problem.message).toContain(
          utf16 ? 'it looks like UTF-16' : 'perhaps Latin-1 or Windows-1252',
        );
      }),
      { seed: 20261129, numRuns: runs(3000) },
    );
  });

  it('refuses UTF-16 by its byte-order mark, either way round', () => {
    for (const bom of [
      [0xff, 0xfe],
      [0xfe, 0xff],
    ]) {
      const decoded = decodeInput(Uint8Array.from([...bom, 0x41, 0x00]));
      expect(decoded).toEqual({
        ok: false,
        problem: { message: 'the file is UTF-16, not UTF-8: save it as UTF-8', offset: 0, prefix: '' },
      });
    }
    expect(decodeInput(Uint8Array.from([0xfe, 0xfe])).ok).toBe(false);
    expect(decodeInput(Uint8Array.from([0xff, 0x41])).ok).toBe(false);
    const message = (bytes: number[]) => {
      const decoded = decodeInput(Uint8Array.from(bytes));
      return decoded.ok ? '' : decoded.problem.message;
    };
    expect(message([0xfe, 0xfe])).toContain('byte 0xFE at byte offset 0');
    expect(message([0x41, 0xff, 0x41])).toContain('byte 0xFF at byte offset 1');
  });

  it('guesses UTF-16 without a BOM from the share of zero bytes in the first 200', () => {
    const message = (bytes: Uint8Array) => {
      const decoded = decodeInput(bytes);
      return decoded.ok ? '' : decoded.problem.message;
    };
    // 'a\0' repeated, then an invalid byte: half the bytes are zeros.
    const utf16 = Uint8Array.from([...Array(100).fill([0x61, 0x00]).flat(), 0xff]);
    expect(message(utf16)).toContain('it looks like UTF-16');
    // Exactly a quarter of zeros is not enough; past 200 bytes, zeros do not count.
    const quarter = Uint8Array.from([...Array(50).fill([0x61, 0x61, 0x61, 0x00]).flat(), 0xff]);
    expect(message(quarter)).toContain('perhaps Latin-1');
    const late = Uint8Array.from([...Array(200).fill(0x61), ...Array(200).fill(0x00), 0xff]);
    expect(message(late)).toContain('perhaps Latin-1');
  });

  it('drops a BOM, and counts positions after it', () => {
    expect(decodeInput(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a' });
    const decoded = decodeInput(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x62, 0xff]));
    expect(decoded.ok ? '' : decoded.problem.prefix).toBe('ab');
    const [finding] = checkBlueprint(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0x62, 0xff])).findings;
    expect([finding?.line, finding?.column]).toEqual([2, 2]);
  });

  it('reads a file of exactly the size cap, and refuses one byte more', () => {
    expect(decodeInput(new Uint8Array(MAX_FILE_BYTES).fill(0x20)).ok).toBe(true);
    expect(decodeInput(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20))).toEqual({
      ok: false,
      problem: { message: 'the file is larger than 10 MB: this is not a blueprint', offset: 0, prefix: '' },
    });
  });

  it('names a control character by its code point, upper case, with the escape to use', () => {
    expect(checkCharacters('a: b\u001bc')).toEqual({
      message:
        'control character U+001B is not allowed in YAML: remove it, or write it as an escape ("\\x1B") inside double quotes',
      offset: 4,
      prefix: 'a: b',
    });
    expect(checkCharacters('a: \u0085 \u00a0 \t')).toBeUndefined();
  });
});

describe('positions of a located node', () => {
  const text = 'objectives:\n  - id: O1\n    bloom: apply\nmodules: [M1,\n  M2]\n';

  it('marks a collection by its first line only, without the line end', () => {
    for (const source of [text, text.replace(/\n/g, '\r\n')]) {
      const parsed = parseYaml(source);
      const doc = parsed.doc;
      if (!doc) throw new Error('parses');
      const range = locatePointer(doc, source, '/objectives/0');
      const start = source.indexOf('id: O1');
      expect(range).toEqual({ offset: start, endOffset: start + 6 });
      expect(source.slice(range.offset, range.endOffset)).toBe('id: O1');
      const scalar = locatePointer(doc, source, '/objectives/0/bloom');
      expect(source.slice(scalar.offset, scalar.endOffset)).toBe('apply');
      const flow = locatePointer(doc, source, '/modules');
      expect(source.slice(flow.offset, flow.endOffset)).toBe('[M1,');
      expect(source.slice(...Object.values(locatePointer(doc, source, '/objectives/0/id', true)))).toBe('id');
    }
  });

  it('stops at a list when a segment is not a plain index', () => {
    const doc = parseYaml(text).doc;
    if (!doc) throw new Error('parses');
    const list = locatePointer(doc, text, '/objectives').offset;
    expect(list).toBe(14);
    for (const segment of ['1e0', '0x0', ' 0', '0 ', '-0', '']) {
      expect(locatePointer(doc, text, `/objectives/${segment}`).offset, segment).toBe(list);
    }
    expect(locatePointer(doc, text, '/objectives/00').offset).toBe(16);
  });

  it('puts a position at a CRLF line end on the CR, and keeps offsets inside the text', () => {
    const crlf = 'a: 1\r\nb: 2\r\n';
    const { lineCounter } = parseYaml(crlf);
    expect(positionOf(lineCounter, 5, 5, crlf)).toEqual({ line: 1, column: 5, endLine: 1, endColumn: 5 });
    expect(positionOf(lineCounter, 4, 5, crlf)).toEqual({ line: 1, column: 5, endLine: 1, endColumn: 5 });
    expect(positionOf(lineCounter, 6, 99, crlf)).toEqual({ line: 2, column: 1, endLine: 3, endColumn: 1 });
    expect(positionOf(lineCounter, 5, 5)).toEqual({ line: 1, column: 6, endLine: 1, endColumn: 6 });
  });
});
