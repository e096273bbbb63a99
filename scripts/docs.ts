// npm run docs: regenerates the rule table of README.md from the rules' metas, and the examples
// of `blueprint diff` in docs/diff.md and README.md from the tool's output.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_DOCUMENTS, withExamples } from './diff-examples.js';
import { readmeTable, renderRulesTable, tableCells, withRulesTable } from './rules-table.js';

const readme = join(fileURLToPath(new URL('..', import.meta.url)), 'README.md');
const before = readFileSync(readme, 'utf8');
const current = readmeTable(before);
// Compared cell by cell, so a table someone aligned by hand is not rewritten for nothing.
const fresh =
  current !== undefined &&
  JSON.stringify(tableCells(current)) === JSON.stringify(tableCells(renderRulesTable()));
if (!fresh) writeFileSync(readme, withRulesTable(before));
console.log(fresh ? 'README.md rule table is up to date' : 'README.md rule table regenerated');

const root = fileURLToPath(new URL('..', import.meta.url));
for (const document of EXAMPLE_DOCUMENTS) {
  const path = join(root, document);
  const text = readFileSync(path, 'utf8');
  const updated = await withExamples(text);
  if (updated !== text) writeFileSync(path, updated);
  console.log(
    updated === text ? `${document} diff examples are up to date` : `${document} diff examples regenerated`,
  );
}
