import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run eval:bloom (scripts/eval-bloom.ts)', () => {
  it('computes false alarms, detection, coverage and rule precision as bloom.md says', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'eval-bloom-')), 'set-en.yaml');
    writeFileSync(
      file,
      [
        'language: en',
        'seed: 1',
        'statements:',
        '  - { text: "List the stages of the cycle", levels: [remember] }',
        '  - { text: "Understand the stages of the cycle", levels: [understand], unmeasurable: true }',
        '  - { text: "Topics of the course", levels: [], kind: topic }',
        '  - { text: "Design a course", levels: [create] }',
        '  - { text: "Explain what TDD is, and use it when writing tests", levels: [understand, apply], multiple: true }',
        '  - { text: "Identify the bones of the hand", levels: [apply] }',
        '',
      ].join('\n'),
    );
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/eval-bloom.ts', file], {
      cwd: root,
      encoding: 'utf8',
    });
    // Worked out by hand from the reader's sets: List {remember}, Understand {understand},
    // Topics {}, Design {create}, Explain…use {understand, apply}, Identify {remember,
    // understand, analyze}. Only "Identify" declared at apply is a false alarm (1 of 6 accepted
    // pairs); of the 16 pairs two or more levels off, only "Identify" at remember is silent.
    expect(out).toContain('false alarms at an accepted level   16.7 % (1/6)');
    expect(out).toContain('detection, two or more levels off   93.8 % (15/16)');
    expect(out).toContain('coverage (a verb and a level found)  83.3 % (5/6)');
    expect(out).toMatch(/objective-verb-level-mismatch +precision 95\.5 % \(21\/22\)/);
    expect(out).toMatch(/objective-unmeasurable-verb +precision 100\.0 % \(6\/6\), recall 100\.0 % \(6\/6\)/);
    expect(out).toMatch(/objective-multiple-verbs +precision 100\.0 % \(6\/6\)/);
    expect(out).toMatch(/objective-missing-verb +precision 100\.0 % \(6\/6\)/);
  });
});
