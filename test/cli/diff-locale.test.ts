// `blueprint diff`'s own refusals and git's errors as we word them, and `init --vscode`'s refusals,
// in French as a French designer meets them (LANG=fr_FR.UTF-8), through the real command line and
// a real git repository. Each assertion is the exact French text, so it fails on English; each
// also checks that `--locale en` wins and gives back the English text, unchanged.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { edit, WITH_FRAMEWORK, WORKSHOP } from '../diff/helpers.js';
import { git } from '../helpers/git.js';
import { runCli } from '../helpers/io.js';
import { freshDir } from '../init/helpers.js';

const FRENCH = { LANG: 'fr_FR.UTF-8' };
const RAISED = edit(WORKSHOP, [
  '    bloom: evaluate\n    knowledge: metacognitive',
  '    bloom: create\n    knowledge: metacognitive',
]);

/** The same command in French (from LANG) and with `--locale en` over a French LANG. */
async function both(argv: string[], cwd: string) {
  const fr = await runCli(argv, { cwd, env: FRENCH });
  const en = await runCli(['--locale', 'en', ...argv], { cwd, env: FRENCH });
  return { fr, en };
}

let repo: string;
let commit: string;

/** Commit 1: a course; commit 2: the course's objective raised, and a blueprint that is a symbolic link. */
beforeAll(() => {
  repo = realpathSync(mkdtempSync(join(tmpdir(), 'blueprint-diff-fr-')));
  git(repo, 'init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'course.blueprint.yaml'), WORKSHOP);
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'first');
  writeFileSync(join(repo, 'course.blueprint.yaml'), RAISED);
  symlinkSync('course.blueprint.yaml', join(repo, 'link.blueprint.yaml'));
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'second');
  commit = git(repo, 'rev-parse', 'HEAD').trim().slice(0, 12);
});

describe('blueprint diff refuses in French', () => {
  it('a folder outside any git repository', async () => {
    const outside = realpathSync(mkdtempSync(join(tmpdir(), 'blueprint-nogit-fr-')));
    const { fr, en } = await both(['diff', 'HEAD'], outside);
    expect(fr).toMatchObject({ code: 2, stdout: '' });
    expect(fr.stderr).toBe(
      `blueprint: ${outside} n’est dans aucun dépôt git\u00a0: comparez plutôt deux fichiers (blueprint diff ANCIEN NOUVEAU)\n`,
    );
    expect(en.stderr).toBe(
      `blueprint: ${outside} is not inside a git repository: compare two files instead (blueprint diff OLD NEW)\n`,
    );
  });

  it('an unknown revision', async () => {
    const { fr, en } = await both(['diff', 'no-such-branch'], repo);
    expect(fr).toMatchObject({ code: 2, stdout: '' });
    expect(fr.stderr).toBe(
      'blueprint: révision inconnue «\u00a0no-such-branch\u00a0»\u00a0: aucun commit, branche ou tag ne porte ce nom\n',
    );
    expect(en.stderr).toBe(
      "blueprint: unknown revision 'no-such-branch': no commit, branch or tag has that name\n",
    );
  });

  it('an empty revision, before git sees it', async () => {
    const { fr, en } = await both(['diff', ''], repo);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toBe(
      'blueprint: «\u00a0\u00a0» n’est pas une révision (une révision ne commence jamais par «\u00a0-\u00a0» ici)\n',
    );
    expect(en.stderr).toBe("blueprint: '' is not a revision (a revision never starts with '-' here)\n");
  });

  it('more than two revisions', async () => {
    const { fr, en } = await both(['diff', 'HEAD~1', 'HEAD', 'main'], repo);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toBe(
      'blueprint: au plus deux révisions, reçu 3\u00a0: mettez les chemins après --, comme dans blueprint diff main -- course.blueprint.yaml\n',
    );
    expect(en.stderr).toBe(
      'blueprint: at most two revisions, got 3: put paths after --, as in blueprint diff main -- course.blueprint.yaml\n',
    );
  });

  it('an unknown --fail-on class, with its suggestion', async () => {
    const { fr, en } = await both(['diff', 'HEAD', '--fail-on', 'objective-remove'], repo);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toBe(
      'blueprint: classe inconnue «\u00a0objective-remove\u00a0» pour --fail-on. Vouliez-vous dire `objective-removed`\u00a0? Voir blueprint diff --help\n',
    );
    expect(en.stderr).toBe(
      "blueprint: unknown class 'objective-remove' for --fail-on. Did you mean `objective-removed`? See blueprint diff --help\n",
    );
  });

  it('a path outside the repository', async () => {
    const { fr, en } = await both(['diff', 'HEAD', '--', '../elsewhere.blueprint.yaml'], repo);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toBe(`blueprint: ../elsewhere.blueprint.yaml est hors du dépôt (${repo})\n`);
    expect(en.stderr).toBe(`blueprint: ../elsewhere.blueprint.yaml is outside the repository (${repo})\n`);
  });

  it('a file of the two that does not exist', async () => {
    const { fr, en } = await both(['diff', 'course.blueprint.yaml', 'missing.blueprint.yaml'], repo);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toBe('blueprint: fichier introuvable\u00a0: missing.blueprint.yaml\n');
    expect(en.stderr).toBe('blueprint: no such file: missing.blueprint.yaml\n');
  });

  it('a blueprint that is a symbolic link at a revision: not compared, and said so', async () => {
    const argv = ['diff', 'HEAD~1', 'HEAD', '--', 'link.blueprint.yaml'];
    const { fr, en } = await both(argv, repo);
    expect(fr.code).toBe(2);
    expect(fr.stdout).toContain(
      `link.blueprint.yaml est un lien symbolique en ${commit}\u00a0: il n’a pas été lu`,
    );
    expect(fr.stderr).toBe('blueprint: 1 fichier n’a pas pu être comparé (voir ci-dessus)\n');
    expect(en.stdout).toContain(`link.blueprint.yaml is a symbolic link at ${commit}: it was not read`);
    expect(en.stderr).toBe('blueprint: 1 file could not be compared (see above)\n');
  });

  it('a --fail-on class it finds', async () => {
    const argv = [
      'diff',
      'HEAD~1',
      'HEAD',
      '--fail-on',
      'objective-level-changed',
      '--',
      'course.blueprint.yaml',
    ];
    const { fr, en } = await both(argv, repo);
    expect(fr.code).toBe(1);
    expect(fr.stderr).toBe('blueprint: --fail-on\u00a0: trouvé objective-level-changed\n');
    expect(en.stderr).toBe('blueprint: --fail-on: found objective-level-changed\n');
  });

  it("the rules' findings it quotes, worded as check words them in that language", async () => {
    const argv = ['diff', 'HEAD~1', 'HEAD', '--format', 'json', '--', 'course.blueprint.yaml'];
    const { fr, en } = await both(argv, repo);
    const quoted = (stdout: string) =>
      (
        JSON.parse(stdout) as { files: { consequences: { rule: string; message: string }[] }[] }
      ).files.flatMap((file) => file.consequences);
    const frFindings = quoted(fr.stdout);
    expect(frFindings.length).toBeGreaterThan(0);
    const checked = await runCli(['check', '--format', 'json', 'course.blueprint.yaml'], {
      cwd: repo,
      env: FRENCH,
    });
    const checkMessages = (JSON.parse(checked.stdout) as { findings: { message: string }[] }[]).flatMap(
      (file) => file.findings.map((finding) => finding.message),
    );
    for (const [index, finding] of frFindings.entries()) {
      expect(checkMessages).toContain(finding.message);
      expect(finding.message).not.toBe(quoted(en.stdout)[index]?.message);
    }
  });

  it('a competency framework missing at a revision', async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'blueprint-diff-fr-framework-')));
    git(dir, 'init', '-q', '-b', 'main');
    writeFileSync(join(dir, 'leads.blueprint.yaml'), WITH_FRAMEWORK);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'no framework');
    const head = git(dir, 'rev-parse', 'HEAD').trim().slice(0, 12);
    const { fr, en } = await both(['diff', 'HEAD', 'HEAD', '--', 'leads.blueprint.yaml'], dir);
    expect(fr.code).toBe(2);
    expect(fr.stdout).toContain(`n’existe pas en ${head}`);
    expect(fr.stdout).not.toContain('does not exist');
    expect(en.stdout).toContain(`does not exist at ${head}`);
  });
});

