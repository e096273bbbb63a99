import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONS, VSCODE_QUESTION } from '../../src/init/questions.js';
import { readStarter } from '../../src/init/starter.js';
import { checkAll, describeFindings, freshDir } from '../init/helpers.js';

// Drives the built `blueprint init` in a real pseudo-terminal: tmux runs it, send-keys types,
// capture-pane reads the screen. Needs `npm run build` first and tmux installed.
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'blueprint.js');
const socketDir = freshDir();
const socket = join(socketDir, 'tmux.sock');

const tmux = (...args: string[]) => execFileSync('tmux', ['-S', socket, ...args], { encoding: 'utf8' });
const screen = (session: string) => tmux('capture-pane', '-p', '-t', session);
const keys = (session: string, ...names: string[]) => tmux('send-keys', '-t', session, ...names);
const type = (session: string, text: string) => tmux('send-keys', '-t', session, '-l', text);

/** Waits until the screen shows `text` (polling; gives up after 15 s with the screen in the error). */
function waitFor(session: string, text: string): string {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const shown = screen(session);
    if (shown.includes(text)) return shown;
    if (Date.now() > deadline) throw new Error(`never saw ${JSON.stringify(text)} on the screen:\n${shown}`);
    execFileSync('sleep', ['0.1']);
  }
}

/** Starts `blueprint init` in a fresh folder inside a new tmux session, as a user at a terminal would. */
function start(session: string, flags = '', dir = freshDir(), lang = 'C.UTF-8'): string {
  const command = `cd '${dir}' && env -u CI LANG=${lang} node '${bin}' init ${flags}; echo "EXIT=$?"; sleep 600`;
  tmux('new-session', '-d', '-s', session, '-x', '150', '-y', '50', command);
  return dir;
}

const asked = (name: string) => `? ${QUESTIONS.find((question) => question.name === name)?.message.en}`;

/** Answers the last question, whether to set VS Code up, with its default: no. */
function declineVscode(session: string): void {
  waitFor(session, `? ${VSCODE_QUESTION.message.en}`);
  keys(session, 'Enter');
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli', 'program.js'))) throw new Error('run `npm run build` first');
  execFileSync('tmux', ['-V']);
});

afterAll(() => {
  try {
    tmux('kill-server');
  } catch {
    // the server ended with its last session
  }
  rmSync(socketDir, { recursive: true, force: true });
});

