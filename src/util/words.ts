/** A number and an English noun, plural unless the number is 1: `1 error`, `3 warnings`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The text with its first character in lower case, to follow a colon or a parenthesis. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
