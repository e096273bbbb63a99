import { describe, expect, it } from 'vitest';
import { LineCounter } from 'yaml';
import { checkBlueprint } from '../src/check/blueprint.js';
import { resolveSeverities } from '../src/rules/presets.js';
import type { Rule } from '../src/rules/types.js';
import { applyDirectives, type Directive } from '../src/suppress.js';
import type { Finding } from '../src/types.js';
import { blueprintText } from './helpers/project.js';

/** A rule of the test's own, reporting the title and the first module's duration. */
const fixtureRule: Rule = {
  meta: {
    id: 'fixture-rule',
    description: 'Reports two nodes.',
    severity: 'error',
    preset: 'recommended',
    when: 'always',
    pointsAt: 'the title and the first duration',
  },
  check: () => [
    { path: '/title', message: 'the title' },
    { path: '/modules/0/duration', message: 'the duration' },
  ],
};
const otherRule: Rule = {
  meta: {
    id: 'other-rule',
    description: 'Reports the title.',
    severity: 'warning',
    preset: 'recommended',
    when: 'always',
    pointsAt: 'the title',
  },
  check: () => [{ path: '/title', message: 'the title again' }],
};
const severities = { ...resolveSeverities(), 'fixture-rule': 'error', 'other-rule': 'warn' } as const;

function check(text: string, extra: Partial<Record<string, 'off' | 'warn' | 'error'>> = {}) {
  const result = checkBlueprint(text, {
    rules: [fixtureRule, otherRule],
    severities: { ...severities, ...extra } as Record<string, 'off' | 'warn' | 'error'>,
  });
  return result.findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`);
}

const durationLine = 18; // "    duration: 20min" of the first module in blueprintText()

describe('inline suppression', () => {
  it('reports every finding without directives', () => {
    expect(check(blueprintText())).toEqual([
      '3:8 fixture-rule the title',
      '3:8 other-rule the title again',
      `${durationLine}:15 fixture-rule the duration`,
    ]);
  });

  it('blueprint-disable-line suppresses the named rule on its own line only', () => {
    expect(check(blueprintText('# blueprint-disable-line fixture-rule'))).toEqual([
      '3:8 other-rule the title again',
      `${durationLine}:15 fixture-rule the duration`,
    ]);
  });

  it('takes a comma-separated list and an explanation after --', () => {
    expect(
      check(blueprintText('# blueprint-disable-line fixture-rule, other-rule -- the title is legal wording')),
    ).toEqual([`${durationLine}:15 fixture-rule the duration`]);
  });

  it('blueprint-disable-next-line suppresses on the line after the comment', () => {
    const text = blueprintText().replace(
      '    duration: 20min\n',
      '    # blueprint-disable-next-line fixture-rule\n    duration: 20min\n',
    );
    expect(check(text)).toEqual(['3:8 fixture-rule the title', '3:8 other-rule the title again']);
  });

  it('does not read directives from text inside values', () => {
    const text = blueprintText().replace(
      'title: Spot and report a phishing email',
      'title: "Spot # blueprint-disable-line fixture-rule"',
    );
    expect(check(text)).toContain('3:8 fixture-rule the title');
    const block = blueprintText().replace(
      'language: en',
      'language: en\nsummary: |\n  # blueprint-disable-next-line fixture-rule',
    );
    expect(check(block).filter((f) => f.includes('unused-disable'))).toEqual([]);
  });

  it('reports a directive that suppresses nothing, at the rule name', () => {
    expect(
      check(blueprintText().replace('language: en', 'language: en # blueprint-disable-line other-rule')),
    ).toContain(
      "4:39 unused-disable 'other-rule' reports nothing on line 4: remove it from this blueprint-disable-line comment",
    );
  });

  it('reports an unknown rule name with a did-you-mean, and an always-on one', () => {
    const findings = check(blueprintText('# blueprint-disable-line fixture-rul, schema'));
    expect(findings).toContain(
      "3:67 unused-disable unknown rule 'fixture-rul' in blueprint-disable-line. Did you mean 'fixture-rule'?",
    );
    expect(findings).toContain(
      "3:80 unused-disable 'schema' is always on and cannot be disabled: fix the problem instead, then remove 'schema' from this comment",
    );
    expect(findings).toContain('3:8 fixture-rule the title');
  });

  it('reports a directive without rule names, and a misspelt directive', () => {
    expect(check(blueprintText('# blueprint-disable-line'))).toContain(
      '3:42 unused-disable name the rules to disable: # blueprint-disable-line RULE[, RULE…]',
    );
    expect(check(blueprintText('# blueprint-disable-lines fixture-rule'))).toContain(
      "3:42 unused-disable unknown directive 'blueprint-disable-lines': use blueprint-disable-line or blueprint-disable-next-line. Did you mean 'blueprint-disable-line'?",
    );
  });

  it('reports a directive for a rule that is off, since it suppresses nothing', () => {
    expect(check(blueprintText('# blueprint-disable-line other-rule'), { 'other-rule': 'off' })).toContain(
      "3:67 unused-disable 'other-rule' reports nothing on line 3: remove it from this blueprint-disable-line comment",
    );
  });

  it('follows the configured severity of unused-disable, and stays silent when it is off', () => {
    const text = blueprintText('# blueprint-disable-line nothing-here');
    const result = checkBlueprint(text, {
      rules: [fixtureRule],
      severities: { ...severities, 'unused-disable': 'error' },
    });
    expect(result.findings.find((f) => f.rule === 'unused-disable')?.severity).toBe('error');
    expect(check(text, { 'unused-disable': 'off' }).filter((f) => f.includes('unused-disable'))).toEqual([]);
  });

  it('never suppresses always-on findings, and adds no unused-disable when the rules could not run', () => {
    const text = blueprintText('# blueprint-disable-line schema').replace('bloom: apply', 'blom: apply');
    const findings = check(text);
    expect(findings.some((f) => f.includes(' schema '))).toBe(true);
    expect(findings.filter((f) => f.includes('unused-disable'))).toEqual([]);
  });

  it('counts errors and warnings after suppression', () => {
    const result = checkBlueprint(blueprintText('# blueprint-disable-line fixture-rule, other-rule'), {
      rules: [fixtureRule, otherRule],
      severities: { ...severities },
    });
    expect([result.errorCount, result.warningCount]).toEqual([1, 0]);
  });

  it('never throws and keeps every finding inside the file, for many generated directive comments', () => {
    let seed = 42;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = [
      'fixture-rule',
      'other-rule',
      ',',
      ' ',
      '--',
      'schema',
      'é',
      '#',
      '"',
      "'",
      'unused-disable',
      'x',
    ];
    const kinds = [
      'blueprint-disable-line',
      'blueprint-disable-next-line',
      'blueprint-disable',
      'blueprint-enable',
    ];
    const lines = blueprintText().split('\n');
    for (let round = 0; round < 200; round++) {
      const copy = [...lines];
      const at = next(copy.length - 1);
      const names = Array.from({ length: next(5) }, () => pieces[next(pieces.length)]).join('');
      const comment = `# ${kinds[next(kinds.length)]} ${names}`;
      copy[at] = copy[at]?.trim() === '' ? comment : `${copy[at]} ${comment}`;
      const text = copy.join('\n');
      const result = checkBlueprint(text, { rules: [fixtureRule, otherRule], severities: { ...severities } });
      const lineCount = text.split('\n').length;
      for (const finding of result.findings) {
        expect(finding.line).toBeGreaterThanOrEqual(1);
        expect(finding.line).toBeLessThanOrEqual(lineCount);
        expect(finding.column).toBeGreaterThanOrEqual(1);
      }
      expect(result.errorCount + result.warningCount).toBe(result.findings.length);
    }
  });
});

