import { type Locale, messages } from '../i18n/index.js';
import type { ExternalCompetencies } from '../model/model.js';
import type { Competency } from '../schema/generated/blueprint.js';
import { validateCompetencyFileData } from '../schema/validate.js';
import { checkCharacters, decodeInput, MAX_FILE_BYTES } from './decode.js';
import { readInputFile } from './files.js';
import { locatePointer, positionInText, positionOf } from './locate.js';
import { parseYaml } from './parse.js';
import { createProjectRoots, type ProjectRoots, resolveInProject } from './project.js';

/** A competency framework file that could not be used, said in one line. */
export interface CompetencyFileProblem {
  problem: string;
}

/**
 * Frameworks already read in a run, by absolute path: what each gave, its content or why it could
 * not be used (`{ why }`, without the name the blueprint gave it). Make one per run, so that a
 * framework named by many blueprints is read and parsed once, and never goes stale.
 */
export type FrameworkCache = Map<string, ExternalCompetencies | { why: string }>;

/**
 * Reads the competency framework a blueprint names in `competencies.file`, relative to the
 * blueprint's folder, with the guards and parser blueprints get. The file must lie inside the
 * blueprint's project (`resolveInProject`), checked for each blueprint; its content is read once
 * per `cache`. A missing, refused or broken file is a problem value naming the file and the place,
 * never an exception, and never quoting the file's content.
 */
export function loadCompetencyFile(
  name: string,
  blueprintFile: string,
  cwd: string,
  roots: ProjectRoots = createProjectRoots(cwd),
  cache: FrameworkCache = new Map(),
  locale: Locale = 'en',
): ExternalCompetencies | CompetencyFileProblem {
  const fail = (why: string) => competencyFileProblem(name, why, locale);
  const resolved = resolveInProject(name, blueprintFile, cwd, roots, locale);
  if ('problem' in resolved) return fail(resolved.problem);
  let framework = cache.get(resolved.path);
  if (!framework) {
    framework = readFramework(resolved.path, cwd, locale);
    cache.set(resolved.path, framework);
  }
  // A file that cannot be read is named as the blueprint names it.
  return 'why' in framework ? fail(framework.why.replaceAll(resolved.path, name)) : framework;
}

/** Reads and checks a framework file at an absolute path: its items, or why it cannot be used. */
function readFramework(path: string, cwd: string, locale: Locale): ExternalCompetencies | { why: string } {
  const say = messages(locale).framework;
  const read = readInputFile(path, cwd, locale);
  if (read.kind === 'unreadable') return { why: say.cannotBeUsed(read.message) };
  if (read.kind === 'too-large') return { why: say.overLimit(MAX_FILE_BYTES / 1024 / 1024) };
  return frameworkOf(read.source, locale);
}

/**
 * Reads a competency framework from its source (`name` as the blueprint gives it, for messages):
 * the checks and parser blueprints get; a problem value, never an exception, never quoting it.
 */
export function parseCompetencyFile(
  name: string,
  source: string | Uint8Array,
  locale: Locale = 'en',
): ExternalCompetencies | CompetencyFileProblem {
  const framework = frameworkOf(source, locale);
  return 'why' in framework ? competencyFileProblem(name, framework.why, locale) : framework;
}

/** A framework's items from its source, or why it cannot be used (without its name). */
function frameworkOf(source: string | Uint8Array, locale: Locale): ExternalCompetencies | { why: string } {
  const say = messages(locale).framework;
  const fail = (why: string) => ({ why });
  const where = ({ line, column }: { line: number; column: number }) => say.place(line, column);
  const decoded = decodeInput(source);
  if (!decoded.ok) return fail(say.notUtf8(where(positionInText(decoded.problem.prefix))));
  const characterProblem = checkCharacters(decoded.text);
  if (characterProblem) return fail(say.forbiddenCharacter(where(positionInText(characterProblem.prefix))));

  const parsed = parseYaml(decoded.text);
  const at = (offset: number) => where(positionOf(parsed.lineCounter, offset, offset));
  const first = parsed.offsetFindings[0];
  if (first) return fail(say.notYaml(at(first.offset)));
  const schemaFindings =
    parsed.pathFindings.length > 0 ? parsed.pathFindings : validateCompetencyFileData(parsed.data);
  const [schemaFinding] = schemaFindings;
  if (schemaFinding) {
    const place = parsed.doc
      ? at(locatePointer(parsed.doc, decoded.text, schemaFinding.path, schemaFinding.key).offset)
      : say.place(1, 1);
    return fail(say.notFramework(place, schemaFindings.length - 1));
  }
  const items = (parsed.data as { items: Competency[] }).items;
  return { items };
}

/** A framework that could not be used: its name as the blueprint gives it, and why (in `locale`). */
export function competencyFileProblem(
  name: string,
  why: string,
  locale: Locale = 'en',
): CompetencyFileProblem {
  return { problem: messages(locale).framework.problem(name, why) };
}
