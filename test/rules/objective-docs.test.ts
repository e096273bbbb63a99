import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findRule } from '../../src/rules/index.js';

const RULES = [
  'objective-missing-verb',
  'objective-multiple-verbs',
  'objective-unmeasurable-verb',
  'objective-verb-level-mismatch',
];

describe.each(RULES)('docs/rules/%s.md', (id) => {
  const text = readFileSync(fileURLToPath(new URL(`../../docs/rules/${id}.md`, import.meta.url)), 'utf8');

  it('has the shape explain and SARIF read, and the meta description', () => {
    const rule = findRule(id);
    expect(rule?.meta.id).toBe(id);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`# ${id}`);
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe(rule?.meta.description);
    const headings = lines.filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Why', '## Failing example', '## Passing example', '## Configure']);
  });

  it('has YAML blocks that parse, and a Configure block with `rules:` naming the rule', () => {
    const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    expect(blocks).toHaveLength(3);
    for (const block of blocks) expect(() => parse(block)).not.toThrow();
    expect(Object.keys((parse(blocks[2] ?? '') as { rules: object }).rules)).toEqual([id]);
  });
});
