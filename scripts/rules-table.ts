// The README's rule table, generated from the rules' metas so it cannot drift from the code.
import { alwaysOnRules } from '../src/rules/always-on.js';
import { rules } from '../src/rules/index.js';
import { presetNames } from '../src/rules/presets.js';

/** The marker before the README's generated rule table. */
export const TABLE_START = '<!-- rules-table -->';
/** The marker after the generated table. */
export const TABLE_END = '<!-- /rules-table -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The Markdown table of every rule: id linked to its doc, severity in each preset, description. */
export function renderRulesTable(): string {
  const header = ['rule', ...presetNames, 'description'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  const link = (id: string) => `[\`${id}\`](docs/rules/${id}.md)`;
  for (const rule of alwaysOnRules) {
    const always = `always (${rule.severity})`;
    lines.push(
      `| ${link(rule.id)} | ${presetNames.map(() => always).join(' | ')} | ${cell(rule.description)} |`,
    );
  }
  for (const { meta } of rules) {
    const severities = presetNames.map((preset) => (meta.preset === preset ? meta.severity : '—'));
    lines.push(`| ${link(meta.id)} | ${severities.join(' | ')} | ${cell(meta.description)} |`);
  }
  return lines.join('\n');
}

/** The rows of a Markdown table as trimmed cells, ignoring alignment padding and the separator row. */
export function tableCells(markdown: string): string[][] {
  return markdown
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

/** The text between the README's table markers, or undefined when the markers are missing. */
export function readmeTable(readme: string): string | undefined {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  return start < 0 || end < start ? undefined : readme.slice(start + TABLE_START.length, end);
}

/** The README with the text between the table markers replaced by a fresh table. */
export function withRulesTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} markers`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${renderRulesTable()}\n${readme.slice(end)}`;
}
