import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { runCli } from '../helpers/io.js';
import { tempProject } from '../helpers/project.js';

describe('blueprint check --print-config FILE', () => {
  it('prints the settings found for that file, config and command line merged, and checks nothing', async () => {
    const root = tempProject({
      'courses/.blueprintrc.yaml':
        'extends: [recommended]\nrules:\n  duration-under-budget: off\n  objective-overload: [error, { perHour: 2 }]\nverbs:\n  en: { negotiate: [apply] }\n',
      'courses/broken.blueprint.yaml': 'not: [a blueprint\n',
    });
    const result = await runCli(
      [
        'check',
        '--print-config',
        'courses/broken.blueprint.yaml',
        '--preset',
        'qualiopi',
        '--rule',
        'session-too-long=error',
      ],
      { cwd: root },
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({
      file: 'courses/broken.blueprint.yaml',
      configFile: 'courses/.blueprintrc.yaml',
      verbs: { en: { negotiate: ['apply'] } },
    });
    expect(Object.keys(printed.rules)).toEqual(rules.map((rule) => rule.meta.id).sort());
    expect(printed.rules).toMatchObject({
      'duration-under-budget': 'off',
      'objective-overload': ['error', { perHour: 2 }],
      'programme-incomplete': 'error',
      'session-too-long': 'error',
      'objective-not-taught': 'error',
      'no-summative-assessment': 'warn',
    });
  });

  it('without a config: the recommended preset, configFile null', async () => {
    const root = tempProject({});
    const result = await runCli(['check', '--print-config', 'new.blueprint.yaml'], { cwd: root });
    const printed = JSON.parse(result.stdout);
    expect(printed.configFile).toBeNull();
    expect(printed.rules['programme-incomplete']).toBe('off');
  });

  it('a bad config is exit 2 as for check; a path beside it is refused', async () => {
    const root = tempProject({ '.blueprintrc.yaml': 'extends: [qualiopy]\n' });
    expect((await runCli(['check', '--print-config', 'a.blueprint.yaml'], { cwd: root })).code).toBe(2);
    expect(
      await runCli(['check', 'b', '--print-config', 'a.blueprint.yaml'], { cwd: tempProject({}) }),
    ).toMatchObject({
      code: 2,
      stderr: 'blueprint: --print-config FILE checks nothing: give no other path\n',
    });
  });
});
