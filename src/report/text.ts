/** A lone UTF-16 surrogate, which no UTF-8 output can hold. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any surrogate: only a text that holds one can hold a lone one. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** The text with each lone surrogate replaced by U+FFFD, as writing it as UTF-8 would do anyway. */
export function wellFormed(text: string): string {
  return SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text;
}

/**
 * Characters a terminal or a CI log may act on rather than show: C0 controls (but tab and line
 * ends), DEL, C1 controls, the line and paragraph separators, and the bidirectional overrides
 * and isolates that can reorder what a reader sees.
 */
const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The same characters, with the line ends, for one-line fields such as file names. */
const CONTROL_OR_LINE_END =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The characters JSON.stringify leaves as they are but a terminal may act on. */
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeControl(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text for a report a person reads (stylish, github, junit): each control character shown as an
 * escape (`\x1B`, `\u202E`), so that no terminal or log viewer acts on it; tab and line ends kept.
 */
export function printable(text: string): string {
  // Most report text has nothing to escape: one test, no copy (a report prints thousands of lines).
  if (!HAS_CONTROL.test(text) && !SURROGATE.test(text)) return text;
  return wellFormed(text).replace(CONTROL, escapeControl);
}

/** `printable` for a field that must stay on one line (a file name, a rule): line ends escaped too. */
export function printableLine(text: string): string {
  if (!HAS_CONTROL_OR_LINE_END.test(text) && !SURROGATE.test(text)) return text;
  return wellFormed(text).replace(CONTROL_OR_LINE_END, escapeControl);
}

/** Whether a text holds a character `printable` would escape (line ends aside). */
export function hasControl(text: string): boolean {
  return HAS_CONTROL.test(text);
}

const HAS_CONTROL = new RegExp(CONTROL.source);
const HAS_CONTROL_OR_LINE_END = new RegExp(CONTROL_OR_LINE_END.source);

/**
 * The text of a JSON document for output: `value` indented by two spaces (with `keys`, only these
 * keys, in this order), a final line end, and the characters JSON.stringify writes raw (DEL, C1
 * controls, separators, bidi overrides) written as `\uXXXX` escapes: the same data once parsed, and
 * nothing a terminal acts on.
 *
 * The line end is added before the escaping: JSON.stringify returns its text in pieces, which the
 * scan joins into one string, and joining the line end afterwards would copy that string again
 * when it is written (a report of 1,000 files is 10 MB).
 */
export function jsonDocument(value: unknown, keys?: string[]): string {
  return jsonSafe(`${JSON.stringify(value, keys, 2)}\n`);
}

/** JSON text with the characters JSON.stringify writes raw escaped, as `jsonDocument` does. */
export function jsonSafe(json: string): string {
  return json.replace(JSON_RAW, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
