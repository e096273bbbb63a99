import { checkCharacters, decodeInput } from '../load/decode.js';
import { lineStarts, locateInSubset, positionInLines } from '../load/fast-locate.js';
import { parseYamlFast } from '../load/fast-parse.js';
import { parseSubsetSpans, type SubsetSpan } from '../load/subset-parse.js';
import type { FileResult, Finding, PathFinding, Severity } from '../types.js';
import { type CheckOptions, checkData, summarize } from './data.js';

/**
 * What the fast path learns from one file of a run for the next: whether it had findings. The
 * files of a catalogue are alike, so when the last one had findings, the next is parsed recording
 * where its nodes are, rather than parsed again once it turns out to have some. Results never
 * depend on it: only the number of parses does.
 */
export interface FastPathHint {
  findingsLikely: boolean;
}

/**
 * The fast path of `checkBlueprint`: plain data from a fast parser, then the same checks as the
 * full path (`checkData`), with findings located in the nodes the fast parser recorded. It
 * returns `undefined` for anything it cannot promise to get exactly as the full path would (YAML
 * the fast parser leaves to the full one, a finding it cannot locate); the full path then
 * computes the result, so results never depend on the path taken. `hint`, shared by the files of
 * a run, is read and updated.
 */
export function checkBlueprintQuickly(
  source: string | Uint8Array,
  options: CheckOptions = {},
  hint?: FastPathHint,
): FileResult | undefined {
  const decoded = decodeInput(source);
  if (!decoded.ok) return undefined;
  const text = decoded.text;
  if (checkCharacters(text)) return undefined;
  const parsed = parseYamlFast(text, hint?.findingsLikely === true);
  if (!parsed) return undefined;
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;

  // Positions are worked out only once there is a finding to place, by the parser that read the
  // file: from the spans it recorded, or by parsing again recording them.
  let spans: { find: (path: string, key?: boolean) => Range | undefined; starts: number[] } | undefined;
  let located = true;
  const locate = (found: PathFinding, severity: Severity): Finding => {
    if (!spans && located) {
      const find = spansOf(text, parsed.spans);
      if (find) spans = { find, starts: lineStarts(text) };
      else located = false;
    }
    const range = spans?.find(found.path, found.key);
    if (!range) located = false;
    const { offset, endOffset } = range ?? { offset: 0, endOffset: 0 };
    return {
      rule: found.rule,
      severity,
      message: found.message,
      path: found.path,
      ...positionInLines(spans?.starts ?? [0], offset, endOffset),
    };
  };
  const { findings } = checkData(data, options, locate);
  if (hint) hint.findingsLikely = findings.length > 0;
  if (!located) return undefined;
  return summarize(options.file ?? '<input>', findings, text);
}

type Range = { offset: number; endOffset: number };

/** Finds nodes in the spans recorded, else in those of a second parse of the text. */
function spansOf(
  text: string,
  recorded: SubsetSpan | undefined,
): ((path: string, key?: boolean) => Range | undefined) | undefined {
  const root = recorded ?? parseSubsetSpans(text);
  return root && ((path, key) => locateInSubset(root, text, path, key));
}
