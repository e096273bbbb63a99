/** `parseInt` as yaml's core schema does it, so that `-0`, `+12` and `0o17` come out the same. */
const integer = (offset: number, radix: number) => (text: string) =>
  Number.parseInt(text.substring(offset), radix);
const float = (text: string) => Number.parseFloat(text);

/** A kind of plain scalar of yaml's YAML 1.2 core schema: the first characters it can have, its regular expression, its value. */
export interface CoreScalar {
  firsts: string;
  test: RegExp;
  construct: (text: string) => unknown;
}

const digits = '0123456789';

/**
 * The YAML 1.2 core schema exactly as yaml@2 resolves plain scalars (same regular expressions, same
 * order, same conversions), rather than js-yaml's more permissive reading (`0b1`, `1_000`, `.5e3`…).
 */
const CORE_SCALARS: readonly CoreScalar[] = [
  { firsts: '~nN', test: /^(?:~|[Nn]ull|NULL)?$/, construct: () => null },
  {
    firsts: 'tTfF',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    construct: (text) => text[0] === 't' || text[0] === 'T',
  },
  { firsts: '0', test: /^0o[0-7]+$/, construct: integer(2, 8) },
  { firsts: `+-${digits}`, test: /^[-+]?[0-9]+$/, construct: integer(0, 10) },
  { firsts: '0', test: /^0x[0-9a-fA-F]+$/, construct: integer(2, 16) },
  {
    firsts: '+-.',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    construct: (text) =>
      text.slice(-3).toLowerCase() === 'nan' ? Number.NaN : text[0] === '-' ? -Infinity : Infinity,
  },
  {
    firsts: `+-.${digits}`,
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    construct: float,
  },
  { firsts: `+-.${digits}`, test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, construct: float },
];
/** The ASCII characters some core scalar can start with. */
const CORE_FIRSTS = new Uint8Array(128);
for (const scalar of CORE_SCALARS) for (const first of scalar.firsts) CORE_FIRSTS[first.charCodeAt(0)] = 1;

/**
 * The core-schema kind of a plain scalar's text, or `undefined` for a string. Most scalars are
 * words, which their first character rules out at once.
 */
export function coreScalarOf(text: string): CoreScalar | undefined {
  if (text === '') return CORE_SCALARS[0]; // null
  if (CORE_FIRSTS[text.charCodeAt(0)] !== 1) return undefined;
  const first = text[0] as string;
  for (const scalar of CORE_SCALARS)
    if (scalar.firsts.includes(first) && scalar.test.test(text)) return scalar;
  return undefined;
}

/** A plain scalar's value under yaml's core schema. */
export function resolvePlain(text: string): unknown {
  const scalar = coreScalarOf(text);
  return scalar ? scalar.construct(text) : text;
}

/**
 * Whether a value is a number that `parseYaml` reports (not finite, or an integer past 2^53),
 * wherever it is, keys included: the fast parsers leave such files to it.
 */
export function isDoubtfulNumber(value: unknown): boolean {
  return (
    typeof value === 'number' &&
    (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value)))
  );
}
