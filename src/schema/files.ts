import { fileURLToPath } from 'node:url';

/** The blueprint JSON Schema as shipped, at the package root (see scripts/bundle.mjs on paths). */
export const BLUEPRINT_SCHEMA_FILE: string = fileURLToPath(
  new URL('../../schemas/blueprint.schema.json', import.meta.url),
);
