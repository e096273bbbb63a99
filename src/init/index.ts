import { resolve } from 'node:path';
import { checkBlueprint } from '../check/blueprint.js';
import type { Locale } from '../i18n/locale.js';
import type { FileResult } from '../types.js';
import { checkAnswers, completeAnswers, type RawAnswers } from './answers.js';
import { type PlannedFile, planFiles } from './files.js';
import type { CiSystem, InitAnswers, Language } from './questions.js';
import { slugify } from './slug.js';
import { writeFiles } from './write.js';

export { answerProblem, checkAnswers, checkCi, completeAnswers, type RawAnswers } from './answers.js';
export { type PlannedFile, planFiles, targetPaths } from './files.js';
export * from './questions.js';
export { slugify } from './slug.js';
export { starterDefaults } from './starter.js';
export { findExisting } from './write.js';

/** What `init` is asked to do. */
export interface InitOptions {
  /** The target folder (created when missing). */
  dir: string;
  answers: InitAnswers;
  ci?: CiSystem;
  force?: boolean;
  /** The package version, pinned in CI pipelines. */
  version: string;
  /** How to show a path in a message. */
  display?: (path: string) => string;
  /** The language of the refusals (English when absent). */
  locale?: Locale;
}

/** What `init` did. */
export interface InitResult {
  /** Absolute paths written, the blueprint first. */
  written: string[];
  /** The blueprint's absolute path. */
  blueprint: string;
  /** `check` on the written blueprint with the recommended preset: a starter is meant to have no finding. */
  check: FileResult;
}

const FALLBACK_ID: Record<Language, string> = { en: 'course', fr: 'formation' };

/** The course id for a title: its slug, or 'course' ('formation') when the title has no Latin letter or digit. */
export function courseId(title: string, language: Language): string {
  return slugify(title) || FALLBACK_ID[language];
}

/**
 * Writes a new blueprint, its config and optionally a CI pipeline into `dir`, never
 * overwriting anything unless `force` (see `writeFiles`); throws a UsageError, having written
 * nothing, when it cannot.
 */
export function initBlueprint(options: InitOptions): InitResult {
  const dir = resolve(options.dir);
  const id = courseId(options.answers.title, options.answers.language);
  const files: PlannedFile[] = planFiles(options.answers, {
    id,
    version: options.version,
    ci: options.ci,
    dir,
  });
  const written = writeFiles(dir, files, {
    force: options.force,
    display: options.display,
    locale: options.locale,
  });
  const blueprintFile = files[0] as PlannedFile;
  return {
    written,
    blueprint: written[0] as string,
    check: checkBlueprint(blueprintFile.content, { file: blueprintFile.path }),
  };
}

/** Answers from flags, checked, completed with the starter's defaults. */
export function answersFromFlags(raw: RawAnswers, locale: Locale = 'en'): InitAnswers {
  return completeAnswers(checkAnswers(raw, locale));
}
