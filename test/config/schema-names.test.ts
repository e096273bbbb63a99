import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withGeneratedConfigParts } from '../../scripts/config-schema.js';
import { alwaysOnRules } from '../../src/rules/always-on.js';
import { rules } from '../../src/rules/index.js';
import { presetNames } from '../../src/rules/presets.js';
import { validateConfig } from '../../src/schema/generated/validators.cjs';
import { configProblem } from '../helpers/config.js';

const schemaFile = new URL('../../schemas/blueprintrc.schema.json', import.meta.url);
const text = readFileSync(schemaFile, 'utf8');

describe('the config schema knows the rule and preset names (what editors check)', () => {
  it('is what `npm run docs` generates from the rules', () => {
    expect(text, 'schemas/blueprintrc.schema.json is stale: run `npm run docs`').toBe(
      withGeneratedConfigParts(text),
    );
  });

  it('accepts every configurable rule and every preset', () => {
    const config = {
      extends: [...presetNames],
      rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, 'warn'])),
    };
    expect(validateConfig(config), JSON.stringify(validateConfig.errors)).toBe(true);
  });

  it('rejects a misspelt preset, an unknown rule and an always-on check', () => {
    expect(validateConfig({ extends: ['recomended'] })).toBe(false);
    expect(validateConfig.errors?.[0]).toMatchObject({ instancePath: '/extends/0', keyword: 'enum' });
    expect(validateConfig({ rules: { 'no-such-rule': 'warn' } })).toBe(false);
    expect(validateConfig.errors?.[0]).toMatchObject({ keyword: 'additionalProperties' });
    for (const rule of alwaysOnRules) expect(validateConfig({ rules: { [rule.id]: 'off' } })).toBe(false);
  });

  it('keeps the command line messages, with their did-you-mean', () => {
    expect(configProblem('extends: [recomended]\n')).toBe(
      ".blueprintrc.yaml:1:11: unknown preset 'recomended'. Did you mean 'recommended'? Presets: recommended, qualiopi",
    );
    expect(configProblem('rules:\n  no-such-rule: warn\n')).toMatch(
      /^\.blueprintrc\.yaml:2:3: unknown rule 'no-such-rule'\./,
    );
    expect(configProblem('rules:\n  schema: off\n')).toBe(
      ".blueprintrc.yaml:2:3: 'schema' is always on and cannot be configured",
    );
  });
});
