/** The format versions this release reads. */
export const SUPPORTED_VERSIONS: readonly number[] = [1];
