import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { junit } from '../../src/report/junit.js';
import { printable, printableLine } from '../../src/report/text.js';
import { stripForbidden } from '../../src/report/xml.js';
import type { FileResult } from '../../src/types.js';
import { CWD, checkedExamples, hostilePaths, ROOT, scenarios } from './canned.js';
import { parseXml, type XmlElement } from './consumers.js';

function render(results: readonly FileResult[], cwd = CWD): string {
  return junit(results, { color: false, version: '1.2.3', cwd });
}

function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((child) => child.name === name) ?? [];
}

/** Checks the parsed report against the results it came from: counts, suites, cases, texts. */
function expectReportOf(text: string, results: readonly FileResult[], paths: readonly string[]) {
  const root = parseXml(text);
  expect(root.name).toBe('testsuites');
  const suites = childrenNamed(root, 'testsuite');
  expect(suites.map((suite) => suite.attributes.name)).toEqual(paths.map(printableLine));
  let failures = 0;
  let tests = 0;
  results.forEach((result, i) => {
    const suite = suites[i];
    const cases = childrenNamed(suite, 'testcase');
    const errors = result.findings.filter((f) => f.severity === 'error');
    const failing = cases.filter((c) => childrenNamed(c, 'failure').length > 0);
    expect(failing).toHaveLength(errors.length);
    expect(suite?.attributes.failures).toBe(String(errors.length));
    expect(suite?.attributes.tests).toBe(String(cases.length));
    expect(cases).toHaveLength(Math.max(1, result.findings.length));
    // Every error's message survives escaping, control characters shown as escapes, less the
    // characters XML cannot hold.
    expect(failing.map((c) => childrenNamed(c, 'failure')[0]?.attributes.message)).toEqual(
      errors.map((f) => stripForbidden(printable(f.message))),
    );
    expect(failing.map((c) => childrenNamed(c, 'failure')[0]?.attributes.type)).toEqual(
      errors.map((f) => f.rule),
    );
    failures += errors.length;
    tests += cases.length;
  });
  expect(root.attributes.failures).toBe(String(failures));
  expect(root.attributes.tests).toBe(String(tests));
}

describe('junit reporter', () => {
  for (const [name, results] of Object.entries(scenarios)) {
    it(`matches its snapshot and is well-formed XML 1.0 with the right counts: ${name}`, async () => {
      const text = render(results);
      await expect(text).toMatchFileSnapshot(`__snapshots__/junit/${name}.xml`);
      const paths = results.map((r) =>
        r.file.startsWith('/') || r.file.startsWith('..') ? resolve(CWD, r.file) : r.file,
      );
      expectReportOf(text, results, paths);
    });
  }

  it('keeps line ends in messages, quotes and markup exactly; shows control characters as escapes', () => {
    const root = parseXml(render(scenarios.hostile ?? []));
    const [spaces, unicode, control, markup] = childrenNamed(root, 'testsuite');
    expect(spaces?.attributes.name).toBe(hostilePaths.spaces);
    expect(unicode?.attributes.name).toBe(hostilePaths.unicode);
    expect(control?.attributes.name).toBe('odd/new\\x0Aline\ttab\\x00nul\\x07bell::error::x.blueprint.yaml');
    expect(markup?.attributes.name).toBe(hostilePaths.markup);
    const failure = childrenNamed(childrenNamed(unicode, 'testcase')[0], 'failure')[0];
    expect(failure?.text).toContain('markup ]]> <tag attr="v"> & \'quoted\'');
    const warning = childrenNamed(childrenNamed(spaces, 'testcase')[1], 'system-out')[0];
    expect(warning?.text).toContain('warning: line one\nline two\r\nline three\rend');
  });

  it('strips every character XML 1.0 forbids, keeps tab, line ends and everything else', () => {
    expect(stripForbidden('a\u0000b\u0008c\u000bd\u000ce\u001ff\ufffeg\uffffh\ud800i\udc00j')).toBe(
      'abcdefghij',
    );
    expect(stripForbidden('\t\n\r é 😀 \u0085 \u007f')).toBe('\t\n\r é 😀 \u0085 \u007f');
  });

  it('is refused by the parser when a forbidden character gets through (the parser is strict)', () => {
    expect(() => parseXml('<a>\u0000</a>')).toThrow();
    expect(() => parseXml('<a>x]]>y</a>')).toThrow();
  });

  it('is well-formed on the examples and on a file with findings', () => {
    const { files, results } = checkedExamples();
    expect(results.at(-1)?.errorCount).toBeGreaterThan(0);
    expectReportOf(render(results, ROOT), results, files);
  });
});
