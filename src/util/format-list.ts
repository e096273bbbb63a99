/** Joins items as prose: ['a'] → "a", ['a', 'b'] → "a and b", ['a', 'b', 'c'] → "a, b and c". */
export function formatList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
