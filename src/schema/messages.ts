import type { ErrorObject } from 'ajv';
import { formatPointer, parsePointer, valueAtSegments } from '../load/pointer.js';
import type { PathFinding } from '../types.js';
import { lowerFirst } from '../util/words.js';
import { loadBlueprintSchema, type SchemaNode } from './blueprint-schema.js';
import { describeOwner, describeValue } from './describe.js';
import { didYouMean } from './did-you-mean.js';

/** What a value of each shared definition looks like, for messages. */
const expectedByDefinition: Record<string, string> = {
  duration: "a duration such as '90min', '1h30', '2h 15min', '2d' or 'PT1H30M'",
  id: "an id: a letter, then letters, digits, '_', '.' or '-' (such as 'O1' or 'C3.2')",
  idList: 'a list of ids, such as [O1, O2]',
};

const expectedByType: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  array: 'a list',
  object: 'a mapping (key: value pairs)',
  boolean: 'true or false',
};

/** Turns ajv's errors into findings with a message a designer understands, one per problem. */
export function humanizeSchemaErrors(errors: readonly ErrorObject[], data: unknown): PathFinding[] {
  const findings: PathFinding[] = [];
  const seen = new Set<string>();
  // A value that fails its pattern fails its format too (a date): one finding says it.
  const patternFailed = new Set(
    errors.filter((error) => error.keyword === 'pattern').map((error) => error.instancePath),
  );
  for (const error of errors) {
    if (error.keyword === 'format' && patternFailed.has(error.instancePath)) continue;
    const finding = humanizeError(error, data);
    if (!finding) continue;
    const key = `${finding.path}\u0000${finding.key ? 'k' : 'v'}\u0000${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

function humanizeError(error: ErrorObject, data: unknown): PathFinding | undefined {
  const path = error.instancePath;
  const value = valueAt(data, path);
  const { schema: here, definition } = schemaAt(path, data);
  const label = labelOf(path);
  const owner = describeOwner(data, path);
  const prefix = owner ? `${owner}: ` : '';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const where = owner || (path === '' ? 'the blueprint' : `\`${label}\``);
      return finding(`${where} is missing \`${missing}\`${explainProperty(here, missing)}`, path, true);
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((here?.properties ?? {}) as SchemaNode);
      const lookAlike = /[^\x20-\x7e]/.test(key) ? nonAsciiNote(key) : '';
      const hint =
        didYouMean(key.normalize('NFKD').replace(/[^\x20-\x7e]/g, ''), known) || didYouMean(key, known);
      const where = owner ? ` in ${owner}` : path === '' ? '' : ` in \`${label}\``;
      const stray = valueAt(data, `${path}${formatPointer([key])}`) === null && /\s/.test(key);
      const comma = stray
        ? ' A comma inside { … } separates entries: if this text belongs to the value before it, quote that value.'
        : '';
      return finding(
        `unknown key \`${key}\`${where}${lookAlike}.${hint}${comma}${hint || comma ? '' : ` Known keys: ${known.join(', ')}; extension keys start with 'x-'.`}`,
        `${path}${formatPointer([key])}`,
        true,
      );
    }
    case 'type': {
      const expected =
        definition && expectedByDefinition[definition]
          ? expectedByDefinition[definition]
          : expectedByType[String(params.type)];
      const shape = definition === 'duration' ? "a string such as '1h30' or '90min'" : expected;
      const subject = path === '' ? 'the blueprint' : `\`${label}\``;
      return finding(`${prefix}${subject} must be ${shape}, got ${describeValue(value)}`, path);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = typeof value === 'string' ? didYouMean(value, allowed, "'") : '';
      return finding(
        `${prefix}\`${label}\` must be one of ${allowed.join(', ')}; got ${describeValue(value)}.${hint}`,
        path,
      );
    }
    case 'pattern':
      return finding(`${prefix}${patternMessage(label, definition, path, value)}`, path);
    case 'format':
      return finding(
        params.format === 'date'
          ? `${prefix}\`${label}\` is not a real date: ${describeValue(value)} (expected YYYY-MM-DD)`
          : `${prefix}\`${label}\` is not a valid email address: ${describeValue(value)}`,
        path,
      );
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const words: Record<string, string> = {
        minimum: 'at least',
        maximum: 'at most',
        exclusiveMinimum: 'more than',
        exclusiveMaximum: 'less than',
      };
      return finding(
        `${prefix}\`${label}\` must be ${words[error.keyword]} ${params.limit}, got ${value}`,
        path,
      );
    }
    case 'minItems':
      return finding(
        `${prefix}\`${label}\` must list at least ${params.limit} item${params.limit === 1 ? '' : 's'}`,
        path,
      );
    case 'minLength':
      return finding(`${prefix}\`${label}\` must not be empty`, path);
    case 'if':
      return undefined; // the branch that failed reports the real problem
    default:
      return finding(`${prefix}\`${label}\` ${error.message ?? 'is invalid'}`, path);
  }
}

