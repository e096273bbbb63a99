import { relative, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { type Locale, messages } from '../../i18n/index.js';
import {
  answersFromFlags,
  checkAnswers,
  checkCi,
  ciPlacement,
  courseId,
  findExisting,
  type InitAnswers,
  initBlueprint,
  type Language,
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
  const locale = flags.locale ?? 'en';
  const say = messages(locale).init;
  // With --yes the flags are all the answers; else they are the answers not to ask again.
  const fromFlags = flags.yes ? answersFromFlags(raw, locale) : undefined;
  const given = fromFlags ?? checkAnswers(raw, locale);
  const ci = checkCi(flags.ci, locale);
  if (flags.forceConfig && !flags.force) throw new UsageError(say.forceConfigAlone);

  const show = (path: string) => relative(io.cwd, path) || '.';
  let answers: InitAnswers;
  let vscode = flags.vscode;
  if (fromFlags) {
    answers = fromFlags;
  } else {
    const why = cannotAsk(io, locale);
    if (why) {
      io.stderr.write(`blueprint: ${say.cannotAsk(why)}\n`);
      return ExitCode.Usage;
    }
    const target = resolve(io.cwd, dir ?? '.');
    const existing = (paths: string[], from = target) =>
      flags.force ? undefined : findExisting(from, paths);
    const { root, folder } = ci ? ciPlacement(target, ci, show, locale) : { root: target, folder: '' };
    const blocking = existing(targetPaths('', ci, folder).slice(1), root);
    if (blocking) throw new UsageError(say.exists(show(blocking)));
    const { askAnswers, askVscode } = await import('../ask-init.js');
    const titleProblem = (title: string, language: Language) => {
      const taken = existing(targetPaths(courseId(title, language)).slice(0, 1));
      return taken && say.titleTaken(show(taken));
    };
    const asked = await askAnswers(given, titleProblem, locale);
    vscode = asked && (vscode ?? (await askVscode(locale)));
    if (!asked || vscode === undefined) {
      io.stderr.write(`blueprint: ${say.cancelled}\n`);
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
    locale,
  });
  const blueprint = show(result.blueprint);
  const list = (paths: string[]) => paths.map((path) => `  ${show(path)}\n`).join('');
  io.stdout.write(`${say.created}\n${list(result.written)}`);
  if (result.updated.length > 0) io.stdout.write(`${say.updated}\n${list(result.updated)}`);
  if (result.kept.length > 0) io.stdout.write(`${say.kept}\n${list(result.kept)}`);
  if (ci === 'gitlab') io.stdout.write(`${say.gitlabInclude}\n`);
  if (result.check.findings.length > 0)
    io.stderr.write(`blueprint: ${say.findings(result.check.findings.length)}\n`);
  io.stdout.write(
    `\n${say.next}\n  npx course-blueprint check ${quote(blueprint)}\n  npx course-blueprint render ${quote(blueprint)}\n`,
  );
  return ExitCode.Ok;
}

/** Why prompts are impossible here ('' when they are fine): no terminal, or CI set. */
function cannotAsk(io: IO, locale: Locale): string {
  if (!io.stdinIsTTY) return messages(locale).init.noTerminal;
  if (isCI(io.env)) return messages(locale).init.inCi;
  return '';
}

function quote(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
