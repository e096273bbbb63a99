/**
 * The validators generated at build time (scripts/generate.mjs). Imported rather than required,
 * so that the command line's bundle holds them and its code cache has them compiled (~5 ms of
 * each start, src/cli/load-program.ts). The library, as `tsc` builds it, has Node scan their
 * source for export names once.
 */
export { validateBlueprint, validateCompetencyFile, validateConfig } from './generated/validators.cjs';
