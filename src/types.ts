/** How serious a finding is. */
export type Severity = 'error' | 'warning';

/** A severity as written in a config file or on the command line. */
export type SeveritySetting = 'off' | 'warn' | 'error';

/** A 1-based position range in a file's text (columns count UTF-16 code units, as editors do). */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One thing `check` reports about a blueprint. */
export interface Finding extends Position {
  /** The id of the rule that reported it, such as `schema` or `objective-not-taught`. */
  rule: string;
  severity: Severity;
  /** One or two sentences a designer understands, naming the ids involved and the fix. */
  message: string;
  /** JSON Pointer of the YAML node concerned, such as `/assessments/1/objectives/0` ('' for the root). */
  path: string;
}

/** The result of checking one file. */
export interface FileResult {
  /** The file's path as given to `check` (relative paths stay relative). */
  file: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  /** The source text, for files with findings that could be read as UTF-8 (reporters show code frames). */
  source?: string;
}

/** A finding before the core has located it in the text: rules report these. */
export interface PathFinding {
  rule: string;
  message: string;
  /** JSON Pointer of the node concerned. */
  path: string;
  /** Point at the key of the last path segment rather than its value (for example an unknown key). */
  key?: boolean;
}
