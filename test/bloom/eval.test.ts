import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run eval:bloom (scripts/eval-bloom.ts)', () => {
  it('computes per-level F1, their mean and the recognition rate as bloom.md says', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'eval-bloom-')), 'set-en.yaml');
    writeFileSync(
      file,
      [
        'language: en',
        'statements:',
        '  - { text: "List the stages of the cycle", levels: [remember] }',
        '  - { text: "Understand the stages of the cycle", levels: [understand] }',
        '  - { text: "Topics of the course", levels: [apply] }',
        '  - { text: "Design a course", levels: [create] }',
        '',
      ].join('\n'),
    );
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/eval-bloom.ts', file], {
      cwd: root,
      encoding: 'utf8',
    });
    // List: {remember}; Understand (a verb to avoid): all six levels; no verb: {}; Design: {create}.
    expect(out).toContain('remember    F1 0.667  (precision 0.500, recall 1.000; tp 1, fp 1, fn 0)');
    expect(out).toContain('understand  F1 1.000  (precision 1.000, recall 1.000; tp 1, fp 0, fn 0)');
    expect(out).toContain('apply       F1 0.000  (precision 0.000, recall 0.000; tp 0, fp 1, fn 1)');
    expect(out).toContain('analyze     F1 0.000  (precision 0.000, recall 0.000; tp 0, fp 1, fn 0)');
    expect(out).toContain('create      F1 0.667  (precision 0.500, recall 1.000; tp 1, fp 1, fn 0)');
    expect(out).toContain('mean per-level F1 0.389');
    expect(out).toContain('recognised 3/4 (75.0 %)');
  });
});
