import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/io.js';
import { blueprintText, tempProject } from '../helpers/project.js';

const manifest = (config: unknown) =>
  `${JSON.stringify({ name: 'courses', private: true, blueprint: config }, null, 2)}\n`;

describe('config from the "blueprint" key of package.json', () => {
  it('applies to the blueprints below it', async () => {
    const root = tempProject({
      'package.json': manifest({ extends: ['qualiopi'] }),
      'courses/a.blueprint.yaml': blueprintText(),
    });
    const result = await runCli(['check', 'courses', '--format', 'json'], { cwd: root });
    expect(result.code).toBe(1);
    const rules = JSON.parse(result.stdout)[0].findings.map((f: { rule: string }) => f.rule);
    expect(new Set(rules)).toEqual(new Set(['programme-incomplete']));
  });

  it('a package.json without the key is no config: the search goes on upwards', async () => {
    const root = tempProject({
      '.blueprintrc.yaml': 'extends: [qualiopi]\n',
      'courses/package.json': '{ "name": "courses" }\n',
      'courses/a.blueprint.yaml': blueprintText(),
    });
    expect((await runCli(['check', 'courses'], { cwd: root })).code).toBe(1);
  });

  it('a config file in the same folder wins over package.json', async () => {
    const root = tempProject({
      'package.json': manifest({ extends: ['qualiopi'] }),
      '.blueprintrc.yaml': 'extends: [recommended]\n',
      'a.blueprint.yaml': blueprintText(),
    });
    expect((await runCli(['check'], { cwd: root })).code).toBe(0);
  });

  it('a mistake under the key is exit 2 with the line and column in package.json', async () => {
    const root = tempProject({
      'package.json': manifest({ extends: ['recomended'] }),
      'a.blueprint.yaml': blueprintText(),
    });
    const result = await runCli(['check'], { cwd: root });
    expect(result).toMatchObject({
      code: 2,
      stderr:
        "blueprint: package.json:6:7: unknown preset 'recomended'. Did you mean 'recommended'? Presets: recommended, qualiopi\n",
    });
  });

  it('what is wrong elsewhere in package.json is not ours to report', async () => {
    const root = tempProject({
      'package.json': '{ "name": "x", "name": "y", "scripts": { "a": 1 }, "blueprint": { "rules": {} } }\n',
      'a.blueprint.yaml': blueprintText(),
    });
    expect(await runCli(['check'], { cwd: root })).toMatchObject({ code: 0, stderr: '' });
  });
});
