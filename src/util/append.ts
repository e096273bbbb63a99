/**
 * Adds every item to the end of `target`. Unlike `target.push(...items)`, which passes each item
 * as an argument and overflows the call stack past ~100,000 of them, it holds for any length.
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