describe('init --vscode refuses in French', () => {
  const cases: [string, string, string][] = [
    [
      '{ "a": 1, ',
      'ce n’est pas du JSON avec commentaires (PropertyNameExpected à la position 10)',
      'it is not JSON with comments (PropertyNameExpected at offset 10)',
    ],
    ['{ "yaml.schemas": "x.json" }', '"yaml.schemas" n’est pas un objet', '"yaml.schemas" is not an object'],
    ['[1]', 'il ne contient pas un objet', 'it does not hold an object'],
  ];
  for (const [content, french, english] of cases) {
    it(`a settings file where ${english}`, async () => {
      for (const [locale, expected] of [
        [
          [],
          `blueprint: impossible de compléter .vscode/settings.json\u00a0: ${french}\u00a0; rien n’a été écrit (corrigez-le, ou lancez init sans --vscode).\n`,
        ],
        [
          ['--locale', 'en'],
          `blueprint: cannot complete .vscode/settings.json: ${english}; nothing written (fix it, or run init without --vscode).\n`,
        ],
      ] as const) {
        const dir = freshDir();
        mkdirSync(join(dir, '.vscode'));
        writeFileSync(join(dir, '.vscode/settings.json'), content);
        const result = await runCli(['init', '--yes', '--vscode', ...locale], { cwd: dir, env: FRENCH });
        expect(result.code).toBe(2);
        expect(result.stderr).toBe(expected);
        expect(readdirSync(dir)).toEqual(['.vscode']);
        expect(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')).toBe(content);
      }
    });
  }

  it('an extensions file whose recommendations are not a list, and a .vscode/settings.json that is a folder', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, '.vscode'));
    writeFileSync(join(dir, '.vscode/extensions.json'), '{ "recommendations": "x" }');
    const listed = await runCli(['init', '--yes', '--vscode'], { cwd: dir, env: FRENCH });
    expect(listed.stderr).toBe(
      'blueprint: impossible de compléter .vscode/extensions.json\u00a0: "recommendations" n’est pas une liste\u00a0; rien n’a été écrit (corrigez-le, ou lancez init sans --vscode).\n',
    );
    const other = freshDir();
    mkdirSync(join(other, '.vscode/settings.json'), { recursive: true });
    const folder = await runCli(['init', '--yes', '--vscode'], { cwd: other, env: FRENCH });
    expect(folder.stderr).toBe(
      'blueprint: impossible de compléter .vscode/settings.json\u00a0: ce n’est pas un fichier ordinaire\u00a0; rien n’a été écrit (corrigez-le, ou lancez init sans --vscode).\n',
    );
  });
});
