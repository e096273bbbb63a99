import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBlueprint } from '../../src/check.js';
import { resolveSeverities } from '../../src/rules/presets.js';
import type { Rule } from '../../src/rules/types.js';
import { unusedDisable } from '../../src/rules/unused-disable.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/unused-disable/${name}`, import.meta.url));

/** A rule of the test's own that reports every module's duration, for a directive to suppress. */
const fixtureRule: Rule = {
  meta: { id: 'fixture-rule', description: 'Reports durations.', severity: 'error', preset: 'recommended' },
  check: (model) =>
    model.modules.map((module) => ({ path: `/modules/${module.index}/duration`, message: 'x' })),
};

function unused(name: string) {
  const result = checkBlueprint(fixture(name), {
    file: name,
    rules: [fixtureRule, unusedDisable],
    severities: { ...resolveSeverities(), 'fixture-rule': 'error' },
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
    expect(found[0]?.message).toMatch(/^unknown rule 'sesion-too-long' in blueprint-disable-next-line\. /);
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
    const used = unused('valid-used.blueprint.yaml');
    expect(used.result.findings).toEqual([]);
    expect(unused('valid-no-directive.blueprint.yaml').result.findings.map((f) => f.rule)).toEqual([
      'fixture-rule',
    ]);
  });
});
