import { realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { type Locale, messages } from '../i18n/index.js';
import type { Model } from '../model/model.js';
import { printable } from '../report/text.js';
import { renderTemplateFile } from './engine.js';
import { loadLabels, RENDER_LANGUAGES, type RenderLanguage, TEMPLATES_DIR } from './labels.js';
import { buildFigures, type Figures } from './view.js';

/** The templates that ship with course-blueprint. */
export const BUILT_IN_TEMPLATES = ['syllabus', 'programme', 'matrix'] as const;

/** How to render a blueprint. */
export interface RenderOptions {
  /** A built-in template name, or a path to a `.liquid` file (relative to `cwd`). Default `syllabus`. */
  template?: string;
  /** The document's language; defaults to the blueprint's `language`. */
  language?: string;
  /** Folder that relative template paths start from. */
  cwd?: string;
  /** How to show a template's path in messages (default: as given, absolute). */
  displayPath?: (absolute: string) => string;
  /** The language of a bad template's error (English when absent), not the document's. */
  messageLocale?: Locale;
}

/** Whether a text names one of the languages documents can be rendered in. */
export function isRenderLanguage(value: string): value is RenderLanguage {
  return (RENDER_LANGUAGES as readonly string[]).includes(value);
}

/** The template file a `--template` value names: a built-in of the language, or the user's file. */
export function resolveTemplate(
  template: string,
  language: RenderLanguage,
  cwd: string,
  messageLocale: Locale = 'en',
): string {
  const say = messages(messageLocale).template;
  if (isBuiltIn(template)) return join(TEMPLATES_DIR, language, `${template}.liquid`);
  const path = resolve(cwd, template);
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) throw new UsageError(say.notFound(template, BUILT_IN_TEMPLATES.join(', ')));
  if (!stats.isFile()) throw new UsageError(say.notFile(template));
  return realpathSync(path);
}

/** The figures of a model in a language: what templates see as `figures`. */
export function computeFigures(model: Model, language: RenderLanguage): Figures {
  return buildFigures(model, loadLabels(language));
}

/**
 * Renders a blueprint's model through a template into a string (Markdown for the built-in
 * templates), control characters shown as escapes (`\x1B`). A bad template is a `UsageError`
 * naming its file and line.
 */
export async function renderModel(model: Model, options: RenderOptions = {}): Promise<string> {
  const language = options.language ?? model.language;
  if (!isRenderLanguage(language))
    throw new UsageError(`unknown language '${language}': use ${RENDER_LANGUAGES.join(' or ')}`);
  const template = options.template ?? 'syllabus';
  const file = resolveTemplate(template, language, options.cwd ?? '.', options.messageLocale);
  const figures = computeFigures(model, language);
  const output = await renderTemplateFile(
    file,
    { blueprint: model.data, figures },
    language,
    figures.locale,
    options.displayPath,
    options.messageLocale,
  );
  // Values may hold control characters written as YAML escapes ("\e[2J"): shown, never sent raw.
  const shown = printable(output);
  return isBuiltIn(template) ? tidyMarkdown(shown) : shown;
}

function isBuiltIn(template: string): boolean {
  return (BUILT_IN_TEMPLATES as readonly string[]).includes(template);
}

/** The built-in templates' Markdown with trailing spaces dropped, one blank line at most, one final newline. */
export function tidyMarkdown(text: string): string {
  return `${text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
