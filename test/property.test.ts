/**
 * Property tests: for any input, `checkBlueprint` returns well-formed findings and never throws.
 * Seeded and bounded (numRuns set on each property) so that the file runs in seconds; a failure
 * prints the seed and the shrunk counter-example to replay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBlueprint } from '../src/check/blueprint.js';
import { applyEdits, lineEdits, validBlueprintText } from './support/arbitraries.js';
import { runs } from './support/runs.js';
import { problemsWith } from './support/well-formed.js';

const SEED = 20261129;

/** Text that looks like YAML often enough to reach the parser's deeper paths. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'blueprint: 1\n',
        'id: x\n',
        'objectives:\n',
        '  - id: O1\n',
        '    bloom: apply\n',
        'modules: []\n',
        '- ',
        ': ',
        '  ',
        '\t',
        '\n',
        '\r\n',
        '\r',
        '"',
        "'",
        '[',
        ']',
        '{',
        '}',
        ',',
        '&a ',
        '*a',
        '<<: ',
        '!!str ',
        '!x ',
        '? ',
        '|\n',
        '>-\n',
        '#',
        '---\n',
        '...\n',
        '%YAML 1.2\n',
        '\ufeff',
        '\u0000',
        '\u0085',
        '\u2028',
        '\ud83c',
        '.nan',
        '1e400',
        '__proto__',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('checkBlueprint on any input', () => {
  it('returns well-formed findings for any text and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), yamlish), (source) => {
        expect(problemsWith(checkBlueprint(source), source)).toEqual([]);
      }),
      { seed: SEED, numRuns: runs(1500) },
    );
  });

  it('returns well-formed findings for any bytes and never throws', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      yamlish.map((text) => new TextEncoder().encode(text)),
      // Valid UTF-8 with one byte changed: the decoder's error paths.
      fc.tuple(yamlish, fc.nat(), fc.integer({ min: 0, max: 255 })).map(([text, at, byte]) => {
        const encoded = new TextEncoder().encode(text);
        if (encoded.length > 0) encoded[at % encoded.length] = byte;
        return encoded;
      }),
    );
    fc.assert(
      fc.property(bytes, (source) => {
        expect(problemsWith(checkBlueprint(source), source)).toEqual([]);
      }),
      { seed: SEED, numRuns: runs(1000) },
    );
  });
});

describe('checkBlueprint on generated blueprints', () => {
  it('finds no yaml-syntax, duplicate-key or schema problem in a valid generated blueprint', () => {
    fc.assert(
      fc.property(validBlueprintText, ({ text }) => {
        const result = checkBlueprint(text);
        expect(problemsWith(result, text)).toEqual([]);
        const core = result.findings.filter((finding) =>
          ['yaml-syntax', 'duplicate-key', 'schema', 'unsupported-version'].includes(finding.rule),
        );
        expect(core).toEqual([]);
      }),
      { seed: SEED, numRuns: runs(200) },
    );
  });

  it('returns well-formed findings for a valid blueprint with lines deleted, duplicated, swapped or corrupted', () => {
    fc.assert(
      fc.property(validBlueprintText, lineEdits, fc.boolean(), ({ text }, edits, asBytes) => {
        const damaged = applyEdits(text, edits);
        const source = asBytes ? new TextEncoder().encode(damaged) : damaged;
        expect(problemsWith(checkBlueprint(source), source)).toEqual([]);
      }),
      { seed: SEED, numRuns: runs(400) },
    );
  });

  it('reports a damaged blueprint with CRLF line ends at the same positions as with LF', () => {
    fc.assert(
      fc.property(validBlueprintText, lineEdits, ({ text }, edits) => {
        const damaged = applyEdits(text, edits);
        fc.pre(!damaged.includes('\r'));
        const positions = (source: string) =>
          checkBlueprint(source).findings.map(({ rule, line, column, path }) => ({
            rule,
            line,
            column,
            path,
          }));
        expect(positions(damaged.replace(/\n/g, '\r\n'))).toEqual(positions(damaged));
      }),
      { seed: SEED, numRuns: runs(150) },
    );
  });
});
