import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainableRuleIds, explainRule, listRules } from '../src/explain.js';
import { alwaysOnRules } from '../src/rules/always-on.js';
import { isRuleDocProblem, readRuleDoc } from '../src/rules/docs.js';
import { rules } from '../src/rules/index.js';
import { runCli } from './helpers/io.js';
import { tempProject } from './helpers/project.js';

const plain = { color: false };

describe('blueprint explain <rule>', () => {
  it.each(explainableRuleIds())('prints every part of the doc of %s', (id) => {
    const doc = readRuleDoc(id);
    if (isRuleDocProblem(doc)) throw new Error(doc.problems.join('; '));
    const text = explainRule(id, plain);
    expect(text.split('\n')[0]).toBe(`${id}: ${doc.description}`);
    for (const heading of ['Why', 'Failing example', 'Passing example', 'Configure'])
      expect(text).toContain(`\n${heading}\n`);
    const failing = /```ya?ml\n([\s\S]*?)\n```/.exec(doc.sections['Failing example'])?.[1] ?? '';
    for (const line of failing.split('\n')) expect(text).toContain(`    ${line}`);
    expect(text).not.toContain('```');
  });

  it('says the severity and preset of a configurable rule, and that an always-on check is always on', () => {
    const rule = rules[0];
    if (rule) {
      expect(explainRule(rule.meta.id, plain).split('\n')[1]).toBe(
        `${rule.meta.severity} in the '${rule.meta.preset}' preset`,
      );
    }
    expect(explainRule('schema', plain).split('\n')[1]).toBe(
      'always on, error; cannot be configured or disabled',
    );
  });

  it('lists every rule with its description when no rule is named', () => {
    const text = listRules(plain);
    for (const rule of alwaysOnRules) expect(text).toMatch(new RegExp(`\\n  ${rule.id} +error +`));
    for (const { meta } of rules) {
      const line = text.split('\n').find((candidate) => candidate.startsWith(`  ${meta.id} `));
      expect(line).toContain(`${meta.severity} (${meta.preset})`);
      expect(line?.endsWith(meta.description)).toBe(true);
    }
  });

  it('runs from the command line', async () => {
    const cwd = tempProject({});
    const one = await runCli(['explain', 'unused-disable'], { cwd });
    expect(one.code).toBe(0);
    expect(one.stdout).toBe(explainRule('unused-disable', plain));
    const all = await runCli(['explain'], { cwd });
    expect([all.code, all.stdout]).toEqual([0, listRules(plain)]);
  });

  it('answers an unknown rule with a did-you-mean and exit 2', async () => {
    const result = await runCli(['explain', 'shema'], { cwd: tempProject({}) });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "blueprint: unknown rule 'shema'. Did you mean 'schema'? Run 'blueprint explain' to list every rule.\n",
    });
    const far = await runCli(['explain', 'banana'], { cwd: tempProject({}) });
    expect([far.code, far.stderr]).toEqual([
      2,
      "blueprint: unknown rule 'banana'. Run 'blueprint explain' to list every rule.\n",
    ]);
  });

  it('finds the docs from the built package too (dist/ next to docs/rules/)', () => {
    const root = fileURLToPath(new URL('../', import.meta.url));
    const result = spawnSync(process.execPath, ['bin/blueprint.js', 'explain', 'schema'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toBe(explainRule('schema', plain));
  });
});
