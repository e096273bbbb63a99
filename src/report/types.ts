import type { Locale } from '../i18n/locale.js';
import type { FileResult, Severity } from '../types.js';
import type { Text } from '../util/atomic-write.js';

/** What a report says about a rule: the configurable rules' meta and the always-on checks'. */
export interface RuleInfo {
  id: string;
  /** One line: what the rule reports. */
  description: string;
  /** Its default severity. */
  severity: Severity;
  /** The preset that turns it on; none for the always-on checks. */
  preset?: string;
}

/** What a reporter may know besides the results. */
export interface ReportOptions {
  /** Whether to use colour (only terminal formats use it). */
  color: boolean;
  /** The tool's version, for formats that name the tool. */
  version: string;
  /**
   * The absolute working folder the results' relative paths start from; formats that need
   * paths relative to it (sarif, github, junit) compute them from here. Paths are taken as
   * given when it is absent.
   */
  cwd?: string;
  /** The rules a format describes (sarif); every rule of this release when absent. */
  rules?: readonly RuleInfo[];
  /** Each rule's documentation (Markdown of docs/rules/<id>.md) by rule id, where there is one. */
  ruleDocs?: Readonly<Record<string, string>>;
  /**
   * The language of the report's own words (summaries, severities in stylish); English when
   * absent. Findings arrive worded already; rule ids and machine fields never change.
   */
  locale?: Locale;
}

/**
 * The text of a report: one string, or its pieces in order, to be written one after the other. A
 * report that grows with the catalogue comes in pieces (json: one a file, ~10 MB for 1,000
 * real-shaped files), so that it is never held whole: as one string it would be joined in memory
 * (20 MB in UTF-16) and copied once more into the bytes written.
 */
export type ReportText = Text;

/** A reporter: results in, the text of the report out. Pure: no I/O. */
export type Reporter = (results: readonly FileResult[], options: ReportOptions) => ReportText;

/** A reporter whose text is one string (every format but json, whose text comes in pieces). */
export type StringReporter = (results: readonly FileResult[], options: ReportOptions) => string;
