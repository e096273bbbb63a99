// The config examples in the docs are configs the loader accepts: they cannot drift from the
// rule ids, the presets or the schema.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
  ...readdirSync(`${root}docs/rules`).map((name) => `docs/rules/${name}`),
];
const blocks = files.flatMap(configBlocks);

describe('config examples in the docs', () => {
  it('are found', () => {
    expect(blocks.map(([name]) => name)).toEqual(
      expect.arrayContaining(['README.md #1', 'docs/configuration.md #1', 'docs/configuration.md #2']),
    );
  });

  it.each(blocks)('%s is a valid config', (name, block) => {
    expect(() => parseConfig(block, name)).not.toThrow();
  });
});
