import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VALID } from '../helpers/check.js';
import { runCli } from '../helpers/io.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'blueprint-scale-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A blueprint header followed by `count` lines made by `line`. */
function withLines(count: number, line: (index: number) => string): string {
  const lines = ['blueprint: 1', 'id: big', 'title: Big', 'language: en'];
  for (let index = 0; index < count; index++) lines.push(line(index));
  return `${lines.join('\n')}\n`;
}

describe('a monster file does not take the run down', () => {
  // 130,000 unknown keys, and the 4 required keys the file lacks.
  it('a 1.2 MB file with 130,004 findings is reported, and so is the file after it', async () => {
    writeFileSync(
      join(dir, 'big.blueprint.yaml'),
      withLines(130_000, (index) => `k${index}: 1`),
    );
    writeFileSync(join(dir, 'ok.blueprint.yaml'), VALID);
    const result = await runCli(['check', '--format', 'json', 'big.blueprint.yaml', 'ok.blueprint.yaml'], {
      cwd: dir,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Array<{ file: string; errorCount: number }>;
    expect(report.map((file) => [file.file, file.errorCount])).toEqual([
      ['big.blueprint.yaml', 130_004],
      ['ok.blueprint.yaml', 0],
    ]);
  });

  it('stylish shows 100 of those findings and counts the rest', async () => {
    writeFileSync(
      join(dir, 'big.blueprint.yaml'),
      withLines(130_000, (index) => `k${index}: 1`),
    );
    const result = await runCli(['check', 'big.blueprint.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('… and 129904 more in this file');
  });
});

/**
 * How much longer `blueprint check` takes on the input made for 10 × n than on the one made for
 * n: the fastest of three alternating runs of each, in-process. Near 10 (or below: a run has fixed
 * costs) when the work is linear, near 100 when it is quadratic.
 */
async function growth(n: number, make: (n: number) => Record<string, string>): Promise<number> {
  const folders = [n, 10 * n].map((size) => {
    const folder = join(dir, String(size));
    for (const [name, text] of Object.entries(make(size))) {
      mkdirSync(join(folder, name, '..'), { recursive: true });
      writeFileSync(join(folder, name), text);
    }
    return folder;
  });
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let round = 0; round < 3; round++) {
    for (const [index, folder] of folders.entries()) {
      const start = performance.now();
      const result = await runCli(['check', '--format', 'json', '.'], { cwd: folder });
      const elapsed = performance.now() - start;
      expect(result.stderr).not.toMatch(/internal error/);
      best[index] = Math.min(best[index] as number, elapsed);
    }
  }
  const ratio = (best[1] as number) / (best[0] as number);
  if (process.env.SCALE_DEBUG) console.log(n, best, ratio);
  return ratio;
}

/** Linear work with fixed costs grows about 10 times from n to 10 × n; quadratic work, about 100. */
const NEAR_LINEAR = 30;

describe('costs grow near-linearly with the input (time at n and at 10 × n)', () => {
  it('duplicate keys: n lines of `x-dup: 1`', async () => {
    const ratio = await growth(4000, (n) => ({ 'a.blueprint.yaml': withLines(n, () => 'x-dup: 1') }));
    expect(ratio).toBeLessThan(NEAR_LINEAR);
  });

  it('merge keys: n mappings of `<<: *base`', async () => {
    const ratio = await growth(500, (n) => ({
      'a.blueprint.yaml': withLines(n, (index) => `x-m${index}:\n  <<: *b`).replace(
        'language: en\n',
        'language: en\nx-base: &b { a: 1 }\n',
      ),
    }));
    expect(ratio).toBeLessThan(NEAR_LINEAR);
  });

  it('aliases: n keys of `*base`', async () => {
    const ratio = await growth(500, (n) => ({
      'a.blueprint.yaml': withLines(n, (index) => `x-m${index}: *b`).replace(
        'language: en\n',
        'language: en\nx-base: &b 1\n',
      ),
    }));
    expect(ratio).toBeLessThan(NEAR_LINEAR);
  });

  it('a mapping of n keys read by the full parser (a tag sends the file there)', async () => {
    const ratio = await growth(2000, (n) => ({
      'a.blueprint.yaml': withLines(n, (index) => `x-k${index}: 1`).replace('id: big', 'id: !!str big'),
    }));
    expect(ratio).toBeLessThan(NEAR_LINEAR);
  });

  it('unknown references: n references that each look like one of n ids (a bounded did-you-mean)', async () => {
    const ratio = await growth(800, (n) => ({ 'a.blueprint.yaml': referencesText(n) }));
    expect(ratio).toBeLessThan(NEAR_LINEAR);
  });

  it('parent chains: n objectives, each the parent of the next, taught and assessed through the last', async () => {
    const ratio = await growth(300, (n) => ({ 'a.blueprint.yaml': chainText(n) }));
    expect(ratio).toBeLessThan(NEAR_LINEAR);
  });
});

describe('configs grow near-linearly too', () => {
  it('a config of 200,000 verbs is read in a 128 MB heap (the built program)', () => {
    const verbs = Array.from({ length: 200_000 }, (_, index) => `    verb${index}: [apply]\n`).join('');
    writeFileSync(join(dir, '.blueprintrc.yaml'), `verbs:\n  en:\n${verbs}`);
    writeFileSync(join(dir, 'a.blueprint.yaml'), VALID);
    const bin = fileURLToPath(new URL('../../bin/blueprint.js', import.meta.url));
    const result = spawnSync(
      process.execPath,
      ['--max-old-space-size=128', bin, 'check', 'a.blueprint.yaml'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);

  it('a config naming n unknown rules stops at the first, in time linear in n', async () => {
    const ratio = await growth(2000, (n) => ({
      '.blueprintrc.yaml': `rules:\n${Array.from({ length: n }, (_, index) => `  no-such-rule-${index}: warn\n`).join('')}`,
      'a.blueprint.yaml': VALID,
    }));
    expect(ratio).toBeLessThan(NEAR_LINEAR);
  });

  it('a config of n verbs', async () => {
    const ratio = await growth(5000, (n) => ({
      '.blueprintrc.yaml': `verbs:\n  en:\n${Array.from({ length: n }, (_, index) => `    verb${index}: [apply]\n`).join('')}`,
      'a.blueprint.yaml': VALID,
    }));
    expect(ratio).toBeLessThan(NEAR_LINEAR);
  });
});

/** VALID with n more objectives, and a module that refers to each with a typo (`objectiv-…`). */
function referencesText(n: number): string {
  const objectives: string[] = [];
  const references: string[] = [];
  for (let index = 0; index < n; index++) {
    const id = String(index).padStart(6, '0');
    objectives.push(
      `  - id: objective-${id}`,
      '    statement: Explain the checklist',
      '    bloom: understand',
    );
    references.push(`      - objectiv-${id}`);
  }
  return VALID.replace('objectives:\n', `objectives:\n${objectives.join('\n')}\n`).replace(
    '    objectives: [O1]\nassessments:',
    `    objectives:\n${references.join('\n')}\nassessments:`,
  );
}

/**
 * VALID with a chain of n more objectives, the first the root and each the `parent` of the next,
 * the last taught and assessed: the others are covered through their children, level by level.
 */
function chainText(n: number): string {
  const objectives: string[] = [];
  for (let index = 1; index <= n; index++)
    objectives.push(
      `  - id: C${index}`,
      '    statement: Explain the checklist',
      '    bloom: understand',
      ...(index > 1 ? [`    parent: C${index - 1}`] : []),
    );
  return VALID.replace('objectives:\n', `objectives:\n${objectives.join('\n')}\n`).replaceAll(
    'objectives: [O1]',
    `objectives: [O1, C${n}]`,
  );
}
