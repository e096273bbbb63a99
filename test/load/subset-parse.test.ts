/**
 * The subset parser against yaml: whatever it accepts, it must read exactly as `parseYaml` does,
 * with no finding. It declines the rest, which then goes to yaml.
 * `FAST_CHECK_RUNS=20000 npx vitest run test/load/subset-parse.test.ts` hunts longer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { blueprintText } from '../../bench/corpus.js';
import { resolvePlain } from '../../src/load/core-scalars.js';
import { checkCharacters } from '../../src/load/decode.js';
import { locateInSubset } from '../../src/load/fast-locate.js';
import { locatePointer } from '../../src/load/locate.js';
import { parseYaml } from '../../src/load/parse.js';
import { parseSubsetSpans, parseYamlSubset, parseYamlSubsetWithSpans } from '../../src/load/subset-parse.js';
import { BLUEPRINT_PROPERTY_NAMES } from '../../src/schema/generated/property-names.js';
import { VALID } from '../helpers/check.js';
import { mutatedText, styledBlueprint, withExtension, yamlFiles } from '../support/yaml-inputs.js';

const root = join(import.meta.dirname, '..', '..');
const runs = Number(process.env.FAST_CHECK_RUNS ?? 500);

/** Every JSON Pointer into a value, with a segment past each scalar and each collection's end. */
function pointers(value: unknown, path = ''): string[] {
  const segment = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
  const found = [path, `${path}/beyond`];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) found.push(...pointers(item, `${path}/${index}`));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) found.push(...pointers(item, `${path}/${segment(key)}`));
  }
  return found;
}

/**
 * Whether the subset parser accepted the text; when it did, yaml read the same data without a
 * finding, and every node the subset can place (with `key` or not) is where yaml places it. Text
 * with characters `checkCharacters` refuses is never given to the fast parsers.
 */
function agrees(text: string): boolean {
  if (checkCharacters(text)) return false;
  const subset = parseYamlSubset(text);
  if (!subset) return false;
  const full = parseYaml(text);
  expect({ text, findings: [...full.offsetFindings, ...full.pathFindings] }).toEqual({ text, findings: [] });
  expect({ text, data: subset.data }).toStrictEqual({ text, data: full.data });
  const spans = parseSubsetSpans(text);
  expect(spans).toBeDefined();
  // One parse recording spans gives the same data and the same spans as the two.
  expect(parseYamlSubsetWithSpans(text)).toStrictEqual({ data: subset.data, span: spans });
  if (!spans || !full.doc) return true;
  for (const pointer of pointers(subset.data))
    for (const key of [false, true]) {
      const range = locateInSubset(spans, text, pointer, key);
      if (range)
        expect({ text, pointer, key, range }).toEqual({
          text,
          pointer,
          key,
          range: locatePointer(full.doc, text, pointer, key),
        });
    }
  return true;
}

const examples = yamlFiles(join(root, 'examples')).map((file) => readFileSync(file, 'utf8'));

