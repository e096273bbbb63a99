// The language of the command line, as a French designer meets it: LANG=fr_FR.UTF-8 gives French
// findings and summaries; --locale en wins over it; a config's `locale` sits between the two.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/io.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const FRENCH = { LANG: 'fr_FR.UTF-8' };
const qualiopi = ['check', '--preset', 'qualiopi', 'examples'];

describe('check on the examples', () => {
  it('prints French findings and a French summary under LANG=fr_FR.UTF-8', async () => {
    const { code, stdout, stderr } = await runCli(qualiopi, { cwd: repo, env: FRENCH });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('erreur');
    expect(stdout).toMatch(
      /le programme n’indique pas les indicateurs de résultats \(`admin\.results`\)\u00a0: ajoutez/,
    );
    expect(stdout).toMatch(/\n✖ \d+ problèmes \(\d+ erreurs, 0 avertissement\) dans \d fichiers sur 6\n$/);
    expect(stdout).not.toMatch(/programme does not state|problems \(|checked, no problems/);
  });

  it('prints the English output, byte for byte, when --locale en wins over LANG', async () => {
    const english = await runCli(qualiopi, { cwd: repo, env: {} });
    expect(english.stdout).toMatch(/\n✖ \d+ problems \(\d+ errors, 0 warnings\) in \d of 6 files\n$/);
    for (const argv of [
      [...qualiopi, '--locale', 'en'],
      ['--locale', 'en', ...qualiopi],
      ['check', '--locale=en', '--preset', 'qualiopi', 'examples'],
    ]) {
      const run = await runCli(argv, { cwd: repo, env: FRENCH });
      expect(run).toEqual(english);
    }
  });

  it('says the examples are clean in French', async () => {
    const { code, stdout } = await runCli(['check', 'examples'], { cwd: repo, env: FRENCH });
    expect(code).toBe(0);
    expect(stdout).toBe('✔ 6 fichiers vérifiés, aucun problème\n');
  });

  it('follows LC_ALL over LANG, and LC_MESSAGES between them', async () => {
    const clean = (env: Record<string, string>) =>
      runCli(['check', 'examples'], { cwd: repo, env }).then((run) => run.stdout);
    expect(await clean({ LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })).toBe('✔ 6 files checked, no problems\n');
    expect(await clean({ LC_MESSAGES: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8' })).toBe(
      '✔ 6 fichiers vérifiés, aucun problème\n',
    );
    expect(await clean({ LANG: 'POSIX' })).toBe('✔ 6 files checked, no problems\n');
  });

  it('keeps rule ids and machine fields in json and sarif, and words only the messages', async () => {
    const json = async (env: Record<string, string>) =>
      JSON.parse((await runCli([...qualiopi, '--format', 'json'], { cwd: repo, env })).stdout) as Array<{
        findings: Array<{ rule: string; message: string; line: number; path: string }>;
      }>;
    const [en, fr] = [await json({}), await json(FRENCH)];
    const facts = (files: typeof en) =>
      files.flatMap((file) => file.findings.map(({ message, ...rest }) => rest));
    expect(facts(fr)).toEqual(facts(en));
    const messages = (files: typeof en) =>
      files.flatMap((file) => file.findings.map((finding) => finding.message));
    expect(messages(fr)).not.toEqual(messages(en));
    expect(messages(fr).every((message) => message.startsWith('le programme n’indique pas'))).toBe(true);

    const sarif = JSON.parse(
      (await runCli([...qualiopi, '--format', 'sarif'], { cwd: repo, env: FRENCH })).stdout,
    );
    const results = sarif.runs[0].results as Array<{ ruleId: string; message: { text: string } }>;
    expect(new Set(results.map((result) => result.ruleId))).toEqual(new Set(['programme-incomplete']));
    expect(results[0]?.message.text).toMatch(/^le programme n’indique pas/);
  });
});

describe('the locale of a config', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'blueprint-locale-'));
    cpSync(join(repo, 'examples', 'feedback-workshop.blueprint.yaml'), join(dir, 'course.blueprint.yaml'));
  });
  const config = (text: string) => writeFileSync(join(dir, '.blueprintrc.yaml'), text);
  const summary = async (argv: string[], env: Record<string, string>) =>
    (await runCli(argv, { cwd: dir, env })).stdout.trim().split('\n').at(-1);

  it('chooses French over an English environment, and loses to --locale', async () => {
    config('locale: fr\n');
    expect(await summary(['check'], { LANG: 'en_GB.UTF-8' })).toBe('✔ 1 fichier vérifié, aucun problème');
    expect(await summary(['check', '--locale', 'en'], {})).toBe('✔ 1 file checked, no problems');
  });

  it('chooses English over a French environment', async () => {
    config('locale: en\nextends: [recommended, qualiopi]\n');
    const { stdout } = await runCli(['check'], { cwd: dir, env: FRENCH });
    expect(stdout).toContain('the programme does not state');
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^✖ \d+ problems/);
  });

  it('is read from a JSON config on one line', async () => {
    writeFileSync(join(dir, '.blueprintrc.json'), '{"extends":["recommended"],"locale":"fr"}');
    expect(await summary(['check'], {})).toBe('✔ 1 fichier vérifié, aucun problème');
  });

  it('is read from --config FILE', async () => {
    writeFileSync(join(dir, 'french.yaml'), 'locale: fr\n');
    expect(await summary(['check', '--config', 'french.yaml'], {})).toBe(
      '✔ 1 fichier vérifié, aucun problème',
    );
  });

  it('refuses a locale it does not know, with the config line', async () => {
    config('locale: de\n');
    const { code, stdout, stderr } = await runCli(['check'], { cwd: dir, env: {} });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'blueprint: .blueprintrc.yaml:1:9: `locale` is the language of the messages: en or fr\n',
    );
  });
});

