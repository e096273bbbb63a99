import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/program.js';
import { freshDir, runInit } from '../init/helpers.js';

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const published = (schema: string) =>
  `https://cdn.jsdelivr.net/npm/course-blueprint@${VERSION}/schemas/${schema}`;

describe('blueprint init --vscode', () => {
  it('writes the schema mapping and the YAML extension recommendation', async () => {
    const dir = freshDir();
    const result = await runInit(['--yes', '--vscode'], { cwd: dir });
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(JSON.parse(read(dir, '.vscode/settings.json'))).toEqual({
      'yaml.schemas': {
        [published('blueprint.schema.json')]: ['**/*.blueprint.yaml', '**/*.blueprint.yml'],
        [published('blueprintrc.schema.json')]: [
          '**/.blueprintrc.yaml',
          '**/.blueprintrc.yml',
          '**/blueprint.config.yaml',
        ],
      },
    });
    expect(JSON.parse(read(dir, '.vscode/extensions.json'))).toEqual({
      recommendations: ['redhat.vscode-yaml'],
    });
    expect(result.stdout).toContain('  .vscode/settings.json\n  .vscode/extensions.json\n');
  });

  it('completes existing files, keeping their comments and settings, and changes nothing the second time', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, '.vscode'));
    const settings =
      '{\n  // my editor\n  "editor.tabSize": 4,\n  "yaml.schemas": { "other.json": ["*.x.yaml"] },\n}\n';
    writeFileSync(join(dir, '.vscode/settings.json'), settings);
    writeFileSync(
      join(dir, '.vscode/extensions.json'),
      '{ "recommendations": ["esbenp.prettier-vscode"] }\n',
    );
    const result = await runInit(['--yes', '--vscode'], { cwd: dir });
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('Updated:\n  .vscode/settings.json\n  .vscode/extensions.json\n');
    const merged = read(dir, '.vscode/settings.json');
    expect(merged).toContain('// my editor');
    expect(parse(merged)).toEqual({
      'editor.tabSize': 4,
      'yaml.schemas': {
        'other.json': ['*.x.yaml'],
        [published('blueprint.schema.json')]: ['**/*.blueprint.yaml', '**/*.blueprint.yml'],
        [published('blueprintrc.schema.json')]: expect.any(Array),
      },
    });
    expect(JSON.parse(read(dir, '.vscode/extensions.json')).recommendations).toEqual([
      'esbenp.prettier-vscode',
      'redhat.vscode-yaml',
    ]);
    const before = [read(dir, '.vscode/settings.json'), read(dir, '.vscode/extensions.json')];
    const again = await runInit(['--yes', '--vscode', '--force'], { cwd: dir });
    expect(again.stdout).not.toContain('.vscode');
    expect([read(dir, '.vscode/settings.json'), read(dir, '.vscode/extensions.json')]).toEqual(before);
  });

  it('refuses a settings file it cannot complete safely, writing nothing at all', async () => {
    for (const [content, why] of [
      ['{ "a": 1, ', 'it is not JSON with comments'],
      ['{ "yaml.schemas": "x.json" }', '"yaml.schemas" is not an object'],
      ['[1]', 'it does not hold an object'],
    ]) {
      const dir = freshDir();
      mkdirSync(join(dir, '.vscode'));
      writeFileSync(join(dir, '.vscode/settings.json'), content as string);
      const result = await runInit(['--yes', '--vscode'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`blueprint: cannot complete .vscode/settings.json: ${why}`);
      expect(readdirSync(dir)).toEqual(['.vscode']);
      expect(read(dir, '.vscode/settings.json')).toBe(content);
    }
  });

  it('maps the installed schemas when course-blueprint is installed', async () => {
    const dir = freshDir();
    const schemas = join(dir, 'node_modules', 'course-blueprint', 'schemas');
    mkdirSync(schemas, { recursive: true });
    for (const name of ['blueprint.schema.json', 'blueprintrc.schema.json'])
      writeFileSync(join(schemas, name), '{}');
    expect((await runInit(['--yes', '--vscode'], { cwd: dir })).code).toBe(0);
    expect(Object.keys(JSON.parse(read(dir, '.vscode/settings.json'))['yaml.schemas'])).toEqual([
      './node_modules/course-blueprint/schemas/blueprint.schema.json',
      './node_modules/course-blueprint/schemas/blueprintrc.schema.json',
    ]);
    expect(existsSync(join(dir, '.vscode/extensions.json'))).toBe(true);
  });
});
