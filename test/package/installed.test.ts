// The package as a new user gets it: packed, installed from the tarball into an empty project
// (dependencies from the registry), then used through `npx course-blueprint` and an editor's
// YAML language server. One install serves every test of the file.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installTarball, markdownLinks, npx, type PackedPackage, packPackage, repoRoot } from './install.js';
import { YamlLanguageServer } from './lsp.js';

let packed: PackedPackage;
let project: string;
let blueprint: string;
const scratch = mkdtempSync(join(tmpdir(), 'blueprint-pack-'));

beforeAll(() => {
  packed = packPackage(scratch);
  project = installTarball(packed.tarball);
}, 240_000);

afterAll(() => {
  for (const dir of [scratch, project]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Whether a path of the repository is in the tarball, as a file or as a folder of files. */
const shipped = (path: string) =>
  packed.files.some((file) => file === path || file.startsWith(`${path.replace(/\/$/, '')}/`));

describe('the packed package', () => {
  it('ships the LICENSE, both executables and the schemas', () => {
    for (const path of ['LICENSE', 'README.md', 'bin/blueprint.js', 'schemas/blueprint.schema.json'])
      expect(packed.files).toContain(path);
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(manifest.bin).toEqual({ blueprint: 'bin/blueprint.js', 'course-blueprint': 'bin/blueprint.js' });
    for (const key of ['repository', 'homepage', 'bugs']) expect(manifest[key]).toBeDefined();
  });

  it('every README link into the repository is in the tarball, the others are absolute URLs', () => {
    const links = markdownLinks(readFileSync(join(repoRoot, 'README.md'), 'utf8'));
    expect(links.length).toBeGreaterThan(20);
    const missing = links
      .filter((link) => !/^(?:https?:|mailto:|#)/.test(link))
      .map((link) => decodeURI(link.replace(/#.*$/, '')))
      .filter((path) => !shipped(path));
    expect(missing).toEqual([]);
  });

  it('every link of a shipped document into the repository is in the tarball too, or absolute', () => {
    const docs = packed.files.filter((file) => file.startsWith('docs/') && file.endsWith('.md'));
    expect(docs.length).toBeGreaterThan(10);
    const missing = docs.flatMap((doc) =>
      markdownLinks(readFileSync(join(repoRoot, doc), 'utf8'))
        .filter((link) => !/^(?:https?:|mailto:|#)/.test(link))
        .map((link) => posix.normalize(posix.join(posix.dirname(doc), decodeURI(link.replace(/#.*$/, '')))))
        .filter((path) => !shipped(path))
        .map((path) => `${doc} -> ${path}`),
    );
    expect(missing).toEqual([]);
  });

  it('the SchemaStore entries name files the package ships', () => {
    const catalogue = JSON.parse(readFileSync(join(repoRoot, 'schemastore/catalog.json'), 'utf8'));
    for (const entry of catalogue.schemas as { url: string }[]) {
      const path = entry.url.replace(/^https:\/\/cdn\.jsdelivr\.net\/npm\/course-blueprint@latest\//, '');
      expect(path).not.toBe(entry.url);
      expect(packed.files).toContain(path);
    }
  });
});

describe('npx course-blueprint, installed from the tarball', () => {
  it('init --yes writes a blueprint whose $schema line is the installed schema', () => {
    const result = npx(project, ['init', '--yes']);
    expect(result, result.stderr).toMatchObject({ code: 0 });
    blueprint = join(project, 'giving-feedback-that-helps.blueprint.yaml');
    expect(readFileSync(blueprint, 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=node_modules/course-blueprint/schemas/blueprint.schema.json',
    );
    expect(result.stdout).toContain('npx course-blueprint check giving-feedback-that-helps.blueprint.yaml');
  });

  it('check finds nothing to say, render writes the syllabus', () => {
    const check = npx(project, ['check']);
    expect(check, check.stderr).toMatchObject({ code: 0 });
    expect(check.stdout).toContain('no problems');
    const render = npx(project, ['render', 'giving-feedback-that-helps.blueprint.yaml']);
    expect(render, render.stderr).toMatchObject({ code: 0 });
    expect(render.stdout).toMatch(/^# Giving feedback that helps/m);
  });

  it('outside the project, init names the published schema, at a path the tarball has', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'blueprint-elsewhere-'));
    try {
      const bin = join(project, 'node_modules', '.bin', 'course-blueprint');
      const result = npx(project, ['init', '--yes', elsewhere]);
      expect(result, result.stderr).toMatchObject({ code: 0 });
      expect(existsSync(bin)).toBe(true);
      const line = readFileSync(join(elsewhere, 'giving-feedback-that-helps.blueprint.yaml'), 'utf8').split(
        '\n',
      )[0];
      const prefix = `# yaml-language-server: $schema=https://cdn.jsdelivr.net/npm/course-blueprint@${packed.version}/`;
      expect(line?.startsWith(prefix), line).toBe(true);
      expect(packed.files).toContain(line?.slice(prefix.length));
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('yaml-language-server reads the $schema line of the fresh blueprint', () => {
  let server: YamlLanguageServer;
  beforeAll(async () => {
    server = await YamlLanguageServer.start(project);
  }, 30_000);
  afterAll(() => server?.stop());

  it('reports no problem in the fresh blueprint', async () => {
    expect(await server.diagnose(blueprint, readFileSync(blueprint, 'utf8'))).toEqual([]);
  });

  it('reports a schema error where a bad blueprint breaks the format', async () => {
    const bad = join(project, 'bad.blueprint.yaml');
    const text = readFileSync(blueprint, 'utf8').replace(/^( +bloom: )\w+$/m, '$1memorise');
    expect(text).toContain('memorise');
    writeFileSync(bad, text);
    const diagnostics = await server.diagnose(bad, text);
    const line = text.split('\n').findIndex((row) => row.includes('memorise'));
    expect(diagnostics.map((d) => ({ line: d.range.start.line, message: d.message }))).toEqual([
      { line, message: expect.stringMatching(/Value is not accepted/) },
    ]);
  });
});
