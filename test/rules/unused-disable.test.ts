import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkBlueprint } from '../../src/check/blueprint.js';
import { isRuleDocProblem, readRuleDoc } from '../../src/rules/docs.js';
import { resolveSeverities } from '../../src/rules/presets.js';
import { unusedDisable } from '../../src/rules/unused-disable.js';
import { blueprintText } from '../helpers/project.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/unused-disable/${name}`, import.meta.url));

function unused(name: string) {
  const result = checkBlueprint(fixture(name), {
    file: name,
    severities: resolveSeverities(),
  });
  return { result, unused: result.findings.filter((finding) => finding.rule === 'unused-disable') };
}

describe('unused-disable', () => {
  it('is a warning in the recommended preset', () => {
    expect(unusedDisable.meta).toMatchObject({
      id: 'unused-disable',
      severity: 'warning',
      preset: 'recommended',
    });
    expect(resolveSeverities()['unused-disable']).toBe('warn');
  });

  it('reports an unknown rule name in a next-line directive, at the name', () => {
    const { unused: found } = unused('invalid-misspelt.blueprint.yaml');
    expect(found.map((f) => [f.line, f.column, f.endLine, f.endColumn, f.severity])).toEqual([
      [14, 33, 14, 48, 'warning'],
    ]);
    expect(found[0]?.message).toBe(
      "unknown rule 'sesion-too-long' in blueprint-disable-next-line. Did you mean 'session-too-long'?",
    );
  });

  it('reports a directive naming unused-disable itself: its findings cannot be disabled inline', () => {
    const { unused: found } = unused('invalid-self.blueprint.yaml');
    expect(found.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      "3:66 'unused-disable' reports nothing on line 3: remove it from this blueprint-disable-line comment",
    ]);
  });

  it('reports a directive that names no rule, at the comment', () => {
    const { unused: found } = unused('invalid-no-rule.blueprint.yaml');
    expect(found.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '7:20 name the rules to disable: # blueprint-disable-line RULE[, RULE…]',
    ]);
  });

  it('stays silent when the directive suppresses a finding, or when there is none', () => {
    expect(unused('valid-used.blueprint.yaml').result.findings).toEqual([]);
    expect(unused('valid-no-directive.blueprint.yaml').result.findings).toEqual([]);
  });

  it('the suppressed finding is real: without the directive, session-too-long fires on that line', () => {
    const text = fixture('valid-used.blueprint.yaml')
      .toString()
      .replace(/ # blueprint-disable-line.*/, '');
    const result = checkBlueprint(text, { severities: resolveSeverities() });
    expect(result.findings.map((f) => `${f.line} ${f.rule}`)).toEqual(['17 session-too-long']);
  });

  it('fires on the failing example of its doc and not on the passing one, comments kept', () => {
    const doc = readRuleDoc('unused-disable');
    if (isRuleDocProblem(doc)) throw new Error(doc.problems.join('; '));
    const withFragment = (section: string) => {
      const fragment = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
      const base = parse(blueprintText()) as Record<string, unknown>;
      for (const key of Object.keys(parse(fragment) as object)) delete base[key];
      const result = checkBlueprint(`${stringify(base)}${fragment}`, { severities: resolveSeverities() });
      return result.findings.filter((finding) => finding.rule === 'unused-disable');
    };
    expect(withFragment(doc.sections['Failing example']).map((f) => f.message)).toEqual([
      "unknown rule 'sesion-too-long' in blueprint-disable-next-line. Did you mean 'session-too-long'?",
    ]);
    expect(withFragment(doc.sections['Passing example'])).toEqual([]);
  });
});
