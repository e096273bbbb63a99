import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkBlueprint } from '../../src/check/blueprint.js';
import { validateBlueprint } from '../../src/schema/generated/validators.cjs';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schemas/blueprint.schema.json', root), 'utf8'));
const spec = readFileSync(new URL('docs/spec/blueprint-format.md', root), 'utf8');

type Node = Record<string, unknown>;
const definitions = schema.definitions as Record<string, Node>;
const propertiesOf = (name: string) => (definitions[name] as Node).properties as Record<string, Node>;
const deref = (node: Node): Node =>
  typeof node.$ref === 'string' ? (definitions[node.$ref.split('/').pop() as string] as Node) : node;

/** The rows of the spec's table under a heading: key, and whether it is required. */
function specTable(heading: string): Map<string, boolean> {
  const start = spec.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const rows = new Map<string, boolean>();
  for (const line of spec.slice(start + heading.length + 2).split('\n')) {
    if (line.startsWith('#')) break;
    const cells = line.split('|').map((cell) => cell.trim());
    const key = /^`([a-z_]+)`$/.exec(cells[1] ?? '')?.[1];
    if (key) rows.set(key, /^yes/.test(cells[3] ?? ''));
  }
  return rows;
}

/** The schema's object at a spec heading, with its keys and required keys. */
const objects: Array<[string, Node]> = [
  ['## Top level', schema],
  ['## `audience`', definitions.audience as Node],
  ['## `constraints`', definitions.constraints as Node],
  ['## `objectives[]`', definitions.objective as Node],
  ['## `modules[]`', definitions.module as Node],
  ['### `modules[].activities[]`', definitions.activity as Node],
  ['## `assessments[]`', definitions.assessment as Node],
  ['## `competencies`', definitions.competencies as Node],
  ['## `admin`', definitions.admin as Node],
];

describe('the schema says what the format spec says', () => {
  it.each(objects)('%s: same keys, same required keys', (heading, object) => {
    const table = specTable(heading);
    expect(Object.keys(object.properties as Node).sort()).toEqual([...table.keys()].sort());
    if (heading !== '## `admin`') {
      const required = [...table].filter(([, isRequired]) => isRequired).map(([key]) => key);
      expect([...((object.required as string[]) ?? [])].sort()).toEqual(required.sort());
    }
    expect(object.additionalProperties).toBe(false);
    expect(Object.keys(object.patternProperties as Node)).toEqual(['^x-']);
  });

  it('every property has a title and a description, and the $id is versioned', () => {
    expect(schema.$id).toMatch(/\/v1\//);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const missing: string[] = [];
    const visit = (node: Node, path: string) => {
      for (const [key, child] of Object.entries((node.properties as Record<string, Node>) ?? {})) {
        const shown = { ...deref(child), ...child };
        if (typeof shown.title !== 'string' || typeof shown.description !== 'string')
          missing.push(`${path}/${key}`);
        visit(deref(child), `${path}/${key}`);
        if (deref(child).items) visit(deref(deref(child).items as Node), `${path}/${key}[]`);
        if (deref(child).else) visit(deref(child).else as Node, `${path}/${key}`);
      }
    };
    visit(schema, '');
    expect(missing).toEqual([]);
  });

  it('enums are the spec values', () => {
    expect(definitions.bloom?.enum).toEqual([
      'remember',
      'understand',
      'apply',
      'analyze',
      'analyse',
      'evaluate',
      'create',
    ]);
    expect(propertiesOf('activity').type?.enum).toEqual([
      'acquisition',
      'discussion',
      'investigation',
      'practice',
      'collaboration',
      'production',
    ]);
    expect(propertiesOf('assessment').kind?.enum).toEqual(['diagnostic', 'formative', 'summative']);
    const courseModality = propertiesOf('constraints').modality as unknown as {
      else: { enum: string[] };
      then: { items: { enum: string[] } };
    };
    const modes = ['in-person', 'remote', 'blended', 'self-paced'];
    expect(courseModality.else.enum).toEqual(modes);
    expect(courseModality.then.items.enum).toEqual(modes);
    expect(propertiesOf('module').modality?.enum).toEqual(['in-person', 'remote', 'self-paced']);
    expect(propertiesOf('module').kind?.enum).toEqual([
      'teaching',
      'welcome',
      'break',
      'meal',
      'wrap-up',
      'other',
    ]);
    expect(propertiesOf('assessment').type?.enum).toContain('participation');
    expect(propertiesOf('assessment').type?.enum).toContain('attendance');
  });

  it('the complete example of the spec passes', () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(spec)?.[1] ?? '';
    expect(example).toContain('blueprint: 1');
    expect(checkBlueprint(example, { rules: [] }).findings).toEqual([]);
  });

  it('every example in examples/ passes with no finding at all', () => {
    const files = readdirSync(new URL('examples/', root)).filter((name) => name.endsWith('.blueprint.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const result = checkBlueprint(readFileSync(new URL(`examples/${file}`, root)), { file });
      expect(result.findings, file).toEqual([]);
    }
  });

  it('the generated validator counts string lengths as ajv does by code points (unicode: false is only for speed)', () => {
    // scripts/generate.mjs compiles with `unicode: false` (lengths by `.length`): the same answers
    // while every length limit is `minLength: 1`. Held here against ajv counting code points.
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats.default(ajv, ['date', 'email']);
    const byCodePoints = ajv.compile(schema);
    const example = /```yaml\n([\s\S]*?)```/.exec(spec)?.[1] ?? '';
    const data = parse(example) as Record<string, unknown>;
    expect(validateBlueprint(data)).toBe(true);
    const objectives = data.objectives as Array<Record<string, unknown>>;
    expect(objectives.length).toBeGreaterThan(0);
    for (const text of ['', 'a', '\u{1D4B3}', '\uD835', '\u{1D4B3}\u{1D4B3}', 'é', ' ']) {
      (objectives[0] as Record<string, unknown>).statement = text;
      data.title = text;
      expect(validateBlueprint(data), JSON.stringify(text)).toBe(byCodePoints(data));
      expect(validateBlueprint(data), JSON.stringify(text)).toBe(text !== '');
    }
  });
});
