import { join, resolve } from 'node:path';
import { checkBlueprint } from '../check/blueprint.js';
import type { Locale } from '../i18n/locale.js';
import type { FileResult } from '../types.js';
import { findRepositoryRoot } from '../util/repository.js';
import { checkAnswers, completeAnswers, type RawAnswers } from './answers.js';
import { ciPlacement } from './ci-placement.js';
import { type PlannedFile, planFiles } from './files.js';
import type { CiSystem, InitAnswers, Language } from './questions.js';
import { slugify } from './slug.js';
import { planVscodeFiles } from './vscode.js';
import { findExisting, writeFiles } from './write.js';

export { findRepositoryRoot } from '../util/repository.js';
export { answerProblem, checkAnswers, checkCi, completeAnswers, type RawAnswers } from './answers.js';
export { ciPlacement } from './ci-placement.js';
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
  /** Replace the blueprint and the CI pipeline when they exist; an existing config is kept. */
  force?: boolean;
  /** Replace an existing config too (with `force`). */
  forceConfig?: boolean;
  /** Also set VS Code up: `.vscode/settings.json` and `extensions.json`, completed when they exist. */
  vscode?: boolean;
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
  /** Absolute paths of existing files `force` left as they were (the config, unless `forceConfig`). */
  kept: string[];
  /** Absolute paths of existing files completed (VS Code's settings and recommendations). */
  updated: string[];
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
  const show = options.display ?? ((path: string) => path);
  // A pipeline is read at the repository's root only: everything is placed from there.
  const { root, folder } = options.ci
    ? ciPlacement(dir, options.ci, show, options.locale)
    : { root: dir, folder: '' };
  const files: PlannedFile[] = planFiles(options.answers, {
    id,
    version: options.version,
    ci: options.ci,
    dir,
    folder,
  });
  const [blueprintFile, configFile] = files as [PlannedFile, PlannedFile];
  const configPath = join(root, ...configFile.path.split('/'));
  // --force is for the blueprint: a config someone has tuned stays, unless they ask.
  const keepConfig = options.force && !options.forceConfig && findExisting(root, [configFile.path]);
  const toWrite = keepConfig ? files.filter((file) => file !== configFile) : files;
  // VS Code reads .vscode in the folder it opens: the repository's, else the target folder.
  const workspace = options.vscode ? (findRepositoryRoot(dir) ?? dir) : undefined;
  const vscode = workspace === undefined ? [] : planVscodeFiles(workspace, options.version, options.locale);
  const written = writeFiles(root, toWrite, {
    force: options.force,
    display: options.display,
    locale: options.locale,
  });
  const editor =
    workspace === undefined
      ? []
      : writeFiles(workspace, vscode, {
          force: true,
          display: options.display,
          locale: options.locale,
        });
  return {
    written: [...written, ...editor.filter((_, index) => !vscode[index]?.existed)],
    blueprint: written[0] as string,
    kept: keepConfig ? [configPath] : [],
    updated: editor.filter((_, index) => vscode[index]?.existed),
    check: checkBlueprint(blueprintFile.content, { file: blueprintFile.path }),
  };
}

/** Answers from flags, checked, completed with the starter's defaults. */
export function answersFromFlags(raw: RawAnswers, locale: Locale = 'en'): InitAnswers {
  return completeAnswers(checkAnswers(raw, locale));
}
