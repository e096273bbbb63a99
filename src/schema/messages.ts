import type { ErrorObject } from 'ajv';
import { type Catalogue, type Locale, messages } from '../i18n/index.js';
import { formatPointer, parsePointer, valueAtSegments } from '../load/pointer.js';
import type { PathFinding } from '../types.js';
import { lowerFirst } from '../util/words.js';
import { loadBlueprintSchema, type SchemaNode } from './blueprint-schema.js';
import { describeOwner, describeValueIn } from './describe.js';
import { didYouMean } from './did-you-mean.js';

/** Words of the schema's messages in one locale. */
type Say = Catalogue['schema'];

/** Turns ajv's errors into findings with a message a designer understands (in `locale`), one per problem. */
export function humanizeSchemaErrors(
  errors: readonly ErrorObject[],
  data: unknown,
  locale: Locale = 'en',
): PathFinding[] {
  const say = messages(locale).schema;
  const findings: PathFinding[] = [];
  const seen = new Set<string>();
  // A value that fails its pattern fails its format too (a date): one finding says it.
  const patternFailed = new Set(
    errors.filter((error) => error.keyword === 'pattern').map((error) => error.instancePath),
  );
  for (const error of errors) {
    if (error.keyword === 'format' && patternFailed.has(error.instancePath)) continue;
    const finding = humanizeError(error, data, say, locale);
    if (!finding) continue;
    const key = `${finding.path}\u0000${finding.key ? 'k' : 'v'}\u0000${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

function humanizeError(error: ErrorObject, data: unknown, say: Say, locale: Locale): PathFinding | undefined {
  const path = error.instancePath;
  const value = valueAt(data, path);
  const { schema: here, definition } = schemaAt(path, data);
  const label = labelOf(path);
  const owner = describeOwner(data, path, say);
  const prefix = owner ? say.ownerPrefix(owner) : '';
  const got = describeValueIn(value, say);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const where = owner || (path === '' ? say.theBlueprint : `\`${label}\``);
      // The schema's descriptions are English: French messages go without them.
      const explanation = locale === 'en' ? explainProperty(here, missing) : '';
      return finding(say.missing(where, missing, explanation), path, true);
    }
    case 'additionalProperties':
      return unknownKeyFinding(String(params.additionalProperty), path, data, here, owner, say, locale);
    case 'type': {
      const expected =
        definition && say.expected[definition] ? say.expected[definition] : say.types[String(params.type)];
      const shape = definition === 'duration' ? say.durationShape : String(expected);
      const subject = path === '' ? say.theBlueprint : `\`${label}\``;
      return finding(`${prefix}${say.mustBe(subject, shape, got)}`, path);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = typeof value === 'string' ? didYouMean(value, allowed, "'", locale) : '';
      return finding(`${prefix}${say.oneOf(label, allowed.join(', '), got, hint)}`, path);
    }
    case 'pattern':
      return finding(`${prefix}${patternMessage(label, definition, path, value, say)}`, path);
    case 'format':
      return finding(
        `${prefix}${params.format === 'date' ? say.notDate(label, got) : say.notEmail(label, got)}`,
        path,
      );
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return finding(
        `${prefix}${say.bound(label, String(say.bounds[error.keyword]), String(params.limit), String(value))}`,
        path,
      );
    case 'minItems':
      return finding(`${prefix}${say.minItems(label, Number(params.limit))}`, path);
    case 'minLength':
      return finding(`${prefix}${say.notEmpty(label)}`, path);
    case 'if':
      return undefined; // the branch that failed reports the real problem
    default:
      return finding(
        `${prefix}${say.invalid(label, (locale === 'en' && error.message) || say.isInvalid)}`,
        path,
      );
  }
}

/** An unknown key, with a did-you-mean, what makes it odd, and the keys known there. */
function unknownKeyFinding(
  key: string,
  path: string,
  data: unknown,
  here: SchemaNode | undefined,
  owner: string,
  say: Say,
  locale: Locale,
): PathFinding {
  const known = Object.keys((here?.properties ?? {}) as SchemaNode);
  const lookAlike = /[^\x20-\x7e]/.test(key) ? nonAsciiNote(key, say) : '';
  const hint =
    didYouMean(key.normalize('NFKD').replace(/[^\x20-\x7e]/g, ''), known, '`', locale) ||
    didYouMean(key, known, '`', locale);
  const where = owner ? say.inOwner(owner) : path === '' ? '' : say.inKey(labelOf(path));
  const stray = valueAt(data, `${path}${formatPointer([key])}`) === null && /\s/.test(key);
  const comma = stray ? say.strayComma : '';
  const list = hint || comma ? '' : say.knownKeys(known.join(', '));
  return finding(
    say.unknownKey(key, where, lookAlike, `${hint}${comma}${list}`),
    `${path}${formatPointer([key])}`,
    true,
  );
}

function finding(message: string, path: string, key = false): PathFinding {
  return key ? { rule: 'schema', message, path, key } : { rule: 'schema', message, path };
}

function patternMessage(
  label: string,
  definition: string | undefined,
  path: string,
  value: unknown,
  say: Say,
): string {
  const got = describeValueIn(value, say);
  if (definition === 'duration') {
    return typeof value === 'string' && /0/.test(value) && !/[1-9]/.test(value)
      ? say.zeroDuration(label)
      : say.pattern(label, String(say.expected.duration), got);
  }
  if (definition === 'id') return say.pattern(label, String(say.expected.id), got);
  if (path === '/id') return say.slug(got);
  if (label === 'currency') return say.currency(label, got);
  if (label === 'updated') return say.updated(label, got);
  return say.form(label, got);
}

/** "the level the objective targets" — the schema's description of a missing property, or ''. */
function explainProperty(schema: SchemaNode | undefined, property: string): string {
  const properties = (schema?.properties ?? {}) as Record<string, SchemaNode>;
  const description = properties[property]?.description;
  return typeof description === 'string' ? lowerFirst(description.replace(/\.$/, '')) : '';
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

function valueAt(data: unknown, path: string): unknown {
  return valueAtSegments(data, parsePointer(path));
}

/** What makes a key odd: a control character (named by its code only, never printed) or a non-ASCII one. */
function nonAsciiNote(key: string, say: Say): string {
  const odd = [...key].find((char) => /[^\x20-\x7e]/.test(char)) ?? '';
  const code = String(odd.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0'));
  if (/[\u0000-\u001f\u007f-\u009f]/.test(odd)) return say.controlCharacter(code);
  return say.nonAsciiCharacter(odd, code);
}
