import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_DOCS_FOLDER } from '../rules/docs.js';

/**
 * Reads the documentation of each rule that has one (`<folder>/<id>.md`); rules without a doc
 * are simply absent from the result, so formats fall back to the rule's description.
 */
export function readRuleDocs(
  ids: readonly string[],
  folder: string = RULE_DOCS_FOLDER,
): Record<string, string> {
  const docs: Record<string, string> = Object.create(null);
  for (const id of ids) {
    if (!/^[a-z0-9-]+$/.test(id)) continue;
    try {
      docs[id] = readFileSync(join(folder, `${id}.md`), 'utf8');
    } catch {
      // No doc for this rule (yet): the description stands in for it.
    }
  }
  return docs;
}
