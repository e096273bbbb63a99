import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { createSettingsResolver, resolveSettings } from '../../src/config/resolve.js';
import { UsageError } from '../../src/errors.js';
import { presetSeverities } from '../../src/rules/presets.js';
import { tempProject } from '../helpers/project.js';

describe('resolveSettings', () => {
  it('with no config, is the recommended preset', () => {
    expect({ ...resolveSettings().severities }).toEqual({ ...presetSeverities('recommended') });
    expect(resolveSettings().severities['unused-disable']).toBe('warn');
  });

  it('applies extends, then the config rules, then --preset, then --rule', () => {
    const config = parseConfig('extends: [recommended]\nrules:\n  unused-disable: off\n', 'c');
    expect(resolveSettings(config).severities['unused-disable']).toBe('off');
    expect(resolveSettings(config, { presets: ['recommended'] }).severities['unused-disable']).toBe('warn');
    expect(
      resolveSettings(config, { presets: ['recommended'], rules: [['unused-disable', 'error']] }).severities[
        'unused-disable'
      ],
    ).toBe('error');
    expect(resolveSettings(config, { presets: ['qualiopi'] }).severities['unused-disable']).toBe('off');
  });

  it('turns nothing on with extends: []', () => {
    expect(Object.keys(resolveSettings(parseConfig('extends: []\n', 'c')).severities)).toEqual([]);
  });

  it('passes the config verbs to the rules', () => {
    const config = parseConfig('verbs:\n  fr:\n    négocier: [apply]\n', 'c');
    expect(resolveSettings(config).context.verbs?.fr?.négocier).toEqual(['apply']);
  });
});

describe('createSettingsResolver', () => {
  it('gives each blueprint the config of its own folder', () => {
    const root = tempProject({
      '.blueprintrc.yaml': 'rules: { unused-disable: error }\n',
      'quiet/.blueprintrc.yaml': 'rules: { unused-disable: off }\n',
    });
    const settings = createSettingsResolver({ cwd: root });
    expect(settings('a.blueprint.yaml').severities['unused-disable']).toBe('error');
    expect(settings('quiet/deep/b.blueprint.yaml').severities['unused-disable']).toBe('off');
    expect(settings('quiet/deep/b.blueprint.yaml').configFile).toBe('quiet/.blueprintrc.yaml');
    expect(settings('quiet/c.blueprint.yaml')).toBe(settings('quiet/deep/b.blueprint.yaml'));
  });

  it('uses --config for every blueprint, and reads it at once', () => {
    const root = tempProject({
      '.blueprintrc.yaml': 'rules: { unused-disable: error }\n',
      'shared.yaml': 'rules: { unused-disable: off }\n',
      'bad.yaml': 'rules: { unused-disable: of }\n',
    });
    const settings = createSettingsResolver({ cwd: root, configFile: 'shared.yaml' });
    expect(settings('a.blueprint.yaml').severities['unused-disable']).toBe('off');
    expect(() => createSettingsResolver({ cwd: root, configFile: 'bad.yaml' })).toThrow(UsageError);
  });

  it('throws the config problem when a blueprint governed by a bad config is resolved', () => {
    const root = tempProject({ 'bad/.blueprintrc.yaml': 'extends: [recomended]\n' });
    const settings = createSettingsResolver({ cwd: root });
    expect(settings('ok.blueprint.yaml').configFile).toBe('');
    expect(() => settings('bad/x.blueprint.yaml')).toThrow(
      new UsageError(
        "bad/.blueprintrc.yaml:1:11: unknown preset 'recomended'. Did you mean 'recommended'? Presets: recommended, qualiopi",
      ),
    );
  });
});
