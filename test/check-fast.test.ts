import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blueprintText } from '../bench/corpus.js';
import { realBlueprintText } from '../bench/real-corpus.js';
import { checkBlueprintFully } from '../src/check/blueprint.js';
import { checkBlueprintQuickly } from '../src/check/fast.js';
import { checkCharacters } from '../src/load/decode.js';
import { parseYamlFast } from '../src/load/fast-parse.js';
import { parseYaml } from '../src/load/parse.js';
import { VALID } from './helpers/check.js';
import { mutatedText, styledBlueprint, withExtension, yamlFiles } from './support/yaml-inputs.js';

const root = join(import.meta.dirname, '..');
const runs = Number(process.env.FAST_CHECK_RUNS ?? 500);

/**
 * The property every test here checks: when the fast path settles a file, the full path gives the
 * very same result, and the fast parser read the very same data. Returns whether the fast path
 * settled it, so that tests can also show the fast path is really taken.
 */
function samePathResults(source: string | Uint8Array): boolean {
  const quick = checkBlueprintQuickly(source, { file: 'f.blueprint.yaml' });
  const full = checkBlueprintFully(source, { file: 'f.blueprint.yaml' }).result;
  const text = typeof source === 'string' ? source.replace(/^\uFEFF/, '') : undefined;
  // parseYamlFast reads text that checkCharacters accepted, as the fast path gives it.
  if (text !== undefined && !checkCharacters(text)) {
    const fast = parseYamlFast(text);
    if (fast) {
      const slow = parseYaml(text);
      expect(slow.offsetFindings).toEqual([]);
      expect(slow.pathFindings).toEqual([]);
      expect(fast.data).toStrictEqual(slow.data);
    }
  }
  // Parsing with positions at once (a hint that findings are likely) changes nothing but the work.
  const hint = { findingsLikely: true };
  expect(checkBlueprintQuickly(source, { file: 'f.blueprint.yaml' }, hint)).toStrictEqual(quick);
  if (quick === undefined) return false;
  expect(hint.findingsLikely).toBe(quick.findings.length > 0);
  expect(quick).toStrictEqual(full);
  return true;
}

