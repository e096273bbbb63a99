import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ExitCode } from '../exit-codes.js';
import type { IO } from '../io.js';

/** `blueprint schema`: prints the JSON Schema as shipped. */
export async function schemaCommand(io: IO): Promise<number> {
  const path = fileURLToPath(new URL('../../../schemas/blueprint.schema.json', import.meta.url));
  io.stdout.write(readFileSync(path, 'utf8'));
  return ExitCode.Ok;
}