describe('--locale', () => {
  it('refuses an unknown locale on one line, in the environment’s language', async () => {
    const { code, stdout, stderr } = await runCli(['check', '--locale', 'de'], { cwd: repo, env: {} });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe("blueprint: unknown locale 'de' for --locale: use en or fr\n");
    const french = await runCli(['--locale=fr_FR', 'check'], { cwd: repo, env: FRENCH });
    expect(french.stderr).toBe(
      'blueprint: langue inconnue «\u00a0fr_FR\u00a0» pour --locale\u00a0: utilisez en ou fr\n',
    );
  });

  it('words the help in French, commander’s headings included', async () => {
    const { code, stdout } = await runCli(['check', '--help'], { cwd: repo, env: FRENCH });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Utilisation\u00a0: blueprint check \[options\] \[paths\.\.\.\]\n/);
    expect(stdout).toContain('Options globales\u00a0:');
    expect(stdout).toContain('(par défaut\u00a0: stylish)');
    const english = await runCli(['check', '--help', '--locale', 'en'], { cwd: repo, env: FRENCH });
    expect(english.stdout).toMatch(/^Usage: blueprint check/);
    expect(english.stdout).toContain('(default: stylish)');
  });

  it('words --max-warnings errors and the too-many-warnings line', async () => {
    const bad = await runCli(['check', '--max-warnings', 'x', 'examples'], { cwd: repo, env: FRENCH });
    expect(bad.stderr).toBe(
      'blueprint: --max-warnings attend un nombre entier (-1 pour aucun maximum), reçu «\u00a0x\u00a0»\n',
    );
    const argv = [...qualiopi, '--rule', 'programme-incomplete=warn', '--max-warnings', '0', '--quiet'];
    const many = await runCli(argv, { cwd: repo, env: FRENCH });
    expect(many.code).toBe(1);
    expect(many.stderr).toMatch(/^blueprint: trop d’avertissements \(\d+, maximum 0\)\n$/);
  });
});

describe('explain', () => {
  it('prints the French doc and the French rule list under a French locale', async () => {
    const one = await runCli(['explain', 'objective-not-taught'], { cwd: repo, env: FRENCH });
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(
      /^objective-not-taught\u00a0: Chaque objectif est enseigné\u00a0: listé par un module ou une activité/,
    );
    expect(one.stdout).toContain('\nPourquoi\n');
    expect(one.stdout).toContain('\nExemple en échec\n');
    expect(one.stdout).toContain('error dans le preset «\u00a0recommended\u00a0»');
    const list = await runCli(['explain'], { cwd: repo, env: FRENCH });
    expect(list.stdout).toMatch(/^Toujours actives \(non configurables\)\u00a0:\n/);
    expect(list.stdout).toContain('Les activités d’un module tiennent dans la durée du module.');
    const unknown = await runCli(['explain', 'objective-not-taugth'], { cwd: repo, env: FRENCH });
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      "blueprint: règle inconnue «\u00a0objective-not-taugth\u00a0». Vouliez-vous dire 'objective-not-taught'\u00a0? Lancez «\u00a0blueprint explain\u00a0» pour lister toutes les règles.\n",
    ]);
  });

  it('prints the English doc, byte for byte, with --locale en', async () => {
    for (const argv of [['explain', 'objective-not-taught'], ['explain']]) {
      const english = await runCli(argv, { cwd: repo, env: {} });
      expect(english.stdout).toMatch(/^(objective-not-taught: Every objective|Always on)/);
      expect(await runCli([...argv, '--locale', 'en'], { cwd: repo, env: FRENCH })).toEqual(english);
    }
  });
});

describe('verbs', () => {
  it('heads the verbs to avoid and words its errors in French', async () => {
    const { code, stdout } = await runCli(['verbs', '--lang', 'fr'], { cwd: repo, env: FRENCH });
    expect(code).toBe(0);
    expect(stdout).toMatch(/\nà éviter \(\d+\)\n {2}\S/);
    const english = await runCli(['verbs', '--lang', 'fr', '--locale', 'en'], { cwd: repo, env: FRENCH });
    expect(english.stdout).toBe(stdout.replace(/\nà éviter \(/, '\nto avoid ('));
    const bad = await runCli(['verbs', 'analize'], { cwd: repo, env: FRENCH });
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'blueprint: niveau de Bloom inconnu `analize`\u00a0: valeurs attendues remember, understand, apply, analyze, evaluate, create. Vouliez-vous dire `analyze`\u00a0?\n',
    ]);
  });
});
