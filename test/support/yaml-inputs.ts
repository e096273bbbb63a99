/**
 * YAML inputs for the tests that hold the fast parsers to yaml (test/check-fast.test.ts,
 * test/load/subset-parse.test.ts): files, values in every YAML style, character-level mutations.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { VALID } from '../helpers/check.js';

/** Every YAML file under a folder, sorted (fixtures other tests use, the examples, a corpus). */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    })
    .sort();
}

/** A valid blueprint carrying `value` (YAML source) as an extension: as a value, under a key, as items. */
export function withExtension(value: string): string[] {
  return [
    `${VALID}x-ext: ${value}\n`,
    `${VALID}x-ext:\n  key: ${value}\n`,
    `${VALID}x-ext:\n  - ${value}\n`,
    `${VALID}x-ext:\n- k: ${value}\n  other: 1\n`,
  ];
}

const scalar = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'yes',
    'null',
    '~',
    '0o7',
    '0x1f',
    '1e3',
    '.5',
    '-0',
    '+1',
    'a: b',
    '#x',
    ' x',
    'x ',
    '- x',
    "'",
    '"',
  ),
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
);

/** Any JSON-like value, keys included, small. */
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(
    fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('a', 'b', '1', 'true')),
    tie('node'),
    {
      maxKeys: 4,
    },
  ),
})).node;

/** A valid blueprint with a random extension value, written by yaml in a random style. */
export const styledBlueprint: fc.Arbitrary<string> = fc
  .record({
    extension: value,
    stringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
    plainKeys: fc.boolean(),
    flow: fc.boolean(),
    lineWidth: fc.integer({ min: 0, max: 80 }),
    indent: fc.integer({ min: 1, max: 4 }),
  })
  .map(
    ({ extension, stringType, plainKeys, flow, lineWidth, indent }) =>
      `${VALID}${stringify(
        { 'x-ext': extension },
        {
          defaultStringType: stringType as never,
          defaultKeyType: plainKeys ? 'PLAIN' : null,
          collectionStyle: flow ? 'flow' : 'any',
          lineWidth,
          indent,
          indentSeq: indent > 1,
        },
      )}`,
  );

/** What a mutation inserts: YAML's punctuation and whitespace, and a few letters. */
const ALPHABET = [
  ...[' ', '  ', '\t', '\n', '\r\n', '\r', ':', '-', '- ', '#', ' #', '"', "'", '\\'],
  ...['[', ']', '{', '}', ',', '?', '|', '>', '|-', '>-', '&', '*', '!', '%', '@', '`'],
  ...['a', '0', '.', '~', '\u00e9', '\u00a0', '\u2028', '\ufeff', '---', '...'],
];

const mutation = fc.record({
  at: fc.nat(),
  remove: fc.integer({ min: 0, max: 3 }),
  insert: fc.array(fc.constantFrom(...ALPHABET), { maxLength: 3 }),
});

/** One of `sources` with one to three characters-level edits. */
export function mutatedText(sources: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...sources), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([source, edits]) => {
      let text = source;
      for (const edit of edits) {
        const at = edit.at % (text.length + 1);
        text = text.slice(0, at) + edit.insert.join('') + text.slice(at + edit.remove);
      }
      return text;
    });
}
