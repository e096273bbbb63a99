import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { VALID } from '../helpers/check.js';
import { runCli } from '../helpers/io.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'blueprint-render-'));
});
const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

describe('blueprint render', () => {
  it('writes the syllabus in the blueprint language to standard output by default', async () => {
    write('c.blueprint.yaml', VALID);
    const result = await runCli(['render', 'c.blueprint.yaml'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.startsWith('# Tiny course\n')).toBe(true);
    expect(result.stdout).toContain('## Learning objectives');
    expect(result.stdout).toContain('- Explain what a blueprint is');
    expect(result.stdout).not.toContain('O1');
  });

  it('follows --lang over the blueprint language and --template for the document', async () => {
    write('c.blueprint.yaml', VALID);
    const result = await runCli(
      ['render', 'c.blueprint.yaml', '--lang', 'fr', '-t', 'programme', '--allow-incomplete'],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## Public visé\n');
    expect(result.stdout).toContain('## Durée\n\n1\u00a0h\n');
    expect(result.stdout).toContain('## Tarif\n\n*Non renseigné.*\n');
  });

  it('does not render a programme with gaps: lists them on standard error, exit 1, --out untouched', async () => {
    write('c.blueprint.yaml', VALID);
    write('programme.md', 'kept\n');
    const result = await runCli(['render', 'c.blueprint.yaml', '-t', 'programme', '-o', 'programme.md'], {
      cwd: dir,
    });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    // One line per item programme-incomplete reports (the list grows with the format): the count says as many.
    const lines = result.stderr.trimEnd().split('\n');
    const items = lines.slice(1, -1);
    expect(lines[0]).toBe(
      `blueprint: c.blueprint.yaml: the programme was not rendered: it does not state ${items.length} items a published programme must:`,
    );
    expect(items.every((line) => line.startsWith('  - the programme does not state its '))).toBe(true);
    expect(items.map((line) => /`([^`]+)`/.exec(line)?.[1])).toEqual(
      expect.arrayContaining([
        'audience.prerequisites',
        'admin.access',
        'admin.price',
        'admin.contact',
        'admin.updated',
      ]),
    );
    expect(lines.at(-1)).toMatch(/pass --allow-incomplete/);
    expect(readFileSync(join(dir, 'programme.md'), 'utf8')).toBe('kept\n');
  });

  it('renders a programme with gaps under --allow-incomplete, each gap marked and listed on standard error', async () => {
    write('c.blueprint.yaml', VALID);
    const result = await runCli(['render', 'c.blueprint.yaml', '-t', 'programme', '--allow-incomplete'], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## Price\n\n*Not stated.*\n');
    expect(result.stdout).toContain('## Prerequisites\n\n*Not stated.*\n');
    expect(result.stderr).toMatch(
      /^blueprint: c\.blueprint\.yaml: the programme is incomplete .*\d+ items not stated:\n/,
    );
    expect(result.stderr).toContain('  - the programme does not state its price (`admin.price`)');
  });

  it('renders a complete programme without the flag, and the other templates never ask for it', async () => {
    write('c.blueprint.yaml', VALID);
    expect((await runCli(['render', 'c.blueprint.yaml', '-t', 'matrix'], { cwd: dir })).code).toBe(0);
    const result = await runCli(['render', 'examples/excel-tcd-inter.blueprint.yaml', '-t', 'programme'], {
      cwd: repo,
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('## Tarif\n\n1\u202f290\u00a0€');
  });

  it('writes --out whole, leaving no temporary file and nothing on standard output', async () => {
    write('c.blueprint.yaml', VALID);
    const result = await runCli(['render', 'c.blueprint.yaml', '--out', 'syllabus.md'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'syllabus.md'), 'utf8')).toMatch(/^# Tiny course\n[\s\S]*\n$/);
    expect(readdirSync(dir).sort()).toEqual(['c.blueprint.yaml', 'syllabus.md']);
  });

  it('exits 2 naming --out when it cannot be written, leaving no temporary file', async () => {
    write('c.blueprint.yaml', VALID);
    const result = await runCli(['render', 'c.blueprint.yaml', '--out', 'missing/out.md'], { cwd: dir });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'blueprint: cannot write missing/out.md: its folder does not exist\n',
    });
    expect(readdirSync(dir)).toEqual(['c.blueprint.yaml']);
  });

  it('refuses a blueprint with always-on errors: exit 1, findings on standard error, nothing written', async () => {
    write('bad.blueprint.yaml', VALID.replace('duration: 1h\n  modality', 'duration: 7\n  modality'));
    write('out.md', 'kept\n');
    const result = await runCli(['render', 'bad.blueprint.yaml', '--out', 'out.md'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      "  7:13     error    `duration` must be a string such as '1h30' or '90min', got the number 7  schema",
    );
    expect(result.stderr).toMatch(
      /blueprint: bad\.blueprint\.yaml was not rendered: fix the errors above first\n$/,
    );
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toBe('kept\n');
  });

  it('renders a blueprint with rule findings and says so on one line of standard error', async () => {
    const result = await runCli(
      ['render', 'test/render/fixtures/edge-cases.blueprint.yaml', '-t', 'matrix'],
      {
        cwd: repo,
      },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('**not assessed**');
    expect(result.stderr).toMatch(
      /^blueprint: rendered test\/render\/fixtures\/edge-cases\.blueprint\.yaml despite \d+ errors? and \d+ warnings?: run `blueprint check test\/render\/fixtures\/edge-cases\.blueprint\.yaml` to see them\n$/,
    );
  });

  it("counts the findings the blueprint's own config turns on", async () => {
    const edge = readFileSync(join(repo, 'test/render/fixtures/edge-cases.blueprint.yaml'));
    writeFileSync(join(dir, 'edge.blueprint.yaml'), edge);
    const withDefaults = await runCli(['render', 'edge.blueprint.yaml', '-t', 'matrix'], { cwd: dir });
    expect(withDefaults.stderr).toMatch(/despite/);
    write('.blueprintrc.yaml', 'extends: []\n');
    const allOff = await runCli(['render', 'edge.blueprint.yaml', '-t', 'matrix'], { cwd: dir });
    expect(allOff).toMatchObject({ code: 0, stderr: '', stdout: withDefaults.stdout });
  });

  it('exits 2 on an unknown template, language or file, with one line', async () => {
    write('c.blueprint.yaml', VALID);
    const template = await runCli(['render', 'c.blueprint.yaml', '-t', 'brochure'], { cwd: dir });
    expect(template).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        "blueprint: template 'brochure' not found: use syllabus, programme, matrix or the path of a .liquid file\n",
    });
    const lang = await runCli(['render', 'c.blueprint.yaml', '--lang', 'de'], { cwd: dir });
    expect(lang).toMatchObject({
      code: 2,
      stderr: "blueprint: unknown language 'de' for --lang: use en or fr\n",
    });
    const missing = await runCli(['render', 'nope.blueprint.yaml'], { cwd: dir });
    expect(missing).toMatchObject({
      code: 2,
      stderr: 'blueprint: cannot read nope.blueprint.yaml: no such file\n',
    });
  });

  it('renders a user template given by path, which sees blueprint (with x- keys) and figures', async () => {
    write('c.blueprint.yaml', VALID.replace('title: Tiny course', 'title: Tiny course\nx-owner: Ada'));
    write('t.liquid', '{{ blueprint.title }} by {{ blueprint.x-owner }}: {{ figures.duration.text }}\n');
    const result = await runCli(['render', 'c.blueprint.yaml', '-t', 't.liquid'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: 'Tiny course by Ada: 1h\n', stderr: '' });
  });

  it('reads the competency framework named by competencies.file, relative to the blueprint', async () => {
    mkdirSync(join(dir, 'course'));
    writeFileSync(
      join(dir, 'course', 'skills.yaml'),
      'framework: Skills\nitems:\n  - { id: C1, title: Explain blueprints }\n',
    );
    const blueprint = VALID.replace(
      '    bloom: understand\nmodules',
      '    bloom: understand\n    competencies: [C1]\nmodules',
    );
    writeFileSync(
      join(dir, 'course', 'c.blueprint.yaml'),
      `${blueprint}competencies:\n  file: skills.yaml\n`,
    );
    const result = await runCli(['render', 'course/c.blueprint.yaml'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('## Competencies\n\n- Explain blueprints\n');
  });

  it("gives the date filter the document's locale, not the machine's", async () => {
    write('c.blueprint.yaml', VALID);
    write('d.liquid', '\uFEFF{{ "2026-03-12" | date: "%d %B %Y" }}');
    const fr = await runCli(['render', 'c.blueprint.yaml', '-t', 'd.liquid', '--lang', 'fr'], { cwd: dir });
    expect(fr).toMatchObject({ code: 0, stdout: '12 mars 2026' });
    const en = await runCli(['render', 'c.blueprint.yaml', '-t', 'd.liquid'], { cwd: dir });
    expect(en).toMatchObject({ code: 0, stdout: '12 March 2026' });
  });

  it('hints that include names take no quotes', async () => {
    write('c.blueprint.yaml', VALID);
    write('t.liquid', '{% include "part.liquid" %}');
    write('part.liquid', 'x');
    const result = await runCli(['render', 'c.blueprint.yaml', '-t', 't.liquid'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'blueprint: t.liquid:1:1: cannot include ""part.liquid"": no such file in the template\'s folder (name it without quotes, e.g. {% include header.liquid %})\n',
    );
  });
});
