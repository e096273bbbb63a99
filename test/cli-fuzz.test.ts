/**
 * The real executable (`node bin/blueprint.js`, built to dist/) on a folder of 1,000 damaged
 * blueprints: every file is in the JSON report, the exit code is 1 (findings), and stderr holds no
 * stack trace. Inputs that cannot be read by design (a folder or a FIFO named like a blueprint)
 * are left out: they rightly make the exit code 2, and test/ covers them on their own.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdits, lineEdits, validBlueprintText } from './support/arbitraries.js';
import { knownRuleIds } from './support/well-formed.js';

const root = join(import.meta.dirname, '..');
const SEED = 20261129;
const COUNT = 1000;

/** Builds dist/ and the bundle when missing or older than a source file, so the test runs today's code. */
function ensureBuilt(): void {
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
        const path = join(dir, entry.name);
        return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
      }),
    );
  const built = statSync(join(root, 'dist', 'bin', 'blueprint.cjs'), { throwIfNoEntry: false });
  if (built && built.mtimeMs >= newest(join(root, 'src'))) return;
  for (const step of [
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    ['scripts/bundle.mjs'],
  ]) {
    const build = spawnSync(process.execPath, step, { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
  }
}

/** The damaged inputs: name (relative to the folder) and bytes. */
function damagedInputs(): Array<[string, Uint8Array]> {
  const encoder = new TextEncoder();
  const blueprints = fc.sample(fc.tuple(validBlueprintText, lineEdits), { seed: SEED, numRuns: COUNT });
  const junk = fc.sample(fc.uint8Array({ minLength: 1, maxLength: 400 }), { seed: SEED, numRuns: COUNT });
  const inputs: Array<[string, Uint8Array]> = [];
  for (let index = 0; index < COUNT; index++) {
    const [{ text }, edits] = blueprints[index] as [{ text: string }, Parameters<typeof applyEdits>[1]];
    const number = String(index).padStart(4, '0');
    const folder = ['', 'sub/', 'sub/deeper/', 'with space/', 'ünïcode, 100%/'][index % 5];
    let kind: string;
    let bytes: Uint8Array;
    switch (index % 20) {
      case 0:
        [kind, bytes] = ['empty', new Uint8Array()];
        break;
      case 1:
      case 2:
        [kind, bytes] = ['binary', junk[index] as Uint8Array];
        break;
      case 3:
        [kind, bytes] = ['utf16', Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])];
        break;
      case 4:
        [kind, bytes] = ['latin1', Buffer.from(`${applyEdits(text, edits)}\ntitle: caf\u00e9\n`, 'latin1')];
        break;
      case 5:
        [kind, bytes] = [
          'crlf-bom',
          encoder.encode(`\ufeff${applyEdits(text, edits).replace(/\n/g, '\r\n')}`),
        ];
        break;
      case 6:
        [kind, bytes] = ['cr-only', encoder.encode(`${applyEdits(text, edits)}\n`.replace(/\n/g, '\r'))];
        break;
      case 7:
        [kind, bytes] = ['deep', encoder.encode(`${'['.repeat(5000 + index)}${']'.repeat(5000 + index)}\n`)];
        break;
      case 8: {
        const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
        for (let level = 1; level < 9; level++) {
          const previous = String.fromCharCode(96 + level);
          bomb.push(
            `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${previous}`).join(', ')}]`,
          );
        }
        [kind, bytes] = ['alias-bomb', encoder.encode(`${bomb.join('\n')}\n`)];
        break;
      }
      case 9:
        [kind, bytes] = ['comments-only', encoder.encode('# nothing here\n# still nothing\n')];
        break;
      case 10:
        [kind, bytes] = ['two-documents', encoder.encode(`${text}---\n${text}`)];
        break;
      case 11:
        [kind, bytes] = [
          'tags',
          encoder.encode(`${text}x-fn: !!js/function 'function () {}'\nx-inc: !include other.yaml\n`),
        ];
        break;
      case 12:
        [kind, bytes] = ['proto', encoder.encode(`${text}__proto__: { polluted: true }\nconstructor: 1\n`)];
        break;
      case 13:
        [kind, bytes] = ['long-line', encoder.encode(`${text}x-long: ${'a'.repeat(200_000)}\n`)];
        break;
      case 14:
        [kind, bytes] = [
          'bare-numbers',
          encoder.encode(
            'blueprint: 1\nid: n\nconstraints: { duration: 3 }\nx: 1e400\ny: 9007199254740993\n',
          ),
        ];
        break;
      default:
        [kind, bytes] = ['edited', encoder.encode(applyEdits(text, edits))];
    }
    inputs.push([`${folder}${number}-${kind}.blueprint.${index % 7 === 0 ? 'yml' : 'yaml'}`, bytes]);
  }
  return inputs;
}

describe('the real executable on 1,000 damaged blueprints', () => {
  let dir: string;
  let names: string[];

  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'blueprint-fuzz-'));
    names = [];
    for (const [name, bytes] of damagedInputs()) {
      const path = join(dir, 'blueprints', name);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, bytes);
      names.push(relative(dir, path));
    }
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reports every file in JSON, exits 1, and prints no stack trace', () => {
    const run = spawnSync(
      process.execPath,
      [join(root, 'bin', 'blueprint.js'), 'check', 'blueprints', '--format', 'json'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    expect(run.stderr).not.toMatch(/^ {4}at /m);
    expect(run.stderr).not.toMatch(/Error:|TypeError|RangeError|FATAL/);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as Array<{
      file: string;
      errorCount: number;
      findings: Array<{ rule: string; line: number; column: number }>;
    }>;
    const reported = report.map((entry) => entry.file.split('\\').join('/'));
    expect(new Set(reported)).toEqual(new Set(names));
    expect(reported).toHaveLength(COUNT);
    const unknownRules = report.flatMap((entry) =>
      entry.findings.filter((finding) => !knownRuleIds.has(finding.rule)),
    );
    expect(unknownRules).toEqual([]);
    // Every damaged-by-design input that cannot be a blueprint has an error.
    const mustFail = report.filter((entry) =>
      /-(empty|binary|utf16|cr-only|deep|alias-bomb|comments-only|two-documents|tags|proto)\./.test(
        entry.file,
      ),
    );
    expect(mustFail.filter((entry) => entry.errorCount === 0).map((entry) => entry.file)).toEqual([]);
    expect(mustFail.length).toBeGreaterThan(COUNT / 3);
  }, 180_000);
});