describe('applyDirectives at scale', () => {
  /**
   * Milliseconds to apply n directives to n findings, one of each per line: the fastest of 5
   * rounds, each applying them `repeat` times (a small n is too quick to time once).
   */
  const timeFor = (n: number, repeat: number): number => {
    const findings: Finding[] = [];
    const directives: Directive[] = [];
    for (let line = 1; line <= n; line++) {
      const at = { line, column: 1, endLine: line, endColumn: 2 };
      findings.push({ rule: 'unknown-reference', severity: 'error', message: 'm', path: '', ...at });
      const named = { name: 'unknown-reference', offset: 0, endOffset: 1, used: false };
      directives.push({
        kind: 'blueprint-disable-line',
        targetLine: line,
        offset: 0,
        endOffset: 1,
        rules: [named],
      });
    }
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      for (let time = 0; time < repeat; time++) {
        for (const directive of directives) for (const named of directive.rules) named.used = false;
        const kept = applyDirectives(findings, directives, new LineCounter(), {
          ruleIds: ['unknown-reference'],
          unusedSeverity: 'error',
        });
        expect(kept.length).toBe(0);
      }
      best = Math.min(best, (performance.now() - start) / repeat);
    }
    return best;
  };

  it("looks only at the directives of a finding's line: time grows near-linearly from n to 10n", () => {
    timeFor(20_000, 1); // warm-up
    const small = timeFor(2000, 10);
    expect(timeFor(20_000, 1) / small).toBeLessThan(30);
  });
});
