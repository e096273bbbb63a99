// A rule's one-line description is written once, in its meta; every other copy is generated from
// it (`npm run docs`: the README table, the line under each English doc's title) and checked by
// test/rules/meta.test.ts. This test finds a copy written by hand anywhere else in the repo.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedPart } from '../../scripts/rules-table.js';
import { alwaysOnRules } from '../../src/rules/always-on.js';
import { rules } from '../../src/rules/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Folders that are not the project's own writing: dependencies, builds, vendored corpora, reports. */
const SKIPPED = new Set([
  'node_modules',
  'dist',
  '.git',
  'reports',
  'coverage',
  '.corpus',
  'corpus',
  '.stryker-tmp',
]);
const TEXT = /\.(ts|mjs|js|md|ya?ml|json|liquid|txt|sarif|xml)$/;

function* textFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (entry.isFile() && TEXT.test(entry.name)) yield path;
  }
}

/** A file's text without what `npm run docs` writes into it. */
function handWritten(path: string, text: string): string {
  const file = relative(root, path);
  if (file === 'README.md') return text.replace(generatedPart(text, 'rules-table') ?? '', '');
  // The config schema's rule properties are generated too (scripts/config-schema.ts): only a
  // rule whose options make its property hand-written is read.
  if (file === 'schemas/blueprintrc.schema.json') {
    const schema = JSON.parse(text);
    const properties: Record<string, { $ref?: string }> = schema.properties.rules.properties;
    for (const [id, property] of Object.entries(properties)) if (property.$ref) delete properties[id];
    return JSON.stringify(schema);
  }
  // The line under the title of an English rule doc (docs/rules/<id>.md, not docs/rules/<lang>/).
  if (/^docs\/rules\/[^/]+\.md$/.test(file)) return text.replace(/^(# .*\n)\n.*\n/, '$1');
  return text;
}

const files = [...textFiles(root)].map((path) => ({
  file: relative(root, path),
  text: handWritten(path, readFileSync(path, 'utf8')),
}));
const descriptions = [
  ...alwaysOnRules.map((rule) => [rule.id, rule.description, 'src/rules/always-on.ts'] as const),
  ...rules.map(({ meta }) => [meta.id, meta.description, `src/rules/${meta.id}.ts`] as const),
];

describe('each rule description', () => {
  it('is looked for in the whole repo, generated copies aside', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(files.map((entry) => entry.file)).toContain('docs/rules/objective-not-taught.md');
  });

  it.each(descriptions)('of %s is written once, in its meta', (_id, description, home) => {
    const places = files.flatMap(({ file, text }) => Array(text.split(description).length - 1).fill(file));
    expect(places).toEqual([home]);
  });
});
