import { relative, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import {
  answersFromFlags,
  checkAnswers,
  checkCi,
  ciPlacement,
  courseId,
  findExisting,
  type InitAnswers,
  initBlueprint,
  type RawAnswers,
  targetPaths,
} from '../../init/index.js';
import { ExitCode } from '../exit-codes.js';
import { type IO, isCI } from '../io.js';
import { type CommonOptions, VERSION } from '../program.js';

/** Flags of `blueprint init`. */
export interface InitFlags extends CommonOptions {
  yes?: boolean;
  title?: string;
  lang?: string;
  starter?: string;
  duration?: string;
  modality?: string;
  audience?: string;
  level?: string;
  ci?: string;
  force?: boolean;
  forceConfig?: boolean;
  vscode?: boolean;
}

/** `blueprint init [dir]`: asks (or takes flags), writes a clean blueprint, never clobbers. */
export async function initCommand(io: IO, dir: string | undefined, flags: InitFlags): Promise<number> {
  const raw: RawAnswers = {
    title: flags.title,
    language: flags.lang,
    starter: flags.starter,
    duration: flags.duration,
    modality: flags.modality,
    audience: flags.audience,
    level: flags.level,
  };
  // With --yes the flags are all the answers; else they are the answers not to ask again.
  const fromFlags = flags.yes ? answersFromFlags(raw) : undefined;
  const given = fromFlags ?? checkAnswers(raw);
  const ci = checkCi(flags.ci);
  if (flags.forceConfig && !flags.force)
    throw new UsageError('--force-config goes with --force: it also replaces an existing config.');

  const show = (path: string) => relative(io.cwd, path) || '.';
  let answers: InitAnswers;
  let vscode = flags.vscode;
  if (fromFlags) {
    answers = fromFlags;
  } else {
    const why = cannotAsk(io);
    if (why) {
      io.stderr.write(
        `blueprint: init cannot ask questions ${why}: pass --yes, with --title, --lang, --starter, --duration, --modality, --audience, --level as needed. Nothing written.\n`,
      );
      return ExitCode.Usage;
    }
    const target = resolve(io.cwd, dir ?? '.');
    const existing = (paths: string[], from = target) =>
      flags.force ? undefined : findExisting(from, paths);
    const { root, folder } = ci ? ciPlacement(target, ci, show) : { root: target, folder: '' };
    const blocking = existing(targetPaths('', ci, folder).slice(1), root);
    if (blocking)
      throw new UsageError(`${show(blocking)} already exists: nothing written (--force replaces it).`);
    const { askAnswers, askVscode } = await import('../ask-init.js');
    const asked = await askAnswers(given, (title, language) => {
      const taken = existing(targetPaths(courseId(title, language)).slice(0, 1));
      return taken && `${show(taken)} already exists: choose another title (or run init with --force).`;
    });
    vscode = asked && (vscode ?? (await askVscode()));
    if (!asked || vscode === undefined) {
      io.stderr.write('blueprint: init cancelled: nothing written.\n');
      return ExitCode.Usage;
    }
    answers = asked;
  }

  const result = initBlueprint({
    dir: resolve(io.cwd, dir ?? '.'),
    answers,
    ci,
    force: flags.force,
    forceConfig: flags.forceConfig,
    vscode,
    version: VERSION,
    display: show,
  });
  const blueprint = show(result.blueprint);
  io.stdout.write(`Created:\n${result.written.map((path) => `  ${show(path)}\n`).join('')}`);
  if (result.updated.length > 0)
    io.stdout.write(`Updated:\n${result.updated.map((path) => `  ${show(path)}\n`).join('')}`);
  if (result.kept.length > 0)
    io.stdout.write(
      `Kept (--force-config replaces it):\n${result.kept.map((path) => `  ${show(path)}\n`).join('')}`,
    );
  if (ci === 'gitlab')
    io.stdout.write(`Include the GitLab job from your .gitlab-ci.yml (see the first lines of the file).\n`);
  if (result.check.findings.length > 0)
    io.stderr.write(
      `blueprint: the new blueprint has ${result.check.findings.length} finding(s) with the current rules: please report it.\n`,
    );
  io.stdout.write(
    `\nNext:\n  npx course-blueprint check ${quote(blueprint)}\n  npx course-blueprint render ${quote(blueprint)}\n`,
  );
  return ExitCode.Ok;
}

/** Why prompts are impossible here ('' when they are fine): no terminal, or CI set. */
function cannotAsk(io: IO): string {
  if (!io.stdinIsTTY) return 'without a terminal';
  if (isCI(io.env)) return 'when CI is set';
  return '';
}

function quote(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
