// npm run docs: regenerates, from the rules' metas, the rule table of README.md and the rule and
// preset names of the config schema; and the examples of `blueprint diff` in docs/diff.md and
// README.md from the tool's output.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withGeneratedConfigParts } from './config-schema.js';
import { EXAMPLE_DOCUMENTS, withExamples } from './diff-examples.js';
import { readmeTable, renderRulesTable, tableCells, withRulesTable } from './rules-table.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = join(root, 'README.md');
const before = readFileSync(readme, 'utf8');
const current = readmeTable(before);
// Compared cell by cell, so a table someone aligned by hand is not rewritten for nothing.
const fresh =
  current !== undefined &&
  JSON.stringify(tableCells(current)) === JSON.stringify(tableCells(renderRulesTable()));
if (!fresh) writeFileSync(readme, withRulesTable(before));
console.log(fresh ? 'README.md rule table is up to date' : 'README.md rule table regenerated');

const configSchema = join(root, 'schemas', 'blueprintrc.schema.json');
const schemaBefore = readFileSync(configSchema, 'utf8');
const schemaAfter = withGeneratedConfigParts(schemaBefore);
if (schemaAfter !== schemaBefore) writeFileSync(configSchema, schemaAfter);
console.log(
  schemaAfter === schemaBefore
    ? 'schemas/blueprintrc.schema.json rule names are up to date'
    : 'schemas/blueprintrc.schema.json rule names regenerated',
);

for (const document of EXAMPLE_DOCUMENTS) {
  const path = join(root, document);
  const text = readFileSync(path, 'utf8');
  const updated = await withExamples(text);
  if (updated !== text) writeFileSync(path, updated);
  console.log(
    updated === text ? `${document} diff examples are up to date` : `${document} diff examples regenerated`,
  );
}
