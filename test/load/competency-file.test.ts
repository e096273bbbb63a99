import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkFile, isUnreadable } from '../../src/check/file.js';
import { createCheckRun } from '../../src/check/run.js';
import { loadCompetencyFile } from '../../src/load/competency-file.js';
import type { FileResult } from '../../src/types.js';
import { VALID } from '../helpers/check.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'blueprint-competencies-'));
  mkdirSync(join(dir, 'course', 'frameworks'), { recursive: true });
});

const write = (path: string, text: string | Uint8Array) => writeFileSync(join(dir, path), text);
const FRAMEWORK = 'framework: RNCP00000\nitems:\n  - { id: C1, title: Build charts }\n';
const blueprint = (file: string) =>
  `${VALID.replace('    bloom: understand\nmodules', '    bloom: understand\n    competencies: [C1]\nmodules')}competencies:\n  file: ${file}\n`;

function check(file = 'course/a.blueprint.yaml'): FileResult {
  const result = checkFile(file, dir);
  if (isUnreadable(result)) throw new Error(result.error);
  return result;
}

describe('competencies.file', () => {
  it('reads the framework relative to the blueprint folder, and its ids resolve', () => {
    write('course/frameworks/rncp.yaml', FRAMEWORK);
    write('course/a.blueprint.yaml', blueprint('frameworks/rncp.yaml'));
    expect(check().findings).toEqual([]);
    expect(loadCompetencyFile('frameworks/rncp.yaml', 'course/a.blueprint.yaml', dir)).toEqual({
      items: [{ id: 'C1', title: 'Build charts' }],
    });
  });

  it('reads a framework that many blueprints name once per run, and again in the next run', () => {
    write('course/frameworks/rncp.yaml', FRAMEWORK);
    write('course/a.blueprint.yaml', blueprint('frameworks/rncp.yaml'));
    mkdirSync(join(dir, 'course', 'more'));
    mkdirSync(join(dir, '.git')); // the project root: both blueprints' folders lie in it
    write('course/more/b.blueprint.yaml', blueprint('../frameworks/rncp.yaml'));
    const run = createCheckRun(dir);
    const findings = (file: string, inRun = run) => {
      const result = checkFile(file, dir, {}, inRun);
      return isUnreadable(result) ? result.error : result.findings.map((finding) => finding.message);
    };
    expect(findings('course/a.blueprint.yaml')).toEqual([]);
    // Broken now: this run read it already, under another name from another folder; a new run reads it again.
    write('course/frameworks/rncp.yaml', 'items: [\n');
    expect(findings('course/more/b.blueprint.yaml')).toEqual([]);
    expect(findings('course/more/b.blueprint.yaml', createCheckRun(dir))).toEqual([
      "competency framework `../frameworks/rncp.yaml` (path relative to the blueprint's folder) is not valid YAML at line 2, column 1",
    ]);
    // What cannot be read is remembered too, named as each blueprint names it.
    write('course/c.blueprint.yaml', blueprint('frameworks/none.yaml'));
    write('course/more/d.blueprint.yaml', blueprint('../frameworks/none.yaml'));
    expect(findings('course/c.blueprint.yaml')).toEqual([
      "competency framework `frameworks/none.yaml` (path relative to the blueprint's folder) cannot be used: cannot read frameworks/none.yaml: no such file",
    ]);
    write('course/frameworks/none.yaml', FRAMEWORK);
    expect(findings('course/more/d.blueprint.yaml')).toEqual([
      "competency framework `../frameworks/none.yaml` (path relative to the blueprint's folder) cannot be used: cannot read ../frameworks/none.yaml: no such file",
    ]);
  });

  it('reports a missing file at `competencies/file`, naming the file, without a crash', () => {
    write('course/a.blueprint.yaml', blueprint('frameworks/missing.yaml'));
    const [finding, ...rest] = check().findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'schema',
      severity: 'error',
      path: '/competencies/file',
      line: 27,
      column: 9,
    });
    expect(finding?.message).toBe(
      "competency framework `frameworks/missing.yaml` (path relative to the blueprint's folder) cannot be used: cannot read frameworks/missing.yaml: no such file",
    );
  });

  it('reports a folder, broken YAML, a wrong shape and bad bytes with the place in the file, never its content', () => {
    const problem = (text: string | Uint8Array) => {
      write('course/frameworks/f.yaml', text);
      const loaded = loadCompetencyFile('frameworks/f.yaml', 'course/a.blueprint.yaml', dir);
      return 'problem' in loaded ? loaded.problem.replace(/^.*?\) /, '') : 'loaded';
    };
    expect(loadCompetencyFile('frameworks', 'course/a.blueprint.yaml', dir)).toEqual({
      problem:
        "competency framework `frameworks` (path relative to the blueprint's folder) cannot be used: frameworks is a folder, not a file",
    });
    expect(problem('items:\n  - { id: C1, title: "Build }\n')).toMatch(
      /^is not valid YAML at line 2, column 22$/,
    );
    expect(problem('items:\n  - { id: C1, titel: Build charts }\n')).toMatch(
      /^is not a competency framework at line 2, column 5 \(and 1 more problem\): a framework is a mapping with `items`, a list of \{ id, title \} \(its content is not quoted: it is not a blueprint\)$/,
    );
    expect(problem('items: []\nitems: []\n')).toMatch(/^is not valid YAML at line 2, column 1$/);
    expect(problem(new Uint8Array([0x69, 0x74, 0xe9, 0x6d]))).toMatch(
      /^is not UTF-8 text at line 1, column 3$/,
    );
    expect(problem('')).toMatch(/^is not a competency framework at line 1, column 1: /);
  });

  it('lets the framework ids join the namespace: an unknown one is reported as a reference', () => {
    write('course/frameworks/rncp.yaml', FRAMEWORK.replace('C1', 'C2'));
    write('course/a.blueprint.yaml', blueprint('frameworks/rncp.yaml'));
    expect(check().findings.map((finding) => [finding.rule, finding.message])).toEqual([
      ['unknown-reference', 'unknown competency `C1`; did you mean `C2`?'],
      ['competency-not-covered', expect.stringMatching(/^competency `C2` \(from `competencies.file`\)/)],
    ]);
  });
});
