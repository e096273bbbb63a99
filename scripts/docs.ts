// npm run docs: regenerates the rule table of README.md from the rules' metas, then formats
// README.md with Biome (which aligns Markdown tables) so that `npm run lint` stays clean.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeTable, renderRulesTable, tableCells, withRulesTable } from './rules-table.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = join(root, 'README.md');
const before = readFileSync(readme, 'utf8');
const current = readmeTable(before);
const fresh =
  current !== undefined &&
  JSON.stringify(tableCells(current)) === JSON.stringify(tableCells(renderRulesTable()));
if (fresh) {
  console.log('README.md rule table is up to date');
} else {
  writeFileSync(readme, withRulesTable(before));
  execFileSync(join(root, 'node_modules/.bin/biome'), ['format', '--write', 'README.md'], {
    cwd: root,
    stdio: 'inherit',
  });
  console.log('README.md rule table regenerated');
}
