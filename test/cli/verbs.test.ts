import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/io.js';

const cwd = fileURLToPath(new URL('../../', import.meta.url));

describe('blueprint verbs', () => {
  it('prints every level with its count, then the verbs to avoid, in English by default', async () => {
    const result = await runCli(['verbs'], { cwd });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const headings = result.stdout.split('\n').filter((line) => /^\S/.test(line));
    expect(headings.map((line) => line.replace(/ \(\d+\)$/, ''))).toEqual([
      'remember',
      'understand',
      'apply',
      'analyze',
      'evaluate',
      'create',
      'to avoid',
    ]);
    for (const heading of headings) expect(Number(/\((\d+)\)$/.exec(heading)?.[1])).toBeGreaterThan(30);
    const avoid = result.stdout.slice(result.stdout.indexOf('to avoid'));
    expect(avoid).toContain('understand');
    expect(avoid).toContain('be aware of');
    expect(result.stdout.split('\n').every((line) => line.length <= 100)).toBe(true);
  });

  it('prints one level with --lang fr, a verb under each of its levels', async () => {
    const create = await runCli(['verbs', 'create', '--lang', 'fr'], { cwd });
    expect(create.code).toBe(0);
    expect(create.stdout).toMatch(/^create \(\d+\)\n/);
    expect(create.stdout).toContain('concevoir');
    expect(create.stdout).toContain('élaborer');
    expect(create.stdout).not.toContain('to avoid');
    const apply = await runCli(['verbs', 'apply', '--lang', 'fr'], { cwd });
    expect(apply.stdout).toContain('mettre en œuvre');
    expect(apply.stdout).toContain('construire');
    expect(create.stdout).toContain('construire');
  });

  it('takes `analyse` and the French level names', async () => {
    const british = await runCli(['verbs', 'analyse'], { cwd });
    expect(british.stdout).toMatch(/^analyze \(\d+\)\n/);
    const french = await runCli(['verbs', 'évaluer', '--lang', 'fr'], { cwd });
    expect(french.stdout).toMatch(/^evaluate \(\d+\)\n/);
  });

  it('refuses an unknown level with a did-you-mean and exit 2', async () => {
    const result = await runCli(['verbs', 'creat'], { cwd });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'blueprint: unknown Bloom level `creat`: expected remember, understand, apply, analyze, evaluate, create. Did you mean `create`?\n',
    });
  });

  it('refuses an unknown language with exit 2', async () => {
    const result = await runCli(['verbs', '--lang', 'de'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('blueprint: unknown language `de` for --lang: expected en or fr\n');
  });
});
