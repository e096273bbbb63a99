/** The six levels of the revised Bloom taxonomy (Anderson & Krathwohl 2001), lowest first. */
export const BLOOM_LEVELS = ['remember', 'understand', 'apply', 'analyze', 'evaluate', 'create'] as const;

/** A Bloom level in its canonical (American) spelling. */
export type BloomLevel = (typeof BLOOM_LEVELS)[number];

/** The canonical level for a level as written (`analyse` is an alias of `analyze`). */
export function canonicalLevel(level: string): BloomLevel {
  const canonical = level === 'analyse' ? 'analyze' : level;
  if (!(BLOOM_LEVELS as readonly string[]).includes(canonical))
    throw new Error(`not a Bloom level: ${level}`);
  return canonical as BloomLevel;
}

/** The rank of a level, 1 (remember) to 6 (create). */
export function bloomRank(level: string): number {
  return BLOOM_LEVELS.indexOf(canonicalLevel(level)) + 1;
}

/** Levels as written (`analyse` too), in the taxonomy's order, each once. */
export function orderedLevels(levels: readonly string[]): BloomLevel[] {
  const canonical = new Set(levels.map(canonicalLevel));
  return BLOOM_LEVELS.filter((level) => canonical.has(level));
}
