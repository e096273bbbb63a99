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

/** What a framework file must be, said when it is not: its own content is never quoted. */
const SHAPE =
  'a framework is a mapping with `items`, a list of { id, title } (its content is not quoted: it is not a blueprint)';

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
): ExternalCompetencies | CompetencyFileProblem {
  const fail = (why: string) => competencyFileProblem(name, why);
  const resolved = resolveInProject(name, blueprintFile, cwd, roots);
  if ('problem' in resolved) return fail(resolved.problem);
  let framework = cache.get(resolved.path);
  if (!framework) {
    framework = readFramework(resolved.path, cwd);
    cache.set(resolved.path, framework);
  }
  // A file that cannot be read is named as the blueprint names it.
  return 'why' in framework ? fail(framework.why.replaceAll(resolved.path, name)) : framework;
}

/** Reads and checks a framework file at an absolute path: its items, or why it cannot be used. */
function readFramework(path: string, cwd: string): ExternalCompetencies | { why: string } {
  const fail = (why: string) => ({ why });
  const read = readInputFile(path, cwd);
  if (read.kind === 'unreadable') return fail(`cannot be used: ${read.message}`);
  if (read.kind === 'too-large') return fail(`is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`);
  return frameworkOf(read.source);
}

/**
 * Reads a competency framework from its source (`name` as the blueprint gives it, for messages):
 * the checks and parser blueprints get; a problem value, never an exception, never quoting it.
 */
export function parseCompetencyFile(
  name: string,
  source: string | Uint8Array,
): ExternalCompetencies | CompetencyFileProblem {
  const framework = frameworkOf(source);
  return 'why' in framework ? competencyFileProblem(name, framework.why) : framework;
}

/** A framework's items from its source, or why it cannot be used (without its name). */
function frameworkOf(source: string | Uint8Array): ExternalCompetencies | { why: string } {
  const fail = (why: string) => ({ why });
  const decoded = decodeInput(source);
  if (!decoded.ok) return fail(`is not UTF-8 text at ${where(positionInText(decoded.problem.prefix))}`);
  const characterProblem = checkCharacters(decoded.text);
  if (characterProblem)
    return fail(`holds a character YAML forbids at ${where(positionInText(characterProblem.prefix))}`);

  const parsed = parseYaml(decoded.text);
  const at = (offset: number) => where(positionOf(parsed.lineCounter, offset, offset));
  const first = parsed.offsetFindings[0];
  if (first) return fail(`is not valid YAML at ${at(first.offset)}`);
  const schemaFindings =
    parsed.pathFindings.length > 0 ? parsed.pathFindings : validateCompetencyFileData(parsed.data);
  const [schemaFinding] = schemaFindings;
  if (schemaFinding) {
    const place = parsed.doc
      ? at(locatePointer(parsed.doc, decoded.text, schemaFinding.path, schemaFinding.key).offset)
      : 'line 1, column 1';
    const more = schemaFindings.length - 1;
    const others = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : '';
    return fail(`is not a competency framework at ${place}${others}: ${SHAPE}`);
  }
  const items = (parsed.data as { items: Competency[] }).items;
  return { items };
}

function where({ line, column }: { line: number; column: number }): string {
  return `line ${line}, column ${column}`;
}

/** A framework that could not be used: its name as the blueprint gives it, and why. */
export function competencyFileProblem(name: string, why: string): CompetencyFileProblem {
  return { problem: `competency framework \`${name}\` (path relative to the blueprint's folder) ${why}` };
}
