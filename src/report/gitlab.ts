import { createHash } from 'node:crypto';
import type { Severity } from '../types.js';
import { reportPath } from './paths.js';
import { jsonDocument } from './text.js';
import type { StringReporter } from './types.js';

/** Code Quality severities (info, minor, major, critical, blocker) for ours, as ESLint's GitLab formatters map them. */
const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor' };

/**
 * GitLab Code Quality (the merge request widget and diff annotations): a JSON array, one issue
 * per finding with `description`, `check_name` (the rule id), `fingerprint`, `severity` and
 * `location { path, lines { begin, end } }`, the path relative to the working folder (run from
 * the repository root). The fingerprint hashes the rule, the file, the finding's JSON Pointer
 * and its rank among identical ones: stable when lines move or the message's language changes,
 * unique within the report, so GitLab can tell new findings from fixed ones.
 */
export const gitlab: StringReporter = (results, options) => {
  const seen = new Map<string, number>();
  const issues: object[] = [];
  for (const result of results) {
    const path = reportPath(result.file, options.cwd).path;
    for (const finding of result.findings) {
      const identity = [finding.rule, path, finding.path].join('\u0000');
      const rank = seen.get(identity) ?? 0;
      seen.set(identity, rank + 1);
      issues.push({
        // GitLab shows the description as the issue: never empty.
        description: finding.message || finding.rule,
        check_name: finding.rule,
        fingerprint: createHash('sha256').update(`${identity}\u0000${rank}`).digest('hex'),
        severity: SEVERITY[finding.severity],
        location: { path, lines: { begin: finding.line, end: finding.endLine } },
      });
    }
  }
  return jsonDocument(issues);
};
