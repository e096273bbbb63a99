import { createRequire } from 'node:module';
import type * as Generated from './generated/validators.cjs';

const require = createRequire(import.meta.url);

/**
 * The validators generated at build time (scripts/generate.mjs), loaded with `require`: an
 * `import` of a CommonJS module makes Node scan its source for export names first, ~9 ms of
 * start-up for these 113 KB.
 */
export const { validateBlueprint, validateCompetencyFile, validateConfig } =
  // From dist/schema/ and from the bundle's dist/bin/ alike (scripts/bundle.mjs).
  require('../schema/generated/validators.cjs') as typeof Generated;
