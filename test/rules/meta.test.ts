// Meta-tests, as stylelint has them: a rule cannot be added without its file, doc, fixtures
// and README row, and nothing documented can lose its rule.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  generatedPart,
  readmeTable,
  renderRulesTable,
  SPEC_TABLES,
  tableCells,
  withDocDescription,
} from '../../scripts/rules-table.js';
import { alwaysOnRules } from '../../src/rules/always-on.js';
import { isRuleDocProblem, RULE_DOCS_FOLDER, readRuleDoc } from '../../src/rules/docs.js';
import { rules } from '../../src/rules/index.js';
import { presetNames } from '../../src/rules/presets.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ids = rules.map((rule) => rule.meta.id);
const documented = [
  ...alwaysOnRules.map((rule) => ({ id: rule.id, description: rule.description })),
  ...rules.map((r) => r.meta),
];
const readme = readFileSync(`${root}README.md`, 'utf8');

describe('the rule registry', () => {
  it('is sorted by id, each id once', () => {
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shares no id with an always-on check', () => {
    expect(ids.filter((id) => alwaysOnRules.some((rule) => rule.id === id))).toEqual([]);
  });

  it.each(rules.map((rule) => [rule.meta.id, rule] as const))(
    '%s has a valid meta and its own file',
    (id, rule) => {
      expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(presetNames).toContain(rule.meta.preset);
      expect(['error', 'warning']).toContain(rule.meta.severity);
      expect(rule.meta.description).toMatch(/^[A-Z`].*\.$/);
      expect(existsSync(`${root}src/rules/${id}.ts`)).toBe(true);
    },
  );

  it.each(ids)('%s has fixtures (test/rules/fixtures.test.ts runs them)', (id) => {
    const fixtures = `${root}test/fixtures/${id}`;
    expect(existsSync(fixtures) && statSync(fixtures).isDirectory(), `test/fixtures/${id}/`).toBe(true);
    expect(readdirSync(fixtures).length).toBeGreaterThan(0);
  });
});

describe('the rule docs', () => {
  it.each(documented.map((meta) => [meta.id, meta] as const))(
    '%s has docs/rules/<id>.md with every section and its meta description',
    (id, meta) => {
      const doc = readRuleDoc(id);
      if (isRuleDocProblem(doc)) throw new Error(`docs/rules/${id}.md: ${doc.problems.join('; ')}`);
      expect(doc.id).toBe(id);
      expect(doc.description, `docs/rules/${id}.md is stale: run \`npm run docs\``).toBe(meta.description);
    },
  );

  it('has no doc without a rule (docs in another language sit in their own folder, docs/rules/<lang>/)', () => {
    const known = new Set(documented.map((meta) => meta.id));
    const orphans = readdirSync(RULE_DOCS_FOLDER, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .filter((file) => !known.has(file.replace(/\.md$/, '')));
    expect(orphans).toEqual([]);
  });

  it('get their description line from `npm run docs`, written when missing, replaced when stale', () => {
    const body = '## Why\n\nBecause.\n';
    expect(withDocDescription(`# a-rule\n\n${body}`, 'Checks a thing.')).toBe(
      `# a-rule\n\nChecks a thing.\n\n${body}`,
    );
    expect(withDocDescription(`# a-rule\n\nOld.\n\n${body}`, 'New.')).toBe(`# a-rule\n\nNew.\n\n${body}`);
  });

  it('ships with the package', () => {
    const files = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { files: string[] }).files;
    expect(files).toContain('docs');
  });
});

describe('the README rule table', () => {
  const table = readmeTable(readme);
  const rows = tableCells(table ?? '');

  it('sits between the rules-table markers', () => {
    expect(table).toBeDefined();
  });

  it.each(documented.map((meta) => meta.id))('lists %s with a link to its doc', (id) => {
    expect(rows.map((row) => row[0])).toContain(`[\`${id}\`](docs/rules/${id}.md)`);
  });

  it('is the one `npm run docs` generates from the metas (alignment aside)', () => {
    expect(rows, 'README.md is stale: run `npm run docs`').toEqual(tableCells(renderRulesTable()));
  });
});

describe('the tables of docs/spec/rules.md', () => {
  const spec = readFileSync(`${root}docs/spec/rules.md`, 'utf8');

  it.each(Object.entries(SPEC_TABLES))(
    '%s is the one `npm run docs` generates from the metas',
    (name, render) => {
      const part = generatedPart(spec, name);
      expect(part, `docs/spec/rules.md has no <!-- ${name} --> markers`).toBeDefined();
      expect(tableCells(part ?? ''), 'docs/spec/rules.md is stale: run `npm run docs`').toEqual(
        tableCells(render()),
      );
    },
  );

  it.each(rules.map((rule) => rule.meta.id))('lists %s', (id) => {
    expect(spec).toContain(`| \`${id}\` |`);
  });
});
