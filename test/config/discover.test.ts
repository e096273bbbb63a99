import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAMES, createConfigFinder, findConfigFile } from '../../src/config/discover.js';
import { tempProject } from '../helpers/project.js';

describe('config discovery', () => {
  it('finds the config in the folder itself', () => {
    const root = tempProject({ '.blueprintrc.yaml': '' });
    expect(findConfigFile(root)).toBe(join(root, '.blueprintrc.yaml'));
  });

  it('walks up to the nearest folder that has one', () => {
    const root = tempProject({ '.blueprintrc.yml': '', 'a/b/c/x.blueprint.yaml': '' });
    expect(findConfigFile(join(root, 'a/b/c'))).toBe(join(root, '.blueprintrc.yml'));
  });

  it('stops at the nearest config: a nested one hides the outer one', () => {
    const root = tempProject({ '.blueprintrc.yaml': '', 'a/blueprint.config.yaml': '', 'a/b/x': '' });
    expect(findConfigFile(join(root, 'a/b'))).toBe(join(root, 'a/blueprint.config.yaml'));
    expect(findConfigFile(root)).toBe(join(root, '.blueprintrc.yaml'));
  });

  it('prefers the names in the documented order within one folder', () => {
    expect(CONFIG_FILE_NAMES).toEqual([
      '.blueprintrc.yaml',
      '.blueprintrc.yml',
      '.blueprintrc.json',
      'blueprint.config.yaml',
    ]);
    const all = Object.fromEntries(CONFIG_FILE_NAMES.map((name) => [name, '']));
    const root = tempProject(all);
    expect(findConfigFile(root)).toBe(join(root, '.blueprintrc.yaml'));
    const noYaml = tempProject({ '.blueprintrc.json': '', 'blueprint.config.yaml': '' });
    expect(findConfigFile(noYaml)).toBe(join(noYaml, '.blueprintrc.json'));
  });

  it('ignores a folder that has a config name', () => {
    const root = tempProject({ '.blueprintrc.yml': '', 'a/.blueprintrc.yaml/inner': '' });
    expect(findConfigFile(join(root, 'a'))).toBe(join(root, '.blueprintrc.yml'));
  });

  it('caches each folder: a config added later is not seen by the same finder, but by a new one', () => {
    const root = tempProject({ 'a/b/x': '' });
    const finder = createConfigFinder();
    const before = finder.find(join(root, 'a/b'));
    writeFileSync(join(root, 'a/.blueprintrc.yaml'), '');
    expect(finder.find(join(root, 'a/b'))).toBe(before);
    expect(finder.find(join(root, 'a'))).toBe(before);
    expect(createConfigFinder().find(join(root, 'a/b'))).toBe(join(root, 'a/.blueprintrc.yaml'));
  });

  it('answers siblings from the cache of their common parent', () => {
    const root = tempProject({ '.blueprintrc.yaml': '' });
    mkdirSync(join(root, 'one'));
    mkdirSync(join(root, 'two'));
    const finder = createConfigFinder();
    expect(finder.find(join(root, 'one'))).toBe(join(root, '.blueprintrc.yaml'));
    expect(finder.find(join(root, 'two'))).toBe(join(root, '.blueprintrc.yaml'));
  });
});
