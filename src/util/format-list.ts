/**
 * Joins items as prose: ['a'] → "a", ['a', 'b'] → "a and b", ['a', 'b', 'c'] → "a, b and c". The
 * conjunction ("and", "or", "ou") and the separator (", ") come from the caller's language.
 */
export function formatList(items: readonly string[], conjunction = 'and', separator = ', '): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(separator)} ${conjunction} ${items[items.length - 1]}`;
}
