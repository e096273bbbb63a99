import { jsonSafe } from './text.js';
import type { Reporter } from './types.js';

/** One object per file: `{ file, errorCount, warningCount, findings }`, as cli.md specifies. */
export const json: Reporter = (results) =>
  `${jsonSafe(
    JSON.stringify(
      results.map(({ file, errorCount, warningCount, findings }) => ({
        file,
        errorCount,
        warningCount,
        findings: findings.map(({ rule, severity, message, line, column, endLine, endColumn, path }) => ({
          rule,
          severity,
          message,
          line,
          column,
          endLine,
          endColumn,
          path,
        })),
      })),
      null,
      2,
    ),
  )}\n`;
