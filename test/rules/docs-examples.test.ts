import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkBlueprint } from '../../src/check/blueprint.js';
import { rules } from '../../src/rules/index.js';

/** A complete blueprint whose top-level keys a doc's fragment replaces. */
const BASE = {
  blueprint: 1,
  id: 'doc-example',
  title: 'Doc example',
  audience: { description: 'Analysts who build weekly reports' },
  constraints: { duration: '3h', modality: 'in-person' },
  objectives: [
    { id: 'O1', statement: 'Choose a chart type for a comparison', bloom: 'apply' },
    { id: 'O2', statement: 'Critique a published chart', bloom: 'evaluate' },
    { id: 'O3', statement: 'Build a dashboard for a weekly report', bloom: 'create' },
    { id: 'O4', statement: 'Write a personal action plan', bloom: 'apply' },
  ],
  modules: [
    {
      id: 'M1',
      title: 'Charts',
      duration: '1h30',
      objectives: ['O1', 'O2'],
      activities: [{ title: 'Rebuild charts', type: 'practice', duration: '1h' }],
    },
    { id: 'M2', title: 'Dashboards', duration: '1h30', objectives: ['O3', 'O4'] },
  ],
  assessments: [
    {
      id: 'A1',
      title: 'Project',
      kind: 'summative',
      type: 'project',
      bloom: 'create',
      objectives: ['O1', 'O2', 'O3', 'O4'],
    },
  ],
};

function example(doc: string, heading: string): string {
  const section = doc.split(`## ${heading}\n`)[1] ?? '';
  return /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
}

function findings(ruleId: string, fragment: string) {
  const source = stringify({ ...BASE, ...parse(fragment) });
  const result = checkBlueprint(source, { severities: { [ruleId]: 'error' } });
  expect(result.findings.filter((finding) => finding.rule !== ruleId)).toEqual([]);
  return result.findings;
}

describe('docs/rules examples', () => {
  // unused-disable's examples are YAML comments, which parse/stringify drops, and need the rule
  // they name turned on: test/rules/unused-disable.test.ts runs them.
  it.each(rules.map((rule) => rule.meta.id).filter((id) => id !== 'unused-disable'))(
    '%s: the failing example fires, the passing one does not',
    (id) => {
      const doc = readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8');
      expect(findings(id, example(doc, 'Failing example')).length).toBeGreaterThan(0);
      expect(findings(id, example(doc, 'Passing example'))).toEqual([]);
    },
  );
});
