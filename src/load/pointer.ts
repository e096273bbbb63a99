/** Splits a JSON Pointer (RFC 6901) into its unescaped segments; '' is the root. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(unescapeSegment);
}

/** A JSON Pointer segment as written (`~1` for `/`, `~0` for `~`) unescaped; most escape nothing. */
export function unescapeSegment(segment: string): string {
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}

/** Builds a JSON Pointer from segments, escaping `~` and `/`. */
export function formatPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The value at a pointer's segments in plain data, reading own properties only; undefined when it is not there. */
export function valueAtSegments(data: unknown, segments: readonly string[]): unknown {
  let value = data;
  for (const segment of segments) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}
