import { parsePointer } from '../load/pointer.js';

const entityNames: Record<string, string> = {
  objectives: 'objective',
  modules: 'module',
  activities: 'activity',
  assessments: 'assessment',
  items: 'competency',
};

/** Describes a value in words a designer understands: "the number 7", "a list", "the text 'abc'". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text '${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value} (a yes/no value)`;
    default:
      return 'a mapping (key: value pairs)';
  }
}

/**
 * Names the entity a pointer is inside, such as "objective O3" or "activity 'Warm-up' of module M1",
 * or '' at the top level.
 */
export function describeOwner(data: unknown, pointer: string): string {
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
      owner = owner && list === 'activities' ? `${described} of ${owner}` : described;
    }
  }
  return owner;
}
