import type { FileResult } from '../types.js';

/** What a reporter may know besides the results. */
export interface ReportOptions {
  /** Whether to use colour (only terminal formats use it). */
  color: boolean;
  /** The tool's version, for formats that name the tool. */
  version: string;
}

/** A reporter: results in, the whole text of the report out. Pure: no I/O. */
export type Reporter = (results: readonly FileResult[], options: ReportOptions) => string;