describe('blueprint init in a terminal', () => {
  it('asks in French under LANG=fr_FR.UTF-8, refuses a bad duration in French, writes a clean blueprint', () => {
    const session = 'french';
    const dir = start(session, '', freshDir(), 'fr_FR.UTF-8');
    const menu = waitFor(session, '? Langue du contenu de la formation');
    expect(menu).toContain('anglais (en)');
    expect(menu).toContain('naviguer');
    expect(menu).not.toMatch(/navigate|Language of the course/);
    keys(session, 'Down', 'Enter');
    expect(waitFor(session, '? Type de formation')).toContain('un atelier d’une journée en présentiel');
    keys(session, 'Enter');
    for (const message of ['? Titre de la formation', '? À qui s’adresse-t-elle (public visé)']) {
      waitFor(session, message);
      keys(session, 'Enter');
    }
    expect(waitFor(session, '? Niveau du public')).toContain('débutant (beginner)');
    keys(session, 'Enter');
    waitFor(session, '? Durée totale prévue');
    keys(session, 'C-u');
    type(session, 'trois heures');
    keys(session, 'Enter');
    waitFor(
      session,
      'Attend une durée comme 45min, 3h, 1h30, 2d ou PT1H30M, reçu «\u00a0trois heures\u00a0»',
    );
    keys(session, 'C-u');
    type(session, '3h');
    keys(session, 'Enter');
    expect(waitFor(session, '? Modalité')).toContain('présentiel (in-person)');
    keys(session, 'Enter');
    waitFor(session, `? ${VSCODE_QUESTION.message.fr}`);
    keys(session, 'Enter');
    const shown = waitFor(session, 'EXIT=');
    expect(shown).toContain('EXIT=0');
    expect(shown).toContain('Créé\u00a0:');
    expect(shown).toContain('Ensuite\u00a0:');
    const [blueprint] = readdirSync(dir).filter((name) => name.endsWith('.blueprint.yaml'));
    const { findings } = checkAll(readFileSync(join(dir, blueprint as string), 'utf8'));
    expect(describeFindings(findings)).toEqual([]);
  });

  it('Enter on every question writes the default starter as shipped', () => {
    const dir = start('defaults');
    for (const question of QUESTIONS) {
      waitFor('defaults', `? ${question.message.en}`);
      keys('defaults', 'Enter');
    }
    declineVscode('defaults');
    const shown = waitFor('defaults', 'EXIT=');
    expect(shown).toContain('EXIT=0');
    expect(shown).toContain('npx course-blueprint check giving-feedback-that-helps.blueprint.yaml');
    expect(readdirSync(dir).sort()).toEqual([
      '.blueprintrc.yaml',
      'giving-feedback-that-helps.blueprint.yaml',
    ]);
    const written = readFileSync(join(dir, 'giving-feedback-that-helps.blueprint.yaml'), 'utf8');
    expect(written.slice(written.indexOf('\n') + 1)).toBe(readStarter('workshop', 'en'));
  });

  it('typed answers, including a corrected bad duration, end up in a clean blueprint', () => {
    const session = 'typed';
    const dir = start(session);
    waitFor(session, asked('language'));
    keys(session, 'Down', 'Enter');
    waitFor(session, asked('starter'));
    keys(session, 'Down', 'Down', 'Enter');
    waitFor(session, asked('title'));
    type(session, 'Sécurité des données');
    keys(session, 'Enter');
    waitFor(session, asked('audience'));
    type(session, 'Tout le personnel');
    keys(session, 'Enter');
    waitFor(session, asked('level'));
    keys(session, 'Down', 'Enter');
    waitFor(session, asked('duration'));
    type(session, '3 heures');
    keys(session, 'Enter');
    waitFor(session, "got '3 heures'. Did you mean '3h'?");
    keys(session, ...new Array<string>('3 heures'.length).fill('BSpace'));
    type(session, '2h30');
    keys(session, 'Enter');
    waitFor(session, asked('modality'));
    keys(session, 'Up', 'Enter');
    waitFor(session, `? ${VSCODE_QUESTION.message.en}`);
    type(session, 'y');
    keys(session, 'Enter');
    expect(waitFor(session, 'EXIT=')).toContain('EXIT=0');
    expect(readdirSync(join(dir, '.vscode')).sort()).toEqual(['extensions.json', 'settings.json']);

    const written = readFileSync(join(dir, 'securite-des-donnees.blueprint.yaml'), 'utf8');
    const { findings, model } = checkAll(written);
    expect(describeFindings(findings)).toEqual([]);
    expect(model?.data).toMatchObject({
      id: 'securite-des-donnees',
      title: 'Sécurité des données',
      language: 'fr',
      audience: { description: 'Tout le personnel', level: 'intermediate' },
      constraints: { duration: '2h30', modality: 'blended' },
    });
    expect(model?.modules.every((module) => module.modalityDeclared)).toBe(true);
  });

  it('asks only the questions no flag answered', () => {
    const dir = start('flags', "--lang fr --starter flash --title 'Objets de mail'");
    for (const name of ['audience', 'level', 'duration', 'modality']) {
      waitFor('flags', asked(name));
      keys('flags', 'Enter');
    }
    declineVscode('flags');
    const shown = waitFor('flags', 'EXIT=');
    expect(shown).toContain('EXIT=0');
    for (const name of ['language', 'starter', 'title']) expect(shown).not.toContain(asked(name).slice(2));
    const { model } = checkAll(readFileSync(join(dir, 'objets-de-mail.blueprint.yaml'), 'utf8'));
    expect(model?.data).toMatchObject({
      title: 'Objets de mail',
      language: 'fr',
      constraints: { duration: '20min' },
    });
  });

  it('a title whose file exists is refused at the prompt, and another one taken', () => {
    const dir = freshDir();
    const mine = join(dir, 'giving-feedback-that-helps.blueprint.yaml');
    writeFileSync(mine, 'mine\n');
    start('taken', '--lang en --starter workshop', dir);
    waitFor('taken', asked('title'));
    keys('taken', 'Enter');
    waitFor('taken', 'giving-feedback-that-helps.blueprint.yaml already exists: choose another title');
    type('taken', 'Feedback that lands');
    keys('taken', 'Enter');
    for (const name of ['audience', 'level', 'duration', 'modality']) {
      waitFor('taken', asked(name));
      keys('taken', 'Enter');
    }
    declineVscode('taken');
    expect(waitFor('taken', 'EXIT=')).toContain('EXIT=0');
    expect(readFileSync(mine, 'utf8')).toBe('mine\n');
    expect(readdirSync(dir).sort()).toEqual([
      '.blueprintrc.yaml',
      'feedback-that-lands.blueprint.yaml',
      'giving-feedback-that-helps.blueprint.yaml',
    ]);
  });

  it('Ctrl-C at a question writes nothing and exits 2', () => {
    const dir = start('cancel');
    waitFor('cancel', asked('language'));
    keys('cancel', 'Enter');
    waitFor('cancel', asked('starter'));
    keys('cancel', 'C-c');
    const shown = waitFor('cancel', 'EXIT=');
    expect(shown).toContain('init cancelled: nothing written');
    expect(shown).toContain('EXIT=2');
    expect(readdirSync(dir)).toEqual([]);
  });
});
