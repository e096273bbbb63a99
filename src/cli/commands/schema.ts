import { readFileSync } from 'node:fs';
import { BLUEPRINT_SCHEMA_FILE } from '../../schema/files.js';
import { ExitCode } from '../exit-codes.js';
import type { IO } from '../io.js';

/** `blueprint schema`: prints the JSON Schema as shipped. */
export async function schemaCommand(io: IO): Promise<number> {
  io.stdout.write(readFileSync(BLUEPRINT_SCHEMA_FILE, 'utf8'));
  return ExitCode.Ok;
}
