// What the docs repeat of the rules' metas, generated so that each fact is written once, in the
// rule's meta: the README's rule table, the tables of docs/spec/rules.md, and the one-line
// description under the title of each English rule doc (docs/rules/<id>.md). `npm run docs`
// writes them; test/rules/meta.test.ts checks that they are fresh.
import { alwaysOnRules } from '../src/rules/always-on.js';
import { rules } from '../src/rules/index.js';
import { presetNames } from '../src/rules/presets.js';
import type { PresetName } from '../src/rules/types.js';

/** The marker before the README's generated rule table. */
export const TABLE_START = '<!-- rules-table -->';
/** The marker after the generated table. */
export const TABLE_END = '<!-- /rules-table -->';

/** The generated tables of docs/spec/rules.md, by the name of their markers (`<!-- name -->` … `<!-- /name -->`). */
export const SPEC_TABLES: Readonly<Record<string, () => string>> = {
  'always-on-table': renderAlwaysOnTable,
  'recommended-table': () => renderPresetTable('recommended'),
  'qualiopi-table': () => renderPresetTable('qualiopi'),
};

const cell = (text: string) => text.replace(/\|/g, '\\|');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (header: readonly string[], rows: readonly string[][]) =>
  [row(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(row)].join('\n');

/** The README's table of every rule: id linked to its doc, severity in each preset, description. */
export function renderRulesTable(): string {
  const link = (id: string) => `[\`${id}\`](docs/rules/${id}.md)`;
  return table(
    ['rule', ...presetNames, 'description'],
    [
      ...alwaysOnRules.map((rule) => [
        link(rule.id),
        ...presetNames.map(() => `always (${rule.severity})`),
        rule.description,
      ]),
      ...rules.map(({ meta }) => [
        link(meta.id),
        ...presetNames.map((preset) => (meta.preset === preset ? meta.severity : '—')),
        meta.description,
      ]),
    ],
  );
}

/** The spec's table of the always-on checks: id, severity, when it reports. */
export function renderAlwaysOnTable(): string {
  return table(
    ['rule', 'severity', 'when'],
    alwaysOnRules.map((rule) => [`\`${rule.id}\``, rule.severity, rule.when]),
  );
}

/** The spec's table of the rules a preset turns on: id, severity, when it reports, what it points at. */
export function renderPresetTable(preset: PresetName): string {
  return table(
    ['rule', preset, 'when', 'points at'],
    rules
      .filter((rule) => rule.meta.preset === preset)
      .map(({ meta }) => [`\`${meta.id}\``, meta.severity, meta.when, meta.pointsAt]),
  );
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

/** The text between `<!-- name -->` and `<!-- /name -->`, or undefined when the markers are missing. */
export function generatedPart(text: string, name: string): string | undefined {
  const start = text.indexOf(`<!-- ${name} -->`);
  const end = text.indexOf(`<!-- /${name} -->`);
  return start < 0 || end < start ? undefined : text.slice(start + `<!-- ${name} -->`.length, end);
}

/** The text with what lies between `<!-- name -->` and `<!-- /name -->` replaced by `content`. */
export function withGeneratedPart(text: string, name: string, content: string): string {
  const open = `<!-- ${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(`<!-- /${name} -->`);
  if (start < 0 || end < start) throw new Error(`no ${open} … <!-- /${name} --> markers`);
  return `${text.slice(0, start + open.length)}\n${content}\n${text.slice(end)}`;
}

/** The text between the README's table markers, or undefined when the markers are missing. */
export function readmeTable(readme: string): string | undefined {
  return generatedPart(readme, 'rules-table');
}

/** The README with the text between the table markers replaced by a fresh table. */
export function withRulesTable(readme: string): string {
  return withGeneratedPart(readme, 'rules-table', renderRulesTable());
}

/**
 * A rule doc with its one-line description, under the `# id` title, set to `description`: written
 * there if the doc has none yet (a contributor writes the title and the sections), replaced if it
 * differs.
 */
export function withDocDescription(markdown: string, description: string): string {
  const lines = markdown.split('\n');
  const firstSection = lines.findIndex((line) => line.startsWith('## '));
  if (!lines[0]?.startsWith('# ') || firstSection < 0) return markdown;
  return [lines[0], '', description, '', ...lines.slice(firstSection)].join('\n');
}
