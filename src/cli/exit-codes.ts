/** Exit codes, as ESLint's: 0 clean, 1 findings, 2 the command could not do its job. */
export const ExitCode = {
  Ok: 0,
  Findings: 1,
  Usage: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
