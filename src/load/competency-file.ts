import { dirname, resolve } from 'node:path';
import type { ExternalCompetencies } from '../model/model.js';
import type { Competency } from '../schema/generated/blueprint.js';
import { validateCompetencyFileData } from '../schema/validate.js';
import { checkCharacters, decodeBlueprint, MAX_FILE_BYTES } from './decode.js';
import { readBlueprintFile } from './files.js';
import { locatePointer, positionOf } from './locate.js';
import { parseYaml } from './parse.js';

/** A competency framework file that could not be used, said in one line. */
export interface CompetencyFileProblem {
  problem: string;
}

/**
 * Reads the competency framework a blueprint names in `competencies.file`, relative to the
 * blueprint's folder, with the guards and parser blueprints get. A missing or broken file is a
 * problem value naming the file, never an exception.
 */
export function loadCompetencyFile(
  name: string,
  blueprintFile: string,
  cwd: string,
): ExternalCompetencies | CompetencyFileProblem {
  const folder = dirname(resolve(cwd, blueprintFile));
  const fail = (why: string): CompetencyFileProblem => ({
    problem: `competency framework \`${name}\` (path relative to the blueprint's folder) ${why}`,
  });
  const read = readBlueprintFile(name, folder);
  if (read.kind === 'unreadable') return fail(`cannot be used: ${read.message}`);
  if (read.kind === 'too-large') return fail(`is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`);
  const decoded = decodeBlueprint(read.source);
  if (!decoded.ok) return fail(`is not usable: ${decoded.problem.message}`);
  const characterProblem = checkCharacters(decoded.text);
  if (characterProblem) return fail(`is not usable: ${characterProblem.message}`);

  const parsed = parseYaml(decoded.text);
  const at = (offset: number) => {
    const { line, column } = positionOf(parsed.lineCounter, offset, offset);
    return `line ${line}, column ${column}`;
  };
  const first = parsed.offsetFindings[0];
  if (first) return fail(`is not valid YAML at ${at(first.offset)}: ${first.message}`);
  const schemaFindings =
    parsed.pathFindings.length > 0 ? parsed.pathFindings : validateCompetencyFileData(parsed.data);
  const [schemaFinding] = schemaFindings;
  if (schemaFinding) {
    const where = parsed.doc
      ? at(locatePointer(parsed.doc, decoded.text, schemaFinding.path, schemaFinding.key).offset)
      : 'line 1, column 1';
    const more = schemaFindings.length - 1;
    const others = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : '';
    return fail(`is not a competency framework at ${where}: ${schemaFinding.message}${others}`);
  }
  const items = (parsed.data as { items: Competency[] }).items;
  return { items };
}