describe('the subset parser reads what blueprints are written in', () => {
  it('accepts every example and the bench corpus, clean or with planted findings', () => {
    for (const text of examples) expect(agrees(text)).toBe(true);
    for (let index = 0; index < 40; index++)
      for (const broken of [undefined, 0, 1, 2, 3, 4])
        expect(agrees(blueprintText(index, 7, broken))).toBe(true);
  });

  it('accepts block scalars, flow collections, quotes, comments and CRLF as yaml reads them', () => {
    const values = [
      '|\n    one\n    two\n',
      '|-\n    one\n\n\n    two\n\n',
      '|\n    code\n      indented\n    back\n',
      '>\n    folded\n    text\n\n    para\n',
      '>-\n    folded # not a comment\n\n\n    three\n',
      '[a, b, {c: d}]',
      "{a: 1, b: [2, 3], c: \"x, y\", d: 'it''s'}",
      '[]',
      '{}',
      '[a, b,]',
      '{\n      a: 1, # comment\n\n      b: [x,\n        y],\n    }',
      '"a \\"quoted\\" \\\\ \\/ \\n \\t"',
      "'it''s'",
      'plain: not a key',
      'value # comment',
      'a#b',
      'https://example.org/a:b',
      '-5',
      '0o17',
      '1e3',
      '~',
      'TRUE',
      'x]y}z,',
    ];
    let accepted = 0;
    for (const value of values)
      for (const text of withExtension(value))
        if (agrees(text) && agrees(text.replace(/\n/g, '\r\n'))) accepted++;
    expect(accepted).toBeGreaterThan(60);
  });

  it('reads plain and quoted scalars wrapped over several lines, as people and emitters write them', () => {
    const wrapped = [
      'a: plain\n  continued\n',
      'a: plain\n  continued\n\n  after a blank line\nb: 1\n',
      'a:   spaced   \n    out   \n',
      '- plain\n  continued\n- "double\n  quoted"\n',
      'a: "two\n  lines"\n',
      'a: "two  \n    lines  \n\n  and a blank "  # comment\n',
      "a: 'it''s\n  single'\n",
      'list:\n- id: O1\n  statement: Explain the steps\n    of the procedure\n  bloom: understand\n',
      'a: "ends\n  "\n',
      'a: true\n  false\n',
      'a: 1\n  2\n',
      'a: plain\r\n  continued\r\nb: "x\r\n  y"\r\n',
    ];
    for (const text of wrapped) expect({ text, agrees: agrees(text) }).toEqual({ text, agrees: true });
  });

  it('reads an anchored scalar and aliases to it, as yaml does', () => {
    const anchored = [
      'a: &x 1\nb: *x\n',
      'a: &who Staff who asked for the course\nb:\n- *who\n- *who  # again\n',
      'a: &q "quoted, \\"escaped\\""\nb: *q\n',
      "- &s 'single'\n- *s\n",
      'a: &n ~\nb: *n\n',
      'a: &x-1_B yes\nb: *x-1_B\n',
      'a: &x 1\nb: &y 2\nc: *y\nd: *x\n',
      'a: &x 1\r\nb: *x\r\n',
    ];
    for (const text of anchored) expect({ text, agrees: agrees(text) }).toEqual({ text, agrees: true });
  });

  it("reads keys that are the schema's property names, and keys near them, as yaml does", () => {
    // Known names come back as the table's strings; the data and positions must not tell.
    for (const name of BLUEPRINT_PROPERTY_NAMES) {
      expect(resolvePlain(name)).toBe(name);
      const near = [name.slice(0, -1), `${name}s`, `${name}_`, `x${name}`, name.toUpperCase(), `${name} x`];
      const text = [name, ...near].map((key, index) => `${key}: ${index}\n`).join('');
      expect({ text, agrees: agrees(text) }).toEqual({ text, agrees: true });
      expect(parseYamlSubset(`${name}:\n  ${name}: 1\n  x: {${name}: 2}\n`)?.data).toEqual({
        [name]: { [name]: 1, x: { [name]: 2 } },
      });
      // A known name twice in one mapping is a duplicate key, which yaml refuses.
      expect(parseYamlSubset(`${name}: 1\nother: 2\n${name}: 3\n`)).toBeUndefined();
    }
  });

  it('declines what it does not read, and what yaml refuses', () => {
    const declined = [
      'a: &x\n  b: 1\nc: *x\n',
      'a: &x\n- 1\n',
      'a: &x [1]\n',
      'a: &x {b: 1}\n',
      'a: &x |\n  block\n',
      'a: &x plain\n  wrapped\nb: *x\n',
      '- &x "two \n  lines"\n- *x\n',
      'a: &x !!str 1\n',
      'a: &x &y 1\n',
      'a: &x # comment\n  1\n',
      '- &x b: 1\n',
      '&x a: 1\n',
      'a: [&x 1, *x]\n',
      'a: &x 1\nb: &x 2\n',
      'a: *x\n',
      'a: *x\nb: &x 1\n',
      'a: &x 1\nb: *x: 2\n',
      'a: &x 1\nb: *x,\n',
      'a: &x.y 1\nb: *x.y\n',
      'a: &x 1\nb: *x\n  more\n',
      `a: &x 1\n${Array.from({ length: 51 }, (_, index) => `b${index}: *x\n`).join('')}`,
      'a: !!str 1\n',
      'a: b: c\n',
      'a: "unterminated\n',
      'a: "two\\\n  lines"\n',
      'a: "two\nlines"\n',
      '- "two\nlines"\n',
      'a: plain # comment\n  continued\n',
      'a: plain\n  # comment\n  continued\n',
      'a: plain\n  - continued\n',
      'a: plain\n  b: continued\n',
      'a: plain\n  continued # comment\n',
      'a: [plain,\n  "two\n  lines"]\n',
      'a: |+\n  keep\n',
      'a: |2\n   x\n',
      'a: >\n  x\n    more indented\n',
      'a: |\n\n  leading blank\n',
      'a: "\\x41"\n',
      'a: [1,\n2]\n',
      'a: [1,\n  two\n  lines]\n',
      'a: [1, 2\n',
      'a: {b}\n',
      'a:\tb\n',
      'a: 1\na: 2\n',
      '__proto__: 1\n',
      '<<: {a: 1}\n',
      '1: a\n',
      'null: a\n',
      '"quoted": key\n',
      '? complex\n: key\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\n...\n',
      '- - nested\n',
      'a: .inf\n',
      'a: 99999999999999999999\n',
      '',
      '# only a comment\n',
      'scalar\n',
      'a: 1\n b: 2\n',
      'a: 1\r b: 2\n',
      'a: -\n',
      'a: [-, b]\n',
      `a: ${'['.repeat(40)}${']'.repeat(40)}\n`,
      `${'k'.repeat(1100)}: v\n`,
    ];
    for (const text of declined)
      expect({ text, parsed: parseYamlSubset(text) }).toEqual({ text, parsed: undefined });
  });
});

