/** Non-breaking space, which French puts before a colon and between a number and its unit. */
export const NBSP = '\u00a0';
/** Narrow non-breaking space, which French puts before `;`, `?` and `!`. */
export const NNBSP = '\u202f';

/**
 * French typography on running text: the ordinary space (or none) before `:` becomes a
 * non-breaking space, before `;`, `?`, `!` a narrow one, and inside « » likewise. Only where
 * the sign ends a word and is followed by a space or the end, so that URLs, times (10:30)
 * and Markdown syntax are left alone.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/(\S)[ \u00a0\u202f]?:(?=\s|$)/g, `$1${NBSP}:`)
    .replace(/(\S)[ \u00a0\u202f]?([;?!])(?=\s|$)/g, (_whole, before: string, sign: string) =>
      /[;?!]/.test(before) ? `${before}${sign}` : `${before}${NNBSP}${sign}`,
    )
    .replace(/«[ \u00a0\u202f]?/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]?»/g, `${NBSP}»`);
}

function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(toText).join(', ');
  return String(value);
}

/** A line start that Markdown would read as a block (heading, list, quote, rule, fence, table row) rather than text. */
const BLOCK_START = /^(?:#{1,6}(?=\s|$)|[>+*-](?=\s|$)|\||[-*_=]{3,}|[`~]{3,}|\d{1,9}(?=[.)](?:\s|$)))/;

/**
 * Text on one line for Markdown (list items, headings): line breaks and runs of spaces
 * become one space, a start that Markdown would read as a heading, list, quote or rule is
 * escaped, and the language's typography is applied.
 */
export function inline(value: unknown, language: string): string {
  const text = toText(value)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(BLOCK_START, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
  return language === 'fr' ? frenchTypography(text) : text;
}

/** Text for a Markdown table cell: `inline`, with `|` escaped so that the table keeps its columns. */
export function cell(value: unknown, language: string): string {
  return inline(value, language).replace(/(?<!\\)\|/g, '\\|');
}

/** Characters Markdown may read as inline syntax (emphasis, code, links, HTML, entities, tables, escapes). */
const INLINE_SYNTAX = /[\\`*_[\]<>&|~]/g;

/**
 * Text that a Markdown reader sees exactly as written, on one line: every character Markdown
 * could read as syntax is escaped and no typography is applied (for the course's title).
 */
export function literal(value: unknown): string {
  const text = toText(value)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(INLINE_SYNTAX, (sign) => `\\${sign}`);
  return text.replace(BLOCK_START, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
}
