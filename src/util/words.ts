/** The text with its first character in lower case, to follow a colon or a parenthesis. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
