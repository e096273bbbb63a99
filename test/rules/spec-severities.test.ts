import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';

/** Severity of each rule in the `recommended` table of docs/spec/rules.md. */
function specSeverities(): Map<string, string> {
  const spec = readFileSync(new URL('../../docs/spec/rules.md', import.meta.url), 'utf8');
  const table =
    spec.split('## Rules, with their severity in the `recommended` preset')[1]?.split('\n## ')[0] ?? '';
  const rows = [...table.matchAll(/^\| `([a-z0-9-]+)` *\| (error|warning) *\|/gm)];
  // unused-disable is given in the prose of "Inline suppression": "reported as a warning (`unused-disable`)".
  const prose = [...spec.matchAll(/reported\s+as\s+an?\s+(error|warning)\s+\(`([a-z0-9-]+)`\)/g)];
  return new Map([
    ...rows.map((row) => [row[1] as string, row[2] as string] as const),
    ...prose.map((match) => [match[2] as string, match[1] as string] as const),
  ]);
}

describe('rule metas agree with docs/spec/rules.md', () => {
  const spec = specSeverities();

  it('reads the table', () => expect(spec.size).toBeGreaterThanOrEqual(20));

  it('reads the severity of unused-disable from the inline suppression section', () =>
    expect(spec.get('unused-disable')).toBe('warning'));

  it.each(rules.filter((rule) => rule.meta.preset === 'recommended').map((rule) => rule.meta))(
    '$id is in the recommended table with severity $severity',
    (meta) => expect(spec.get(meta.id)).toBe(meta.severity),
  );

  it('puts programme-incomplete, an error, in the qualiopi preset only', () => {
    const qualiopi = rules.filter((rule) => rule.meta.preset === 'qualiopi').map((rule) => rule.meta);
    expect(qualiopi).toEqual([expect.objectContaining({ id: 'programme-incomplete', severity: 'error' })]);
    expect(spec.has('programme-incomplete')).toBe(false);
  });
});
