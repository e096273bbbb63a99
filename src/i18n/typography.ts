/**
 * A tagged template for French messages: in the literal parts only (never in the values put in,
 * which may quote a blueprint), a space before `:`, `;`, `?`, `!` and `»` and after `«` becomes a
 * no-break space (U+00A0), as French typography wants, so that sources stay readable.
 */
export function french(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  let out = typographic(strings[0] ?? '');
  for (let index = 0; index < values.length; index++)
    out += String(values[index]) + typographic(strings[index + 1] ?? '');
  return out;
}

function typographic(text: string): string {
  return text.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

/** A value between French guillemets with no-break spaces: « value ». */
export function guillemets(value: string): string {
  return `«\u00a0${value}\u00a0»`;
}
