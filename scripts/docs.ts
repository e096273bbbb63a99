// npm run docs: regenerates what the docs repeat of the rules' metas (scripts/rules-table.ts): the
// README's rule table, the tables of docs/spec/rules.md, and the description line of each English
// rule doc (other languages' docs, docs/rules/<lang>/, are left to their own writers); the rule
// and preset names of the config schema (scripts/config-schema.ts); and the examples of
// `blueprint diff` in docs/diff.md and README.md from the tool's output.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alwaysOnRules } from '../src/rules/always-on.js';
import { rules } from '../src/rules/index.js';
import { withGeneratedConfigParts } from './config-schema.js';
import { EXAMPLE_DOCUMENTS, withExamples } from './diff-examples.js';
import {
  generatedPart,
  renderRulesTable,
  SPEC_TABLES,
  tableCells,
  withDocDescription,
  withGeneratedPart,
} from './rules-table.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const written: string[] = [];

/** Rewrites a file when its generated parts changed; a table aligned by hand is kept when its cells are the same. */
function update(path: string, parts: Readonly<Record<string, () => string>>): void {
  const before = readFileSync(path, 'utf8');
  let after = before;
  for (const [name, render] of Object.entries(parts)) {
    const fresh = render();
    const current = generatedPart(after, name);
    if (current === undefined || JSON.stringify(tableCells(current)) !== JSON.stringify(tableCells(fresh)))
      after = withGeneratedPart(after, name, fresh);
  }
  if (after !== before) {
    writeFileSync(path, after);
    written.push(path);
  }
}

update(join(root, 'README.md'), { 'rules-table': renderRulesTable });
update(join(root, 'docs/spec/rules.md'), SPEC_TABLES);

const descriptions = new Map([
  ...alwaysOnRules.map((rule) => [rule.id, rule.description] as const),
  ...rules.map(({ meta }) => [meta.id, meta.description] as const),
]);
const folder = join(root, 'docs/rules');
for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
  const description = descriptions.get(name.slice(0, -'.md'.length));
  if (description === undefined) continue;
  const path = join(folder, name);
  const before = readFileSync(path, 'utf8');
  const after = withDocDescription(before, description);
  if (after !== before) {
    writeFileSync(path, after);
    written.push(path);
  }
}
const configSchema = join(root, 'schemas', 'blueprintrc.schema.json');
const schemaBefore = readFileSync(configSchema, 'utf8');
const schemaAfter = withGeneratedConfigParts(schemaBefore);
if (schemaAfter !== schemaBefore) {
  writeFileSync(configSchema, schemaAfter);
  written.push(configSchema);
}
for (const document of EXAMPLE_DOCUMENTS) {
  const path = join(root, document);
  const text = readFileSync(path, 'utf8');
  const updated = await withExamples(text);
  if (updated !== text) {
    writeFileSync(path, updated);
    written.push(path);
  }
}
console.log(
  written.length === 0 ? 'the generated docs are up to date' : `regenerated: ${written.join(', ')}`,
);