function finding(message: string, path: string, key = false): PathFinding {
  return key ? { rule: 'schema', message, path, key } : { rule: 'schema', message, path };
}

function patternMessage(label: string, definition: string | undefined, path: string, value: unknown): string {
  const got = describeValue(value);
  if (definition === 'duration') {
    return typeof value === 'string' && /0/.test(value) && !/[1-9]/.test(value)
      ? `\`${label}\` cannot be zero: a duration is at least one minute`
      : `\`${label}\` must be ${expectedByDefinition.duration}; got ${got}`;
  }
  if (definition === 'id') return `\`${label}\` must be ${expectedByDefinition.id}; got ${got}`;
  if (path === '/id') {
    return `\`id\` must be a lower-case slug of letters, digits and '-', such as 'data-viz-basics'; got ${got}`;
  }
  if (label === 'currency') {
    return `\`${label}\` must be a three-letter currency code in capitals, such as EUR or USD; got ${got}`;
  }
  if (label === 'updated') return `\`${label}\` must be a date written YYYY-MM-DD; got ${got}`;
  return `\`${label}\` does not have the expected form; got ${got}`;
}

/** " (the level the objective targets)" — the schema's description of a missing property. */
function explainProperty(schema: SchemaNode | undefined, property: string): string {
  const properties = (schema?.properties ?? {}) as Record<string, SchemaNode>;
  const description = properties[property]?.description;
  return typeof description === 'string' ? ` (${lowerFirst(description.replace(/\.$/, ''))})` : '';
}

/**
 * The schema that applies at an instance path, and the shared definition it came from (such as
 * 'duration'), found by walking the schema beside the data (ajv's schemaPath is relative to the
 * last $ref, so it cannot say where it is).
 */
function schemaAt(path: string, data: unknown): { schema?: SchemaNode; definition?: string } {
  const root = loadBlueprintSchema();
  let definition: string | undefined;
  const resolve = (node: SchemaNode | undefined, value: unknown): SchemaNode | undefined => {
    let current = node;
    while (current && typeof current.$ref === 'string') {
      definition = current.$ref.replace('#/definitions/', '');
      current = (root.definitions as Record<string, SchemaNode>)[definition];
      // A module's duration is a duration that may also be zero: its messages are a duration's.
      if (definition === 'moduleDuration') definition = 'duration';
    }
    // A value of two shapes told apart by type (`if: { type }`): the branch this value takes.
    const test = current?.if as SchemaNode | undefined;
    if (current && typeof test?.type === 'string') {
      const branch = (hasType(value, test.type) ? current.then : current.else) as SchemaNode | undefined;
      if (branch && Object.keys(branch).length > 0) return branch;
    }
    return current;
  };
  let node = resolve(root, data);
  let value = data;
  for (const segment of parsePointer(path)) {
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
    definition = undefined;
    const next: SchemaNode | undefined =
      node?.type === 'array'
        ? (node.items as SchemaNode)
        : (node?.properties as Record<string, SchemaNode>)?.[segment];
    node = resolve(next, value);
  }
  return { schema: node, definition };
}

/** Whether a value has a JSON Schema type ('array', 'string', 'object', …). */
function hasType(value: unknown, type: string): boolean {
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return value !== null && typeof value === 'object' && !Array.isArray(value);
  if (type === 'integer') return Number.isInteger(value);
  return typeof value === type;
}

function labelOf(path: string): string {
  const segments = parsePointer(path);
  const last = segments[segments.length - 1];
  if (last === undefined) return 'blueprint';
  if (/^\d+$/.test(last)) {
    const parent = segments[segments.length - 2] ?? 'list';
    return `${parent}[${last}]`;
  }
  return last;
}

/** The value at a JSON Pointer in the data, or undefined. */
function valueAt(data: unknown, path: string): unknown {
  return valueAtSegments(data, parsePointer(path));
}

/** What makes a key odd: a control character (named by its code only, never printed) or a non-ASCII one. */
function nonAsciiNote(key: string): string {
  const odd = [...key].find((char) => /[^\x20-\x7e]/.test(char)) ?? '';
  const code = odd.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
  if (/[\u0000-\u001f\u007f-\u009f]/.test(odd)) return ` (it contains the control character U+${code})`;
  return ` (it contains the non-ASCII character '${odd}', U+${code})`;
}
