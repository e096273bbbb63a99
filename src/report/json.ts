import { jsonSafe } from './text.js';
import type { Reporter } from './types.js';

/**
 * The keys a report shows, in their order: a file's, then a finding's. JSON.stringify keeps
 * these alone, in this order, in every object (a file result's `source` is left out), without a
 * copy of each result and finding: on a catalogue's ~26,000 findings the copies cost a third of
 * the report's time. A finding has none of a file's keys, nor a file any of a finding's.
 */
const KEYS = [
  'file',
  'errorCount',
  'warningCount',
  'findings',
  'rule',
  'severity',
  'message',
  'line',
  'column',
  'endLine',
  'endColumn',
  'path',
];

/**
 * One object per file: `{ file, errorCount, warningCount, findings }`, as cli.md specifies: the
 * text of `JSON.stringify(results, KEYS, 2)` and a line end, in pieces, one a file, each made when
 * it is written (a catalogue's report is never held whole).
 */
export const json: Reporter = (results) => ({
  *[Symbol.iterator]() {
    if (results.length === 0) {
      yield '[]\n';
      return;
    }
    yield '[';
    for (let index = 0; index < results.length; index++) {
      // `[\n  {…}\n]`: the file's object as it stands in the whole array, after its `[` and before `\n]`.
      const alone = JSON.stringify([results[index]], KEYS, 2);
      yield jsonSafe(`${index > 0 ? ',' : ''}${alone.slice(1, -2)}`);
    }
    yield '\n]\n';
  },
});
