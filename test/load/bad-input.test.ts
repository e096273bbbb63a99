import { describe, expect, it } from 'vitest';
import { checkBlueprint } from '../../src/check/blueprint.js';
import { MAX_ALIAS_COUNT, MAX_DEPTH } from '../../src/load/parse.js';
import { alwaysOn, VALID, where } from '../helpers/check.js';

const encoder = new TextEncoder();

describe('bad input: the table of docs/quality.md, each row with its exact position', () => {
  it('an empty file is "empty blueprint" at 1:1', () => {
    const [finding, ...rest] = alwaysOn('');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'schema', line: 1, column: 1, path: '' });
    expect(finding?.message).toMatch(/^empty blueprint/);
  });

  it('a file of comments only is "empty blueprint" at 1:1', () => {
    expect(
      alwaysOn('# just a comment\n\n# another\n').map((f) => [f.line, f.column, f.message.slice(0, 15)]),
    ).toEqual([[1, 1, 'empty blueprint']]);
  });

  it('a UTF-8 BOM and CRLF line ends are accepted and positions stay right', () => {
    const crlf = `\uFEFF${VALID.replace('duration: 1h\n  modality', 'duration: 7\n  modality').replace(/\n/g, '\r\n')}`;
    const findings = alwaysOn(encoder.encode(crlf));
    expect(where(findings)).toEqual(['schema 7:13']);
    expect(findings[0]).toMatchObject({ endLine: 7, endColumn: 14, path: '/constraints/duration' });
  });

  it('UTF-16 is refused as not UTF-8', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x62, 0x00, 0x3a, 0x00, 0x20, 0x00, 0x31, 0x00]);
    const [finding] = alwaysOn(utf16);
    expect(finding).toMatchObject({ rule: 'yaml-syntax', line: 1, column: 1 });
    expect(finding?.message).toMatch(/UTF-16/);
  });

  it('Latin-1 is refused with the byte offset and the line of the bad byte, never decoded to U+FFFD', () => {
    const bytes = new Uint8Array([
      ...encoder.encode('blueprint: 1\ntitle: Caf'),
      0xe9,
      ...encoder.encode('\n'),
    ]);
    const [finding, ...rest] = alwaysOn(bytes);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'yaml-syntax', line: 2, column: 11 });
    expect(finding?.message).toContain('byte 0xE9 at byte offset 23');
    expect(finding?.message).toMatch(/not UTF-8/);
  });

  it('an overlong or surrogate UTF-8 sequence is invalid too', () => {
    const [overlong] = alwaysOn(new Uint8Array([0x61, 0xc0, 0xaf]));
    expect(overlong?.message).toContain('byte 0xC0 at byte offset 1');
    const [surrogate] = alwaysOn(new Uint8Array([0x61, 0x0a, 0xed, 0xa0, 0x80]));
    expect(surrogate).toMatchObject({ line: 2, column: 1 });
    expect(surrogate?.message).toContain('offset 2');
  });

  it('CR-only line ends get a finding that says so', () => {
    const [finding, ...rest] = alwaysOn('blueprint: 1\rid: x\r');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'yaml-syntax', line: 1, column: 13 });
    expect(finding?.message).toMatch(/carriage returns only/);
  });

  it('tab indentation is yaml-syntax at the tab', () => {
    const findings = alwaysOn('audience:\n\tdescription: x\n');
    expect(where(findings)[0]).toBe('yaml-syntax 2:1');
    expect(findings[0]?.message).toMatch(/tabs are not allowed/);
  });

  it('an unterminated quote is yaml-syntax at the opening quote', () => {
    const findings = alwaysOn('blueprint: 1\ntitle: "Data basics\nid: x\n');
    expect(where(findings)).toEqual(['yaml-syntax 2:8']);
    expect(findings[0]?.message).toMatch(/never closed/);
  });

  it('`title: SQL: basics` is yaml-syntax that says to quote the value', () => {
    const findings = alwaysOn('blueprint: 1\ntitle: SQL: basics\n');
    expect(where(findings)).toEqual(['yaml-syntax 2:8']);
    expect(findings[0]?.message).toContain('must be quoted');
  });

  it('a duplicate key is duplicate-key at the second one, naming the first line', () => {
    const findings = alwaysOn(VALID.replace('title: Tiny course\n', 'title: Tiny course\ntitle: Again\n'));
    expect(where(findings)).toEqual(['duplicate-key 4:1']);
    expect(findings[0]?.message).toBe('duplicate key `title`: it is already set on line 3; keep one');
  });

  it('a second document is yaml-syntax at the second ---', () => {
    expect(where(alwaysOn(`${VALID}---\nid: other\n`))).toEqual([
      `yaml-syntax ${VALID.split('\n').length}:1`,
    ]);
  });

  it('an alias bomb is refused in milliseconds', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let index = 1; index < 9; index++) {
      const previous = String.fromCharCode(96 + index);
      const name = String.fromCharCode(97 + index);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const started = performance.now();
    const findings = alwaysOn(`${levels.join('\n')}\n`);
    const elapsed = performance.now() - started;
    expect(where(findings)).toEqual(['yaml-syntax 2:8']);
    expect(findings[0]?.message).toContain(`more than ${MAX_ALIAS_COUNT}`);
    expect(elapsed).toBeLessThan(5000); // a guard against a hang, not a speed measure
  });

  it('an undefined alias is yaml-syntax at the alias', () => {
    const findings = alwaysOn('blueprint: 1\ntitle: *nowhere\n');
    expect(where(findings)).toEqual(['yaml-syntax 2:8']);
    expect(findings[0]?.message).toContain('unknown alias *nowhere');
  });

  it('a cyclic alias is yaml-syntax at the alias', () => {
    const findings = alwaysOn('blueprint: 1\nx-loop: &loop [a, *loop]\n');
    expect(where(findings)).toEqual(['yaml-syntax 2:19']);
    expect(findings[0]?.message).toContain('cycle');
  });

  it('10,000-deep flow nesting is refused by the depth pre-scan', () => {
    const findings = alwaysOn(`x-deep: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'yaml-syntax', line: 1 });
    expect(findings[0]?.message).toContain(`deeper than ${MAX_DEPTH}`);
  });

  it('a 10,000-deep indented block is refused by the depth pre-scan', () => {
    let text = '';
    for (let depth = 0; depth < 10_000; depth++) text += `${' '.repeat(depth)}k${depth}:\n`;
    const findings = alwaysOn(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain(`deeper than ${MAX_DEPTH}`);
    expect(findings[0]?.line).toBe(MAX_DEPTH + 1);
  });

  it('nesting of exactly the limit is accepted as YAML', () => {
    const findings = alwaysOn(`x-deep: ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}\n`);
    expect(findings.every((finding) => finding.rule !== 'yaml-syntax')).toBe(true);
  });

  it('a 2 MB line parses without trouble and is reported as a schema finding', () => {
    const findings = alwaysOn(VALID.replace('title: Tiny course', `title: [${'x'.repeat(2 * 1024 * 1024)}]`));
    expect(where(findings)).toEqual(['schema 3:8']);
  });

  it('`__proto__` and `constructor` keys are unknown keys and leave Object.prototype untouched', () => {
    const source = VALID.replace(
      'audience:\n',
      '__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\naudience:\n',
    );
    const findings = alwaysOn(source);
    expect(where(findings)).toEqual(['schema 4:1', 'schema 6:1']);
    expect(findings[0]?.message).toContain('unknown key `__proto__`');
    expect(findings[1]?.message).toContain('unknown key `constructor`');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('.inf, .nan and integers past 2^53 are schema findings that say why', () => {
    const findings = alwaysOn(
      VALID.replace(
        '    bloom: understand\n    objectives: [O1]\n',
        '    bloom: understand\n    objectives: [O1]\n    weight: .inf\n',
      )
        .replace('  modality: in-person\n', '  modality: in-person\n  hours_per_day: .nan\n')
        .replace(
          '  description: Anyone\n',
          '  description: Anyone\n  size: { min: 1, max: 9007199254740993 }\n',
        ),
    );
    const messages = findings.map((finding) => `${finding.path} ${finding.message}`);
    expect(messages).toContain(
      '/audience/size/max 9007199254740993 is too large to be represented exactly (the largest safe whole number is 9007199254740991)',
    );
    expect(messages).toContain('/constraints/hours_per_day .nan is not a finite number');
    expect(messages).toContain('/assessments/0/weight .inf is not a finite number');
  });

  it('complex keys, custom tags and merge keys are findings, never executed nor silently kept', () => {
    const complex = alwaysOn(VALID.replace('audience:', '? [a, b]\n: c\naudience:'));
    expect(where(complex)).toEqual(['schema 4:3']);
    expect(complex[0]?.message).toContain('keys must be plain text');
    const tags = alwaysOn('blueprint: 1\ntitle: !!js/function "function () {}"\nid: !include other.yaml\n');
    expect(where(tags)).toEqual(['yaml-syntax 2:8', 'yaml-syntax 3:5']);
    expect(tags[0]?.message).toContain('unknown tag !!js/function');
    expect(tags[1]?.message).toContain('unknown tag !include');
    const merge = alwaysOn(
      VALID.replace(
        'audience:\n  description: Anyone\n',
        'x-base: &base\n  description: Anyone\naudience:\n  <<: *base\n',
      ),
    );
    expect(where(merge)).toEqual(['schema 7:3']);
    expect(merge[0]?.message).toMatch(/merge keys .* not part of YAML 1\.2/);
  });

  it('control characters and NUL are findings at their position', () => {
    const findings = alwaysOn('blueprint: 1\ntitle: a\u0000b\n');
    expect(where(findings)).toEqual(['yaml-syntax 2:9']);
    expect(findings[0]?.message).toContain('U+0000');
    expect(where(alwaysOn('title: bell\u0007\n'))).toEqual(['yaml-syntax 1:12']);
  });

  it('a look-alike key with a Cyrillic letter is an unknown key with a did-you-mean', () => {
    const findings = alwaysOn(VALID.replace('title: Tiny course', 't\u0456tle: Tiny course'));
    const unknown = findings.find((finding) => finding.path === '/t\u0456tle');
    expect(unknown).toMatchObject({ line: 3, column: 1 });
    expect(unknown?.message).toContain('Did you mean `title`?');
    expect(unknown?.message).toContain('U+0456');
  });

  it('thousands of findings in one file are all returned', () => {
    const objectives = Array.from(
      { length: 3000 },
      (_, index) => `  - id: O${index}\n    statement: x\n    bloom: think\n`,
    ).join('');
    const source = VALID.replace(
      /objectives:\n {2}- id: O1\n[\s\S]*?modules:/,
      `objectives:\n${objectives}modules:`,
    );
    const result = checkBlueprint(source, { rules: [] });
    expect(result.errorCount).toBe(3000);
    expect(result.findings[2999]).toMatchObject({ path: '/objectives/2999/bloom', line: 12 + 3 * 2999 });
  });
});
