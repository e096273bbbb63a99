import { parseYamlSubset, parseYamlSubsetWithSpans, type SubsetSpan } from './subset-parse.js';

/**
 * What the fast parse gave: the plain data, or `undefined` when the text uses something the
 * subset parser does not read exactly as `parseYaml` does (then the full path decides).
 */
export type FastParsed = { data: unknown; spans?: SubsetSpan } | undefined;

/**
 * Parses YAML text into plain data when the result is sure to equal `parseYaml(text).data` with no
 * offset or path finding; otherwise returns `undefined`. The text is one `checkCharacters`
 * accepted. Two readers only: the subset parser for the YAML blueprints are written in, and yaml
 * for the rest (js-yaml read what the subset declined until the subset read wrapped scalars; then
 * it read no blueprint of the examples, fixtures or bench corpora, docs/speed.md). With `withSpans`,
 * it also records where each node is (`spans`), for a file whose findings will need placing.
 */
export function parseYamlFast(text: string, withSpans = false): FastParsed {
  // Inline suppression reads comments, which only the full parser keeps.
  if (text.includes('blueprint-') && /blueprint-(?:disable|enable)/.test(text)) return undefined;
  if (!withSpans) return parseYamlSubset(text);
  const parsed = parseYamlSubsetWithSpans(text);
  return parsed && { data: parsed.data, spans: parsed.span };
}
