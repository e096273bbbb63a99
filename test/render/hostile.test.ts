import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { VALID } from '../helpers/check.js';
import { runCli } from '../helpers/io.js';

let dir: string;
const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'blueprint-hostile-'));
  write('course.blueprint.yaml', VALID);
  write('secret.txt', 'TOP SECRET');
  write('out.md', 'previous document\n');
});

/** Renders through a template, expecting refusal: exit 2, one line naming file:line:col, out.md untouched. */
async function refused(template: string, text: string) {
  write(template, text);
  const result = await runCli(
    ['render', 'course.blueprint.yaml', '--template', template, '--out', 'out.md'],
    {
      cwd: dir,
      env: { SECRET_TOKEN: 'TOP SECRET' },
    },
  );
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toContain('TOP SECRET');
  expect(readFileSync(join(dir, 'out.md'), 'utf8')).toBe('previous document\n');
  expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  return result.stderr;
}

describe('hostile templates are refused with the template line, and nothing is written', () => {
  it('refuses an include of a file outside the template folder', async () => {
    const message = await refused('tpl/main.liquid', '# Title\n\n{% include ../secret.txt %}\n');
    expect(message).toBe(
      'blueprint: tpl/main.liquid:3:1: cannot include "../secret.txt": templates may only include files inside their own folder\n',
    );
  });

  it('refuses an absolute include and a render of a system file', async () => {
    expect(await refused('tpl/abs.liquid', 'x\n{% include /etc/passwd %}')).toMatch(
      /^blueprint: tpl\/abs\.liquid:2:1: cannot include "\/etc\/passwd"/,
    );
    expect(await refused('tpl/render.liquid', '{% render /etc/hostname %}')).toMatch(
      /^blueprint: tpl\/render\.liquid:1:1: cannot include "\/etc\/hostname"/,
    );
  });

  it('refuses a symbolic link inside the folder that points outside it', async () => {
    mkdirSync(join(dir, 'tpl'));
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'tpl', 'link.liquid'));
    const message = await refused('tpl/main.liquid', 'a\nb\n{% include link.liquid %}');
    expect(message).toMatch(
      /^blueprint: tpl\/main\.liquid:3:1: cannot include "link\.liquid": templates may only include files inside their own folder/,
    );
  });

  it('refuses a variable include (no dynamic partials)', async () => {
    const message = await refused(
      'tpl/dynamic.liquid',
      '{% assign f = "../secret.txt" %}\n{% include {{ f }} %}',
    );
    expect(message).toMatch(/^blueprint: tpl\/dynamic\.liquid:2:1: /);
  });

  it('stops a loop over 10^8 items', async () => {
    const message = await refused('loop.liquid', 'start\n{% for i in (1..100000000) %}{{ i }}{% endfor %}\n');
    expect(message).toMatch(
      /^blueprint: loop\.liquid:2:1: memory alloc limit exceeded: the template built more than 20,000,000 items/,
    );
  });

  it('stops nested loops of 10^8 iterations (time limit: LiquidJS counts no iterations)', async () => {
    const nested = '{% for a in (1..10000) %}\n{% for b in (1..10000) %}x{% endfor %}{% endfor %}';
    expect(await refused('nested.liquid', nested)).toMatch(
      /^blueprint: nested\.liquid:2:\d+: template render limit exceeded: the template ran longer than 5 s/,
    );
  });

  it('stops a template that includes itself', async () => {
    expect(await refused('self.liquid', 'x{% include self.liquid %}')).toMatch(
      /^blueprint: self\.liquid:1:\d+: template render limit exceeded/,
    );
  });

  it('refuses constructor, __proto__ and prototype access', async () => {
    expect(await refused('c.liquid', 'ok\n{{ blueprint.constructor }}')).toBe(
      'blueprint: c.liquid:2:4: undefined variable: blueprint.constructor (a template sees only `blueprint` and `figures`, and their own keys)\n',
    );
    expect(await refused('p.liquid', '{{ blueprint.title.constructor.name }}')).toMatch(
      /^blueprint: p\.liquid:1:4: undefined variable: blueprint\.title\.constructor /,
    );
    expect(await refused('q.liquid', '{{ figures.objectives.__proto__ }}')).toMatch(
      /^blueprint: q\.liquid:1:4: undefined variable: figures\.objectives\.__proto__ /,
    );
  });

  it('gives no access to the environment or to JavaScript globals', async () => {
    expect(await refused('env.liquid', '\n\n{{ process.env.SECRET_TOKEN }}')).toMatch(
      /^blueprint: env\.liquid:3:4: undefined variable: process /,
    );
    expect(await refused('env2.liquid', '{{ env.SECRET_TOKEN }}')).toMatch(
      /^blueprint: env2\.liquid:1:4: undefined variable: env/,
    );
    expect(await refused('glob.liquid', '{{ globalThis }}')).toMatch(/undefined variable: globalThis/);
  });

  it('refuses an unknown variable or filter, naming the line', async () => {
    expect(await refused('v.liquid', '# {{ blueprint.title }}\n\n{{ blueprint.tittle }}')).toMatch(
      /^blueprint: v\.liquid:3:4: undefined variable: blueprint\.tittle /,
    );
    expect(await refused('f.liquid', 'a\n{{ blueprint.title | shout }}')).toBe(
      'blueprint: f.liquid:2:1: undefined filter: shout\n',
    );
  });

  it('names the included file and its line when the error is inside an include', async () => {
    write('tpl/part.liquid', 'one\ntwo\n{{ figures.nothing }}');
    expect(await refused('tpl/main.liquid', '{% include part.liquid %}')).toMatch(
      /^blueprint: tpl\/part\.liquid:3:4: undefined variable: figures\.nothing /,
    );
  });

  it('refuses a template that does not parse', async () => {
    expect(await refused('broken.liquid', 'a\n{% if blueprint.title %}\nno end')).toBe(
      'blueprint: broken.liquid:2:1: tag {% if blueprint.title %} not closed\n',
    );
  });
});