describe('the fast path gives the same results as the full path', () => {
  it('on every example and every YAML fixture of the tests', () => {
    const files = [...yamlFiles(join(root, 'examples')), ...yamlFiles(join(root, 'test'))];
    expect(files.length).toBeGreaterThan(0);
    let settled = 0;
    for (const file of files) if (samePathResults(readFileSync(file))) settled++;
    // The examples are clean: the fast path must really be what checks them.
    const examples = yamlFiles(join(root, 'examples')).filter((file) => file.endsWith('.blueprint.yaml'));
    expect(settled).toBeGreaterThanOrEqual(examples.length);
  });

  it('on the bench corpus, clean and with each kind of planted finding, located the same way', () => {
    for (let index = 0; index < 20; index++) {
      expect(samePathResults(blueprintText(index, 7))).toBe(true);
      // 0, 1 and 4 plant schema findings on plain scalars and keys: the fast path locates them itself.
      for (const broken of [0, 1, 2, 3, 4])
        expect(samePathResults(blueprintText(index, 7, broken))).toBe(true);
      for (const broken of [0, 1, 4]) {
        expect(checkBlueprintQuickly(blueprintText(index, 7, broken))?.findings.length).toBeGreaterThan(0);
      }
    }
  });

  it('on the real-shaped bench corpus: wrapped statements, ~26 findings a file, settled and placed the same way', () => {
    for (let index = 0; index < 25; index++) {
      const text = realBlueprintText(index, 7);
      // Every 25th file has an anchor and an alias, which the fast path reads too.
      expect(samePathResults(text)).toBe(true);
      expect(checkBlueprintQuickly(text)?.findings.length).toBeGreaterThan(20);
    }
  });

  it('on findings whose pointers escape `/` and `~` (keys written with them), placed the same way', () => {
    for (const key of ['a/b', 'c~d', '~1', 'e~0/f', '/', 'x~']) {
      const text = `${VALID}${key}: 1\n`;
      expect(samePathResults(text)).toBe(true);
      const finding = checkBlueprintQuickly(text)?.findings[0];
      // The unknown key is reported on the key itself, on the last line.
      expect(finding?.path).toBe(`/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      expect(finding?.line).toBe(VALID.split('\n').length);
    }
  });

  it('on YAML features the fast parser leaves to the full one, or reads the same way', () => {
    const base = VALID;
    const values = [
      '&a x',
      '*a',
      '!!str 12',
      '!custom x',
      '! 12',
      '!<tag:yaml.org,2002:str> x',
      '0o17',
      '0x1F',
      '0b101',
      '1_000',
      '+12',
      '-0',
      '.5',
      '1.',
      '1e3',
      '.inf',
      '-.Inf',
      '.NaN',
      '99999999999999999999',
      '1e400',
      '~',
      'Null',
      'TRUE',
      'yes',
      'no',
      'on',
      '2026-11-02',
      '1:30',
      '0755',
      '"\\x41\\u00e9\\N\\_\\L\\P"',
      "'it''s'",
      '|\n    line one\n    line two\n',
      '>-\n    folded\n    text\n\n    para\n',
      '|+\n    keep\n\n',
      '[a, b, {c: d}]',
      '{a: 1, b: [2, 3]}',
      '{? a : b}',
      '[[a]: b]',
      '{<<: {a: 1}}',
      'a # comment',
      'multi\n    line plain',
    ];
    let settled = 0;
    for (const value of values) for (const text of withExtension(value)) if (samePathResults(text)) settled++;
    expect(settled).toBeGreaterThan(0);
    const keys = [
      'null',
      '~',
      '""',
      '<<',
      '1',
      '1.0',
      '0x10',
      'true',
      '__proto__',
      'constructor',
      '? [a]',
      '[a]',
    ];
    for (const key of keys) samePathResults(`${base}x-ext:\n  ${key}: v\n`);
    for (const text of [
      `${base}x-ext: {1: a, 1.0: b}\n`,
      `${base}x-ext: {1: a, "1": b}\n`,
      `${base}---\n`,
      `---\n${base}...\n`,
      `%YAML 1.2\n---\n${base}`,
      `${base}x-ext: [${'['.repeat(70)}${']'.repeat(70)}]\n`,
      `${base}x-ext:\tvalue\n`,
      `${base}x-ext: "a"#c\n`,
      `${base}x-ext: ${'k'.repeat(1100)}: v\n`,
      `${base}# blueprint-disable-next-line schema\n`,
      base.replace(/\n/g, '\r\n'),
      `\uFEFF${base}`,
    ]) {
      samePathResults(text);
    }
  });
});

describe('the fast path against the full path on random inputs (fast-check)', () => {
  it('on blueprints carrying random extension values, written in random YAML styles', () => {
    let settled = 0;
    fc.assert(
      fc.property(styledBlueprint, (text) => {
        if (samePathResults(text)) settled++;
      }),
      { numRuns: Math.ceil(runs / 3) },
    );
    // About a fifth of these styles are ones the subset parser reads (escapes, tags and anchors
    // go to yaml): enough for the comparison to mean something.
    expect(settled).toBeGreaterThan(20);
  }, 120_000);

  it('on blueprints mutated character by character', () => {
    const examples = yamlFiles(join(root, 'examples')).map((file) => readFileSync(file, 'utf8'));
    let settled = 0;
    let located = 0;
    fc.assert(
      fc.property(mutatedText([VALID, blueprintText(1, 3), ...examples]), (text) => {
        if (samePathResults(text)) {
          settled++;
          if ((checkBlueprintQuickly(text)?.findings.length ?? 0) > 0) located++;
        }
      }),
      { numRuns: runs },
    );
    // Many mutations only touch text (titles, statements): those the fast path must settle.
    expect(settled).toBeGreaterThan(50);
    // And many of those have findings the fast path located: the positions were compared too.
    expect(located).toBeGreaterThan(20);
  }, 120_000);
});
