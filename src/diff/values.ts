import { CHANGE_CLASSES } from './classes.js';
import type { Change, Subject, ValueKind } from './types.js';

/**
 * A value as JSON with keys sorted and extension keys (`x-…`) left out, so that two values that
 * differ only in key order or in extensions compare equal.
 */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) {
      if (!key.startsWith('x-')) sorted[key] = (item as Record<string, unknown>)[key];
    }
    return sorted;
  });
}

/** A field of an entity to compare: the change class it gives, how it is shown, how it is read. */
export interface FieldSpec<T> {
  field: string;
  class: Change['class'];
  value: ValueKind;
  /** The value; `rename` turns an old id into the new one, so that a renamed reference is no change. */
  get: (item: T, rename: (id: string) => string) => unknown;
}

/** An id unchanged: what the new side's references go through. */
export const sameId = (id: string): string => id;

/**
 * The changes between two versions of one thing (`subject`), field by field. A `list` is compared
 * as a set (order is not a change); other values by their canonical JSON.
 */
export function compareFields<T>(
  specs: readonly FieldSpec<T>[],
  before: T,
  after: T,
  rename: (id: string) => string,
  subject: Subject,
): Change[] {
  const changes: Change[] = [];
  for (const spec of specs) {
    const old = spec.get(before, rename);
    const neu = spec.get(after, sameId);
    if (spec.value === 'list') {
      const { added, removed } = setDifference(old as string[] | undefined, neu as string[] | undefined);
      if (added.length + removed.length === 0) continue;
      changes.push(change(spec.class, subject, { field: spec.field, value: 'list', added, removed }));
    } else if (canonical(old) !== canonical(neu)) {
      changes.push(
        change(spec.class, subject, { field: spec.field, value: spec.value, before: old, after: neu }),
      );
    }
  }
  return changes;
}

/** The items of each list the other lacks, each once, in their list's order. */
export function setDifference(
  before: readonly string[] = [],
  after: readonly string[] = [],
): { added: string[]; removed: string[] } {
  const old = new Set(before);
  const neu = new Set(after);
  return {
    added: [...neu].filter((item) => !old.has(item)),
    removed: [...old].filter((item) => !neu.has(item)),
  };
}

/** A change of a class, about a subject, with its scope from the catalogue. */
export function change(
  changeClass: Change['class'],
  subject: Subject,
  rest: Omit<Change, 'class' | 'scope' | 'subject'> = {},
): Change {
  return { class: changeClass, scope: CHANGE_CLASSES[changeClass], subject, ...rest };
}
