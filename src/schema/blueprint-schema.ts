import { createRequire } from 'node:module';

/** A node of a JSON Schema, read as plain data. */
export type SchemaNode = Record<string, unknown>;

const require = createRequire(import.meta.url);
let blueprintSchema: SchemaNode | undefined;

/** The blueprint JSON Schema as shipped in `schemas/`, read when first needed. */
export function loadBlueprintSchema(): SchemaNode {
  blueprintSchema ??= require('../../schemas/blueprint.schema.json') as SchemaNode;
  return blueprintSchema;
}

/** The learning types of an activity in the schema's order, read from the schema rather than listed again. */
export function activityTypes(): string[] {
  const definitions = loadBlueprintSchema().definitions as Record<
    string,
    { properties: Record<string, { enum: string[] }> }
  >;
  return definitions.activity?.properties.type?.enum ?? [];
}
