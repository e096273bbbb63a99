// markdownlint-cli2 ships JavaScript with JSDoc types only: the part of its `main` the tests call.
declare module 'markdownlint-cli2' {
  /** Runs markdownlint-cli2 in-process, as its executable does; resolves to its exit code. */
  export function main(parameters: {
    directory?: string;
    argv?: string[];
    nonFileContents?: Record<string, string>;
    optionsOverride?: { config?: Record<string, unknown> };
    noImport?: boolean;
    logMessage?: (message: string) => void;
    logError?: (message: string) => void;
  }): Promise<number>;
}