describe('the subset parser reads the same data as yaml, or declines', () => {
  it('on every input of the YAML test suite and every YAML fixture of the tests', () => {
    const suite = join(root, 'test/corpus/yaml-test-suite');
    const files = [...yamlFiles(suite), ...yamlFiles(join(root, 'test'))];
    let accepted = 0;
    for (const file of files) if (agrees(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))) accepted++;
    expect(accepted).toBeGreaterThan(100);
  });

  it('on the naughty strings as values, written by yaml in every style', () => {
    const naughty = JSON.parse(
      readFileSync(join(root, 'test/corpus/naughty-strings/blns.json'), 'utf8'),
    ) as string[];
    let accepted = 0;
    for (const string of naughty)
      for (const defaultStringType of [
        'PLAIN',
        'QUOTE_DOUBLE',
        'QUOTE_SINGLE',
        'BLOCK_LITERAL',
        'BLOCK_FOLDED',
      ])
        if (
          agrees(
            `${VALID}${stringify({ 'x-ext': { k: string } }, { defaultStringType: defaultStringType as never, defaultKeyType: 'PLAIN' })}`,
          )
        )
          accepted++;
    expect(accepted).toBeGreaterThan(1000);
  });

  it('on random values written in random YAML styles', () => {
    let accepted = 0;
    fc.assert(
      fc.property(styledBlueprint, (text) => {
        if (agrees(text)) accepted++;
      }),
      { numRuns: runs },
    );
    expect(accepted).toBeGreaterThan(runs / 10);
  }, 120_000);

  it('on blueprints mutated character by character', () => {
    const anchors =
      "a: &x 1\nb: *x\nc:\n- &q \"two words\"\n- *q\nd: &p plain text\ne: *p  # c\nf: &s 'it''s'\ng: [*s]\n";
    const sources = [VALID, blueprintText(1, 3), blueprintText(2, 3, 2), anchors, ...examples];
    let accepted = 0;
    fc.assert(
      fc.property(mutatedText(sources), (text) => {
        if (agrees(text)) accepted++;
      }),
      { numRuns: runs * 4 },
    );
    expect(accepted).toBeGreaterThan(runs);
  }, 120_000);
});
