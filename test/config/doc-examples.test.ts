// The config examples in the docs are configs the loader accepts: they cannot drift from the
// rule ids, the presets or the schema.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAMES } from '../../src/config/discover.js';
import { parseConfig } from '../../src/config/load.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The yaml and json code blocks of a Markdown file that are configs (they set extends, rules or verbs). */
function configBlocks(file: string): Array<[string, string]> {
  const markdown = readFileSync(`${root}${file}`, 'utf8');
  return [...markdown.matchAll(/```(yaml|json)\n([\s\S]*?)```/g)]
    .map((match) => match[2] as string)
    .filter((block) => /^(\{|\s*"?(extends|rules|verbs)"?\s*:|# \.blueprintrc)/m.test(block))
    .filter((block) => !/^(blueprint|modules|objectives|constraints):/m.test(block))
    .map((block, index) => [`${file} #${index + 1}`, block]);
}

const files = [
  'README.md',
  'docs/configuration.md',
  ...readdirSync(`${root}docs/rules`)
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/rules/${name}`),
  ...readdirSync(`${root}docs/rules/fr`).map((name) => `docs/rules/fr/${name}`),
];
const blocks = files.flatMap(configBlocks);

describe('config examples in the docs', () => {
  it('are found', () => {
    expect(blocks.map(([name]) => name)).toEqual(
      expect.arrayContaining(['README.md #1', 'docs/configuration.md #1', 'docs/configuration.md #2']),
    );
  });

  it.each(blocks)('%s is a valid config', (name, block) => {
    // A package.json example holds its config under the "blueprint" key, as discovery reads it.
    const key = /^\s*"blueprint"\s*:/m.test(block) ? 'blueprint' : undefined;
    expect(() => parseConfig(block, name, key)).not.toThrow();
    if (key) expect(parseConfig(block, name, key).ignores).toBeDefined();
  });
});

/** Config files shipped in the repo (examples, starters), outside tests and dependencies. */
function repoConfigs(): string[] {
  const found: string[] = [];
  const stack = [''];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory() && !['node_modules', '.git', 'dist', 'test'].includes(entry.name))
        stack.push(path);
      else if (entry.isFile() && CONFIG_FILE_NAMES.includes(entry.name)) found.push(path);
    }
  }
  const starter = 'templates/init/blueprintrc.yaml';
  return [...found, ...(existsSync(join(root, starter)) ? [starter] : [])].sort();
}

describe('config files in the repo', () => {
  it('are valid configs (the starter that init writes among them, once it exists)', () => {
    const problems = repoConfigs().flatMap((file) => {
      try {
        parseConfig(readFileSync(join(root, file), 'utf8'), file);
        return [];
      } catch (error) {
        return [(error as Error).message];
      }
    });
    expect(problems).toEqual([]);
  });
});
