import { type Catalogue, messages } from '../i18n/index.js';
import { parsePointer } from '../load/pointer.js';

/** Describes a value in words a designer understands: "the number 7", "a list", "the text 'abc'". */
export function describeValue(value: unknown): string {
  return describeValueIn(value, messages('en').schema);
}

/** `describeValue` in the words of a locale's catalogue: « le nombre 7 », « une liste »… */
export function describeValueIn(value: unknown, say: Catalogue['schema']): string {
  const words = say.values;
  if (value === null || value === undefined) return words.nothing;
  if (Array.isArray(value)) return words.list;
  switch (typeof value) {
    case 'string':
      return words.text(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
      return words.number(String(value));
    case 'boolean':
      return words.boolean(String(value));
    default:
      return words.mapping;
  }
}

/**
 * Names the entity a pointer is inside, such as "objective O3" or "activity 'Warm-up' of module M1",
 * or '' at the top level.
 */
export function describeOwner(
  data: unknown,
  pointer: string,
  say: Catalogue['schema'] = messages('en').schema,
): string {
  const entityNames = say.owner.entities;
  const segments = parsePointer(pointer);
  let node: unknown = data;
  let owner = '';
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index] as string;
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    const list = segments[index - 1];
    if (list && entityNames[list] && /^\d+$/.test(segment) && node && typeof node === 'object') {
      const entity = node as Record<string, unknown>;
      const name =
        typeof entity.id === 'string'
          ? entity.id
          : typeof entity.title === 'string'
            ? `'${entity.title}'`
            : `#${Number(segment) + 1}`;
      const described = `${entityNames[list]} ${name}`;
      owner = owner && list === 'activities' ? say.owner.of(described, owner) : described;
    }
  }
  return owner;
}
