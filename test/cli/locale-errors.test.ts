// The command line's errors in French, as a French designer meets them: render's refusals, the
// --format/--output/--rule flags, unreadable files, and commander's own usage errors. Each test
// would fail if the text were still English; English stays as it was (asserted elsewhere too).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { VALID } from '../helpers/check.js';
import { runCli } from '../helpers/io.js';

const FRENCH = { LANG: 'fr_FR.UTF-8' };
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'blueprint-fr-errors-'));
});
const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
const french = (argv: string[]) => runCli(argv, { cwd: dir, env: FRENCH });

describe('render in French', () => {
  it('refuses a programme with gaps in French, each gap in the rule’s French words', async () => {
    write('c.blueprint.yaml', VALID);
    const { code, stdout, stderr } = await french(['render', 'c.blueprint.yaml', '-t', 'programme']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^blueprint: c\.blueprint\.yaml\u00a0: le programme n’a pas été produit\u00a0: il n’indique pas \d+ éléments qu’un programme publié doit indiquer\u00a0:$/,
    );
    expect(lines.slice(1, -1).every((line) => line.startsWith('  - le programme n’indique pas'))).toBe(true);
    expect(lines.at(-1)).toBe(
      'blueprint: indiquez-les dans le blueprint, ou passez --allow-incomplete pour le produire avec «\u00a0Non renseigné.\u00a0» à leur place',
    );
    expect(stderr).not.toMatch(/programme was not rendered|does not state/);
  });

  it('says in French that the programme is incomplete under --allow-incomplete', async () => {
    write('c.blueprint.yaml', VALID);
    const { code, stderr } = await french([
      'render',
      'c.blueprint.yaml',
      '-t',
      'programme',
      '--allow-incomplete',
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^blueprint: c\.blueprint\.yaml\u00a0: le programme est incomplet \(--allow-incomplete\)\u00a0: \d+ éléments non renseignés\u00a0:\n/,
    );
  });

  it('refuses a blueprint with always-on errors in French', async () => {
    write('bad.blueprint.yaml', VALID.replace('duration: 1h\n  modality', 'duration: 7\n  modality'));
    const { code, stderr } = await french(['render', 'bad.blueprint.yaml']);
    expect(code).toBe(1);
    expect(stderr).toContain('erreur');
    expect(stderr).toMatch(
      /blueprint: bad\.blueprint\.yaml n’a pas été produit\u00a0: corrigez d’abord les erreurs ci-dessus\n$/,
    );
  });

  it('words its usage errors in French: --lang, --out, a missing file, an unwritable --out', async () => {
    write('c.blueprint.yaml', VALID);
    expect((await french(['render', 'c.blueprint.yaml', '--lang', 'de'])).stderr).toBe(
      'blueprint: langue inconnue «\u00a0de\u00a0» pour --lang\u00a0: utilisez en ou fr\n',
    );
    expect((await french(['render', 'c.blueprint.yaml', '--out', ''])).stderr).toBe(
      'blueprint: --out attend un nom de fichier\n',
    );
    expect((await french(['render', 'missing.blueprint.yaml'])).stderr).toBe(
      'blueprint: impossible de lire missing.blueprint.yaml\u00a0: fichier introuvable\n',
    );
    const unwritable = await french(['render', 'c.blueprint.yaml', '--out', 'no/such/folder/out.md']);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toBe(
      'blueprint: impossible d’écrire no/such/folder/out.md\u00a0: son dossier n’existe pas\n',
    );
    const onInput = await french(['render', 'c.blueprint.yaml', '--out', 'c.blueprint.yaml']);
    expect(onInput.stderr).toMatch(
      /^blueprint: refus d’écrire dans c\.blueprint\.yaml\u00a0: ce fichier est lu/,
    );
  });
});

describe('check flags in French', () => {
  it('words --format, --output and --rule refusals in French', async () => {
    write('c.blueprint.yaml', VALID);
    const stderr = async (argv: string[]) => (await french(['check', 'c.blueprint.yaml', ...argv])).stderr;
    expect(await stderr(['--format', 'xml'])).toMatch(
      /^blueprint: format inconnu «\u00a0xml\u00a0»\u00a0: utilisez l’un de stylish, json/,
    );
    expect(await stderr(['--format', 'json='])).toBe(
      'blueprint: --format json= attend un nom de fichier après «\u00a0=\u00a0»\n',
    );
    expect(await stderr(['--format', 'json', '--format', 'sarif'])).toBe(
      'blueprint: un seul format peut aller sur la sortie standard, reçu json, sarif\u00a0: écrivez les autres dans des fichiers avec --format NOM=FICHIER\n',
    );
    expect(await stderr(['--output', ''])).toBe('blueprint: --output attend un nom de fichier\n');
    expect(await stderr(['--format', 'json=r', '--format', 'sarif=r'])).toBe(
      'blueprint: deux rapports seraient écrits dans r\u00a0: donnez à chacun son propre fichier\n',
    );
    expect(await stderr(['--rule', 'objective-overload'])).toBe(
      'blueprint: --rule objective-overload\u00a0: RÈGLE=SÉVÉRITÉ attendu, par exemple --rule duration-under-budget=off\n',
    );
  });

  it('says in French which named paths give no blueprint, and --locale en keeps English', async () => {
    const missing = await french(['check', 'nothing-here']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('blueprint: fichier ou dossier introuvable\u00a0: nothing-here\n');
    const english = await runCli(['check', 'nothing-here', '--locale', 'en'], { cwd: dir, env: FRENCH });
    expect(english.stderr).toBe('blueprint: no such file or folder: nothing-here\n');
  });
});

describe("commander's usage errors in French", () => {
  it('translates an unknown option, command, missing argument and value, and too many arguments', async () => {
    const stderr = async (argv: string[]) => {
      const run = await french(argv);
      expect(run.code).toBe(2);
      return run.stderr;
    };
    expect(await stderr(['check', '--formt', 'json'])).toBe(
      'blueprint: option inconnue «\u00a0--formt\u00a0»\n(Vouliez-vous dire --format\u00a0?)\n',
    );
    expect(await stderr(['chek'])).toBe(
      'blueprint: commande inconnue «\u00a0chek\u00a0»\n(Vouliez-vous dire check\u00a0?)\n',
    );
    expect(await stderr(['render'])).toBe('blueprint: argument obligatoire manquant «\u00a0file\u00a0»\n');
    expect(await stderr(['check', '--max-warnings'])).toBe(
      'blueprint: l’option «\u00a0--max-warnings <n>\u00a0» attend une valeur\n',
    );
    expect(await stderr(['explain', 'a', 'b'])).toBe(
      'blueprint: trop d’arguments pour «\u00a0explain\u00a0». 1 argument attendu, 2 reçus.\n',
    );
  });

  it('leaves English as commander words it', async () => {
    const run = await runCli(['check', '--formt', 'json'], { cwd: dir, env: {} });
    expect(run.stderr).toBe("blueprint: unknown option '--formt'\n(Did you mean --format?)\n");
    const many = await runCli(['explain', 'a', 'b'], { cwd: dir, env: { LANG: 'C' } });
    expect(many.stderr).toBe("blueprint: too many arguments for 'explain'. Expected 1 argument but got 2.\n");
  });
});

describe('init in French', () => {
  it('says in French why it cannot ask, and writes nothing', async () => {
    const { code, stdout, stderr } = await french(['init']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'blueprint: init ne peut pas poser de questions sans terminal\u00a0: passez --yes, avec --title, --lang, --starter, --duration, --modality, --audience, --level selon les besoins. Rien n’a été écrit.\n',
    );
  });

  it('refuses bad flags in French, with the did-you-mean', async () => {
    const stderr = async (argv: string[]) => (await french(['init', '--yes', ...argv])).stderr;
    expect(await stderr(['--starter', 'atelier'])).toBe(
      'blueprint: --starter accepte l’une des valeurs workshop, course, elearning, blended, flash, reçu «\u00a0atelier\u00a0».\n',
    );
    expect(await stderr(['--modality', 'présentiel'])).toBe(
      'blueprint: --modality accepte l’une des valeurs in-person, remote, blended, self-paced, reçu «\u00a0présentiel\u00a0». Vouliez-vous dire «\u00a0in-person\u00a0»\u00a0?\n',
    );
    expect(await stderr(['--duration', '3 heures'])).toBe(
      'blueprint: --duration attend une durée comme 45min, 3h, 1h30, 2d ou PT1H30M, reçu «\u00a03 heures\u00a0». Vouliez-vous dire «\u00a03h\u00a0»\u00a0?\n',
    );
    expect(await stderr(['--duration', '5min'])).toMatch(
      /^blueprint: --duration attend une durée totale entre /,
    );
    expect(await stderr(['--title', ' '])).toBe('blueprint: --title ne peut pas être vide.\n');
    expect(await stderr(['--ci', 'gihub'])).toBe(
      'blueprint: --ci accepte l’une des valeurs github, gitlab, reçu «\u00a0gihub\u00a0». Vouliez-vous dire «\u00a0github\u00a0»\u00a0?\n',
    );
  });

  it('reports what it wrote in French, and refuses in French to overwrite it', async () => {
    const first = await french(['init', '--yes', '--lang', 'fr']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^Créé\u00a0:\n {2}\S+\.blueprint\.yaml\n {2}\.blueprintrc\.yaml\n\nEnsuite\u00a0:\n/,
    );
    const again = await french(['init', '--yes', '--lang', 'fr']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /^blueprint: \S+\.blueprint\.yaml existe déjà\u00a0: rien n’a été écrit \(--force le remplace\)\.\n$/,
    );
  });

  it('keeps the English texts under --locale en', async () => {
    const english = await runCli(['init', '--locale', 'en'], { cwd: dir, env: FRENCH });
    expect(english.stderr).toMatch(/^blueprint: init cannot ask questions without a terminal: pass --yes/);
  });
});

describe('a broken config in French', () => {
  it('names the config, its line and column, and says what is wrong in French', async () => {
    write('c.blueprint.yaml', VALID);
    const stderr = async (config: string) => {
      write('.blueprintrc.yaml', config);
      const run = await french(['check', 'c.blueprint.yaml']);
      expect(run.code).toBe(2);
      return run.stderr;
    };
    expect(await stderr('extends: [recomended]\n')).toBe(
      'blueprint: .blueprintrc.yaml:1:11: preset inconnu «\u00a0recomended\u00a0». Vouliez-vous dire «\u00a0recommended\u00a0»\u00a0? Presets\u00a0: recommended, qualiopi\n',
    );
    expect(await stderr('rules:\n  objective-overlaod: warn\n')).toMatch(
      /^blueprint: \.blueprintrc\.yaml:2:3: règle inconnue «\u00a0objective-overlaod\u00a0»\. Vouliez-vous dire «\u00a0objective-overload\u00a0»\u00a0\? Voir «\u00a0blueprint explain\u00a0» pour la liste\.\n$/,
    );
    expect(await stderr('rules:\n  objective-overload: warning\n')).toMatch(
      /^blueprint: \.blueprintrc\.yaml:2:23: 'warning' n’est pas une sévérité pour «\u00a0objective-overload\u00a0»\u00a0: utilisez off, warn ou error\. Vouliez-vous dire «\u00a0warn\u00a0»\u00a0\?\n$/,
    );
    expect(await stderr('rulez: {}\n')).toMatch(
      /^blueprint: \.blueprintrc\.yaml:1:1: clé inconnue «\u00a0rulez\u00a0»\./,
    );
  });

  it('words --preset and --rule mistakes in French too', async () => {
    write('c.blueprint.yaml', VALID);
    expect((await french(['check', 'c.blueprint.yaml', '--preset', 'qualiopy'])).stderr).toMatch(
      /^blueprint: --preset: preset inconnu «\u00a0qualiopy\u00a0»\. Vouliez-vous dire «\u00a0qualiopi\u00a0»\u00a0\?/,
    );
    expect((await french(['check', 'c.blueprint.yaml', '--rule', 'schema=off'])).stderr).toBe(
      'blueprint: --rule schema=off: «\u00a0schema\u00a0» est toujours active et ne peut pas être configurée\n',
    );
  });
});

describe('an unusable competency framework in French', () => {
  it('says in French why the framework cannot be used, in the finding', async () => {
    write('c.blueprint.yaml', `${VALID.trimEnd()}\ncompetencies:\n  file: missing-framework.yaml\n`);
    const { stdout } = await french(['check', 'c.blueprint.yaml', '--format', 'json']);
    const messages = (JSON.parse(stdout) as Array<{ findings: Array<{ message: string }> }>).flatMap((file) =>
      file.findings.map((finding) => finding.message),
    );
    expect(messages).toContain(
      'le référentiel de compétences `missing-framework.yaml` (chemin relatif au dossier du blueprint) ne peut pas être utilisé\u00a0: impossible de lire missing-framework.yaml\u00a0: fichier introuvable',
    );
  });
});

describe('template errors in French', () => {
  it('explains a template mistake in French after its file, line and column', async () => {
    write('c.blueprint.yaml', VALID);
    write('t.liquid', 'Title: {{ blueprint.title }}\n{{ nothing }}\n');
    const unknown = await french(['render', 'c.blueprint.yaml', '-t', 't.liquid']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^blueprint: t\.liquid:2:4: undefined variable: nothing \(un modèle ne voit que `blueprint` et `figures`, et leurs propres clés\)\n$/,
    );
    write('i.liquid', '{% include missing.liquid %}\n');
    expect((await french(['render', 'c.blueprint.yaml', '-t', 'i.liquid'])).stderr).toContain(
      'impossible d’inclure "missing.liquid"\u00a0: aucun fichier de ce nom dans le dossier du modèle',
    );
    expect((await french(['render', 'c.blueprint.yaml', '-t', 'none.liquid'])).stderr).toBe(
      'blueprint: modèle «\u00a0none.liquid\u00a0» introuvable\u00a0: utilisez syllabus, programme, matrix ou le chemin d’un fichier .liquid\n',
    );
  });
});

describe('--stdin, --print-config and ignores in French', () => {
  it('words their refusals and notes in French', async () => {
    write('c.blueprint.yaml', VALID);
    const stderr = async (argv: string[]) => (await french(['check', ...argv])).stderr;
    expect(await stderr(['--stdin-filename', 'x.blueprint.yaml'])).toBe(
      'blueprint: --stdin-filename nomme ce que lit --stdin\u00a0: ajoutez --stdin\n',
    );
    expect(await stderr(['--stdin', 'c.blueprint.yaml'])).toBe(
      'blueprint: --stdin ne vérifie que l’entrée standard\u00a0: ne donnez aucun chemin (nommez-la avec --stdin-filename)\n',
    );
    expect(await stderr(['--print-config', 'c.blueprint.yaml', 'c.blueprint.yaml'])).toBe(
      'blueprint: --print-config FICHIER ne vérifie rien\u00a0: ne donnez aucun autre chemin\n',
    );
    expect(await stderr(['c.blueprint.yaml', '--ignore-pattern', 'c.*'])).toBe(
      'blueprint: c.blueprint.yaml est ignoré (--ignore-pattern)\u00a0: non vérifié\n',
    );
  });

  it('checks standard input with French findings', async () => {
    const run = await runCli(['check', '--stdin', '--stdin-filename', 'x.blueprint.yaml'], {
      cwd: dir,
      env: FRENCH,
      stdin: '',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('blueprint vide');
  });
});

describe('init --ci outside a repository in French', () => {
  it('says in French that the pipeline needs a git repository', async () => {
    const { code, stderr } = await french(['init', '--yes', '--ci', 'github']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^blueprint: --ci github écrit le pipeline à la racine du dépôt git, et \. n’est dans aucun dépôt\u00a0: lancez d’abord «\u00a0git init\u00a0»\. Rien n’a été écrit\.\n$/,
    );
  });
});
