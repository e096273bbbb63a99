/** Rule options in a config, ESLint style: `rule: [severity, { option: value }]`. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { resolveSettings } from '../../src/config/resolve.js';
import { configProblem } from '../helpers/config.js';

const problemOf = configProblem;

describe('rule options in a config', () => {
  it('reads [severity, options] into the severity and the rules context', () => {
    const config = parseConfig('rules:\n  objective-overload: [error, { perHour: 2 }]\n', 'c');
    expect(config.rules['objective-overload']).toBe('error');
    const { severities, context } = resolveSettings(config);
    expect(severities['objective-overload']).toBe('error');
    expect(context.options?.['objective-overload']?.perHour).toBe(2);
  });

  it('keeps the options when the command line changes the severity', () => {
    const config = parseConfig('rules:\n  objective-overload: [error, { perHour: 1.5 }]\n', 'c');
    const { severities, context } = resolveSettings(config, { rules: [['objective-overload', 'warn']] });
    expect(severities['objective-overload']).toBe('warn');
    expect(context.options?.['objective-overload']?.perHour).toBe(1.5);
  });

  it('accepts the same in JSON, and a severity alone as before', () => {
    expect(
      parseConfig('{"rules": {"objective-overload": ["warn", {"perHour": 4}]}}', 'c.json').options,
    ).toEqual({
      'objective-overload': { perHour: 4 },
    });
    expect(parseConfig('rules:\n  objective-overload: off\n', 'c').rules['objective-overload']).toBe('off');
  });

  it('refuses, with the line and what is expected: unknown options, bad values, options for a rule that takes none', () => {
    expect(problemOf('rules:\n  objective-overload: [warn, { perHuor: 2 }]\n')).toBe(
      ".blueprintrc.yaml:2:23: unknown option 'perHuor' for 'objective-overload'. Did you mean 'perHour'? Options: perHour",
    );
    expect(problemOf('rules:\n  objective-overload: [warn, { perHour: 0 }]\n')).toBe(
      ".blueprintrc.yaml:2:23: option 'perHour' of 'objective-overload' (objectives per hour of teaching modules) must be a number more than 0, got 0",
    );
    expect(problemOf("rules:\n  objective-overload: [warn, { perHour: '2' }]\n")).toMatch(
      /must be a number more than 0, got '2'$/,
    );
    expect(problemOf('rules:\n  objective-overload: [warning, { perHour: 2 }]\n')).toBe(
      ".blueprintrc.yaml:2:23: 'warning' is not a severity for 'objective-overload': use off, warn or error. Did you mean 'warn'?",
    );
    expect(problemOf('rules:\n  objective-overload: [warn]\n')).toMatch(
      /2:23: the setting of 'objective-overload' is a severity, or a list of a severity and its options/,
    );
    expect(problemOf('rules:\n  session-too-long: [warn, { max: 2 }]\n')).toBe(
      ".blueprintrc.yaml:2:21: 'session-too-long' takes no options: give its severity alone, such as 'session-too-long: warn'",
    );
    expect(problemOf('rules:\n  objective-overload: [warn, 3]\n')).toMatch(
      /the options of 'objective-overload' are a mapping, such as \{ perHour: 3 \}$/,
    );
  });

  it('keeps a __proto__ option a plain key, refused as unknown', () => {
    expect(problemOf('rules:\n  objective-overload: [warn, { __proto__: 2 }]\n')).toMatch(
      /unknown option '__proto__'/,
    );
    expect(({} as Record<string, unknown>).perHour).toBeUndefined();
  });
});
