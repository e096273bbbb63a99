/**
 * YAML reading details found by the mutants that survived the src/load mutation run
 * (docs/testing.md): exact ranges and wording of the syntax findings.
 */
import { describe, expect, it } from 'vitest';
import { checkBlueprint } from '../../src/check/blueprint.js';

/** "rule line:column-endLine:endColumn message" of each always-on finding. */
function findings(text: string): string[] {
  return checkBlueprint(text, { rules: [] }).findings.map(
    (f) => `${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`,
  );
}

describe('syntax findings, exactly', () => {
  it('marks the whole `---` that starts a second document', () => {
    expect(findings('a: 1\n---\nb: 2\n')).toEqual([
      'yaml-syntax 2:1-2:4 a blueprint is one YAML document: remove this second document (a line "---" starts one)',
    ]);
  });

  it('refuses nesting too deep inside a complex key, at the first bracket past the limit', () => {
    expect(findings(`? ${'['.repeat(70)}${']'.repeat(70)}\n: 1\n`)).toEqual([
      'yaml-syntax 1:66-1:67 nesting is deeper than 64 levels: a blueprint is never that deep',
    ]);
  });

  it('puts an unclosed quote, single or double, at its opening quote', () => {
    for (const quote of ["'", '"']) {
      expect(findings(`title: ${quote}abc\nid: x\n`)).toEqual([
        'yaml-syntax 1:8-1:9 this quoted text is never closed: add the closing quote',
      ]);
    }
  });

  it('names an unknown tag in the short form', () => {
    expect(findings('x-a: !!foo bar\n')).toEqual([
      'yaml-syntax 1:6-1:11 unknown tag !!foo: blueprints use plain YAML values, without tags',
    ]);
  });

  it("gives the parser's own words after the friendly ones, without its line and column, lower case", () => {
    expect(findings('a: b: c\n')).toEqual([
      "yaml-syntax 1:4-1:5 a value that contains ': ' must be quoted, for example title: \"SQL: basics\" (YAML reads an unquoted ': ' as a nested key) (YAML: nested mappings are not allowed in compact mappings)",
    ]);
    expect(findings('- a\nb: 1\n')).toEqual([
      'yaml-syntax 2:1-2:2 unexpected character (YAML: unexpected scalar at node end)',
      'yaml-syntax 2:2-2:3 unexpected character (YAML: unexpected map-value-ind token in YAML stream: ":")',
      'yaml-syntax 2:4-2:5 unexpected character (YAML: unexpected scalar token in YAML stream: "1")',
    ]);
    for (const text of ['a: [1, 2\n', 'a: {b\n', '- [\n', 'a:\n\t- b\n', '"\\q"\n', 'a: &x\n']) {
      for (const line of findings(text)) {
        expect(line).not.toMatch(/at line \d+|column \d+/);
        expect(line).toMatch(/^[a-z-]+ \d+:\d+-\d+:\d+ [a-z]/);
      }
    }
  });

  it('names the line of the first occurrence of a duplicate key, in block and flow mappings', () => {
    expect(findings('a: 1\nb: 2\na: 3\n')).toEqual([
      'duplicate-key 3:1-3:2 duplicate key `a`: it is already set on line 1; keep one',
    ]);
    expect(findings('x: 0\ny: {a: 1,\n  a: 2}\n')).toEqual([
      'duplicate-key 3:3-3:4 duplicate key `a`: it is already set on line 2; keep one',
    ]);
  });
});
