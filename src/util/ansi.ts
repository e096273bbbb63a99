/** A text style for a terminal: the text wrapped in its ANSI codes, or the text alone when colour is off. */
export type Style = (text: string) => string;

/** The styles the reports and `explain` use. */
export interface Styles {
  enabled: boolean;
  bold: Style;
  dim: Style;
  underline: Style;
  red: Style;
  green: Style;
  yellow: Style;
  cyan: Style;
}

/** Each style's opening and closing SGR codes: the 16-colour set every terminal reads. */
const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;

const plain: Style = (text) => text;

/**
 * The styles, on or off. A few fixed codes are all a report needs: a colour library costs
 * ~13 ms to load, on every run that prints one.
 */
export function ansiStyles(enabled: boolean): Styles {
  const style = ([open, close]: readonly [number, number]): Style =>
    enabled ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : plain;
  return {
    enabled,
    bold: style(CODES.bold),
    dim: style(CODES.dim),
    underline: style(CODES.underline),
    red: style(CODES.red),
    green: style(CODES.green),
    yellow: style(CODES.yellow),
    cyan: style(CODES.cyan),
  };
}
