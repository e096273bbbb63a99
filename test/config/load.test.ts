import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfigFile, parseConfig } from '../../src/config/load.js';
import { UsageError } from '../../src/errors.js';
import { configProblem } from '../helpers/config.js';
import { tempProject } from '../helpers/project.js';

const problemOf = configProblem;

describe('parseConfig', () => {
  it('reads extends, rules and verbs', () => {
    const config = parseConfig(
      'extends: [recommended, qualiopi]\nrules:\n  unused-disable: error\nverbs:\n  en:\n    negotiate: [apply, create]\n',
      'c.yaml',
    );
    expect(config.file).toBe('c.yaml');
    expect(config.extends).toEqual(['recommended', 'qualiopi']);
    expect({ ...config.rules }).toEqual({ 'unused-disable': 'error' });
    expect({ ...config.verbs.en }).toEqual({ negotiate: ['apply', 'create'] });
  });

  it('defaults extends to [recommended], also for an empty or comments-only file', () => {
    expect(parseConfig('rules: {}\n', 'c').extends).toEqual(['recommended']);
    expect(parseConfig('', 'c').extends).toEqual(['recommended']);
    expect(parseConfig('# nothing yet\n', 'c').extends).toEqual(['recommended']);
  });

  it('keeps an explicit empty extends: no preset at all', () => {
    expect(parseConfig('extends: []\n', 'c').extends).toEqual([]);
  });

  it('reads JSON with the same parser, positions included', () => {
    expect(
      parseConfig('{\n\t"rules": {"unused-disable": "off"}\n}\n', 'c.json').rules['unused-disable'],
    ).toBe('off');
    expect(problemOf('{\n  "rules": {\n    "unused-disabel": "off"\n  }\n}\n', '.blueprintrc.json')).toBe(
      ".blueprintrc.json:3:5: unknown rule 'unused-disabel'. Did you mean 'unused-disable'? See 'blueprint explain' for the list.",
    );
  });

  it('names the file, line and column of an unknown rule, with a did-you-mean', () => {
    expect(problemOf('extends: [recommended]\nrules:\n  unused-disabel: off\n')).toBe(
      ".blueprintrc.yaml:3:3: unknown rule 'unused-disabel'. Did you mean 'unused-disable'? See 'blueprint explain' for the list.",
    );
  });

  it('points at an unknown preset in extends', () => {
    expect(problemOf('extends: [recommended, qualiopy]\n')).toBe(
      ".blueprintrc.yaml:1:24: unknown preset 'qualiopy'. Did you mean 'qualiopi'? Presets: recommended, qualiopi",
    );
  });

  it('points at a bad severity, suggesting the right word', () => {
    expect(problemOf('rules:\n  unused-disable: warning\n')).toBe(
      ".blueprintrc.yaml:2:19: 'warning' is not a severity for 'unused-disable': use off, warn or error. Did you mean 'warn'?",
    );
    expect(problemOf('rules:\n  unused-disable: erorr\n')).toBe(
      ".blueprintrc.yaml:2:19: 'erorr' is not a severity for 'unused-disable': use off, warn or error. Did you mean 'error'?",
    );
    expect(problemOf('rules:\n  unused-disable: 2\n')).toBe(
      ".blueprintrc.yaml:2:19: 2 is not a severity for 'unused-disable': use off, warn or error. (numbers such as 0, 1, 2 are not severities here)",
    );
  });

  it('points at an unknown top-level key, with a did-you-mean', () => {
    expect(problemOf('extends: [recommended]\nrule:\n  unused-disable: off\n')).toBe(
      ".blueprintrc.yaml:2:1: unknown key 'rule'. Did you mean 'rules'? Known: extends, rules, ignores, verbs, locale",
    );
  });

  it('refuses to configure an always-on check', () => {
    expect(problemOf('rules:\n  schema: off\n')).toBe(
      ".blueprintrc.yaml:2:3: 'schema' is always on and cannot be configured",
    );
  });

  it('checks verbs: language and Bloom levels', () => {
    expect(problemOf('verbs:\n  de:\n    verhandeln: [apply]\n')).toBe(
      ".blueprintrc.yaml:2:3: unknown language 'de' in verbs. Known: en, fr",
    );
    expect(problemOf('verbs:\n  en:\n    negotiate: [apply, creat]\n')).toBe(
      ".blueprintrc.yaml:3:24: unknown Bloom level 'creat'. Did you mean 'create'? Levels: remember, understand, apply, analyze, evaluate, create",
    );
  });

  it('says what shape a key takes when its type is wrong', () => {
    expect(problemOf('extends: recommended\n')).toBe(
      '.blueprintrc.yaml:1:10: `extends` is a list of presets, such as [recommended, qualiopi]',
    );
    expect(problemOf('rules: [unused-disable]\n')).toBe(
      '.blueprintrc.yaml:1:8: `rules` is a mapping of rule: severity, such as { duration-under-budget: off }',
    );
    expect(problemOf('- recommended\n')).toBe(
      '.blueprintrc.yaml:1:1: a config is a mapping with the keys extends, rules, ignores, verbs and locale',
    );
  });

  it('reports the first problem in the file when there are several', () => {
    expect(problemOf('rules:\n  unused-disable: warning\nextendz: []\n')).toMatch(
      /^\.blueprintrc\.yaml:2:19: /,
    );
  });

  it('reports YAML errors and duplicate keys with their position', () => {
    expect(problemOf('rules:\n  unused-disable: off\n  unused-disable: error\n')).toBe(
      '.blueprintrc.yaml:3:3: duplicate key `unused-disable`: it is already set on line 2; keep one',
    );
    expect(problemOf('rules:\n\tunused-disable: off\n')).toMatch(
      /^\.blueprintrc\.yaml:2:1: tabs are not allowed/,
    );
  });

  it('never lets a __proto__ key reach a prototype', () => {
    expect(problemOf('__proto__:\n  polluted: yes\n')).toBe(
      ".blueprintrc.yaml:1:1: unknown key '__proto__'. Known: extends, rules, ignores, verbs, locale",
    );
    expect(problemOf('rules:\n  __proto__: off\n')).toMatch(
      /^\.blueprintrc\.yaml:2:3: unknown rule '__proto__'/,
    );
    const config = parseConfig('verbs:\n  en:\n    __proto__: [apply]\n    constructor: [create]\n', 'c');
    const english = config.verbs.en as Record<string, string[]>;
    expect(Object.getPrototypeOf(english)).toBe(null);
    expect(Object.keys(english)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(english, '__proto__')?.value).toEqual(['apply']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('apply');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('0');
  });
});

describe('loadConfigFile', () => {
  it('names a config that cannot be read', () => {
    const root = tempProject({ 'folder.yaml/x': '' });
    expect(() => loadConfigFile('missing.yaml', root)).toThrow(
      new UsageError('config cannot read missing.yaml: no such file'),
    );
    expect(() => loadConfigFile('folder.yaml', root)).toThrow(
      new UsageError('config folder.yaml is a folder, not a file'),
    );
  });

  it('refuses a config that is not UTF-8, at the offending byte', () => {
    const root = tempProject({});
    const file = `${root}/latin1.yaml`;
    writeFileSync(file, Buffer.from('rules: {}\n# caf\xe9\n', 'latin1'));
    expect(() => loadConfigFile('latin1.yaml', root)).toThrow(/^latin1\.yaml:2:6: the file is not UTF-8/);
  });

  it('shows the path relative to the working folder', () => {
    const root = tempProject({ 'sub/.blueprintrc.yaml': 'rules: { nope: off }\n' });
    expect(() => loadConfigFile(`${root}/sub/.blueprintrc.yaml`, root)).toThrow(
      /^sub\/\.blueprintrc\.yaml:1:10: unknown rule 'nope'/,
    );
  });
});
