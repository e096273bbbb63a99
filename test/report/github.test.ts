import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  escapeData,
  escapeProperty,
  GITHUB_MAX_ANNOTATIONS_PER_KIND,
  github,
} from '../../src/report/github.js';
import { printable, printableLine } from '../../src/report/text.js';
import type { FileResult } from '../../src/types.js';
import { CWD, checkedExamples, hostileMessages, hostilePaths, ROOT, scenarios } from './canned.js';
import { parseWorkflowCommands } from './consumers.js';

function render(results: readonly FileResult[], cwd = CWD): string {
  return github(results, { color: false, version: '1.2.3', cwd });
}

describe('github reporter', () => {
  for (const [name, results] of Object.entries(scenarios)) {
    it(`matches its snapshot and reads back as the same findings: ${name}`, async () => {
      const text = render(results);
      await expect(text).toMatchFileSnapshot(`__snapshots__/github/${name}.txt`);
      const { commands, plain } = parseWorkflowCommands(text.replace(/\n$/, ''));
      const annotations = commands.filter((c) => c.command === 'error' || c.command === 'warning');
      const findings = results.flatMap((r) => r.findings);
      const errors = findings.filter((f) => f.severity === 'error');
      const warnings = findings.filter((f) => f.severity === 'warning');
      const shown = [
        ...errors.slice(0, GITHUB_MAX_ANNOTATIONS_PER_KIND),
        ...warnings.slice(0, GITHUB_MAX_ANNOTATIONS_PER_KIND),
      ];
      expect(annotations).toHaveLength(shown.length);
      for (const annotation of annotations) {
        const finding = shown.find(
          (f) =>
            printable(f.message) === annotation.message &&
            f.severity === annotation.command &&
            f.rule === annotation.properties.title &&
            String(f.line) === annotation.properties.line,
        );
        expect(finding, annotation.message).toBeDefined();
        expect(annotation.properties.endLine).toBe(String(finding?.endLine));
      }
      // Everything past the cap is a plain line (never a command) and a notice counts it.
      const hidden = findings.length - shown.length;
      expect(plain.filter((line) => /^(error|warning) /.test(line))).toHaveLength(hidden);
      expect(commands.filter((c) => c.command === 'notice')).toHaveLength(hidden > 0 ? 1 : 0);
      expect(plain.at(-1)).toMatch(/^course-blueprint: /);
    });
  }

  it('escapes paths and messages so that the runner reads them back, control characters shown as escapes', () => {
    const { commands, plain } = parseWorkflowCommands(render(scenarios.hostile ?? []));
    expect(commands.map((c) => c.properties.file)).toEqual([
      hostilePaths.spaces,
      hostilePaths.spaces,
      hostilePaths.unicode,
      printableLine(hostilePaths.control),
      hostilePaths.markup,
      hostilePaths.markup,
      resolve(CWD, hostilePaths.outside),
      hostilePaths.absolute,
    ]);
    expect(commands.map((c) => c.message)).toEqual([
      hostileMessages[0],
      hostileMessages[1],
      hostileMessages[2],
      printable(hostileMessages[3] ?? ''),
      printable(hostileMessages[4] ?? ''),
      hostileMessages[5],
      hostileMessages[0],
      hostileMessages[1],
    ]);
    expect(plain).toEqual(['course-blueprint: 8 problems (6 errors, 2 warnings) in 6 of 6 files', '']);
  });

  it('gives columns only to findings on one line', () => {
    const { commands } = parseWorkflowCommands(render(scenarios.hostile ?? []));
    expect(commands[0]?.properties).toEqual({
      file: hostilePaths.spaces,
      line: '1',
      endLine: '1',
      col: '1',
      endColumn: '4',
      title: 'schema',
    });
    expect(commands[2]?.properties).toEqual({
      file: hostilePaths.unicode,
      line: '3',
      endLine: '5',
      title: 'objective-not-taught',
    });
  });

  it('escapes as GitHub documents: %, CR, LF in data; also : and , in properties', () => {
    expect(escapeData('100%\r\n:,')).toBe('100%25%0D%0A:,');
    expect(escapeProperty('100%\r\n:,')).toBe('100%25%0D%0A%3A%2C');
  });

  it(`annotates ${GITHUB_MAX_ANNOTATIONS_PER_KIND} of each kind, then lists the rest with a count`, () => {
    const text = render(scenarios['many-findings'] ?? []);
    const { commands } = parseWorkflowCommands(text);
    expect(commands.filter((c) => c.command === 'error')).toHaveLength(10);
    expect(commands.filter((c) => c.command === 'warning')).toHaveLength(10);
    expect(commands.find((c) => c.command === 'notice')?.message).toMatch(
      /^14 more errors and 2 more warnings are listed in the log but not annotated/,
    );
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'course-blueprint: 36 problems (24 errors, 12 warnings) in 3 of 4 files',
    );
  });

  it('reads back on the examples and on a file with findings', () => {
    const { results } = checkedExamples();
    const findings = results.flatMap((r) => r.findings);
    expect(findings.length).toBeGreaterThan(0);
    const { commands } = parseWorkflowCommands(render(results, ROOT));
    expect(commands.map((c) => [c.command, c.properties.file, c.properties.line, c.message])).toEqual(
      findings.map((f) => [
        f.severity,
        'test/fixtures/ci/findings.blueprint.yaml',
        String(f.line),
        f.message,
      ]),
    );
  });
});
