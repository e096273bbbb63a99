// npm run docs: regenerates the rule table of README.md from the rules' metas.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
