import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { FS, Liquid } from 'liquidjs';
import { UsageError } from '../errors.js';
import { type Catalogue, type Locale, messages } from '../i18n/index.js';
import { cell, inline, literal } from './text.js';

/** Largest template file read (bytes); larger is not a template. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** The limits every render runs under, so that no template can hang or exhaust the process. */
export const RENDER_LIMITS = {
  /** Characters of template source parsed in one render, includes counted. */
  parseLimit: 2_000_000,
  /** Milliseconds one render may take: what stops loops that allocate little (LiquidJS counts no iterations). */
  renderLimit: 5_000,
  /** Units of memory (characters, array items) one render may allocate. */
  memoryLimit: 20_000_000,
} as const;

/** What a template can be given: the two variables of the render scope. */
export interface TemplateScope {
  blueprint: unknown;
  figures: unknown;
}

/**
 * Renders a Liquid template file with a hardened LiquidJS: strict variables and filters,
 * own properties only, includes resolved inside the template's own folder only (real paths,
 * so no symlink leads out), no dynamic partials, and limits on parsing, time and memory.
 * Any error becomes a `UsageError` naming the template file and line.
 */
export async function renderTemplateFile(
  file: string,
  scope: TemplateScope,
  language: string,
  locale: string,
  displayPath: (absolute: string) => string = (absolute) => absolute,
  messageLocale: Locale = 'en',
): Promise<string> {
  const say = messages(messageLocale).template;
  // Loaded on first use, with `require` as every package loaded on demand (src/cli/load-program.ts).
  const liquidjs = createRequire(import.meta.url)('liquidjs') as typeof import('liquidjs');
  const { Liquid } = liquidjs;
  const absolute = resolve(file);
  const folder = dirname(absolute);
  const sources = new Map<string, string>();
  const fs = boundedFs(folder, sources, say);
  const engine: Liquid = new Liquid({
    root: [folder],
    partials: [folder],
    layouts: [folder],
    fs,
    extname: '.liquid',
    relativeReference: false,
    dynamicPartials: false,
    jekyllInclude: false,
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    lenientIf: true,
    cache: false,
    parseLimit: RENDER_LIMITS.parseLimit,
    renderLimit: RENDER_LIMITS.renderLimit,
    memoryLimit: RENDER_LIMITS.memoryLimit,
    timezoneOffset: 0,
    locale,
    dateFormat: '%Y-%m-%d',
  });
  // A file name LiquidJS would compute at render time ({% include {{ blueprint.id }} %}) lets the
  // data choose the file: every include, render and layout must name its file as written.
  for (const [name, Base] of [
    ['include', liquidjs.IncludeTag],
    ['render', liquidjs.RenderTag],
    ['layout', liquidjs.LayoutTag],
  ] as const) {
    engine.registerTag(
      name,
      class extends (Base as unknown as new (...args: never[]) => { file?: unknown }) {
        constructor(...args: never[]) {
          super(...args);
          if (this.file !== undefined && typeof this.file !== 'string')
            throw new Error(say.computedFile(name));
        }
      } as never,
    );
  }
  engine.registerFilter('inline', (value: unknown) => inline(value, language));
  engine.registerFilter('cell', (value: unknown) => cell(value, language));
  engine.registerFilter('literal', (value: unknown) => literal(value));

  try {
    const text = fs.readFileSync(absolute);
    const template = engine.parse(text, absolute);
    return await engine.render(template, {}, { globals: scope });
  } catch (error) {
    throw templateError(error, absolute, sources, displayPath, say);
  }
}

/** A file system for LiquidJS that reads regular files inside one folder and nothing else. */
function boundedFs(folder: string, sources: Map<string, string>, say: TemplateMessages): FS {
  const realFolder = realpathSync(folder);
  const inside = (file: string): boolean => {
    try {
      const real = realpathSync(file);
      const path = relative(realFolder, real);
      return path !== '' && !path.startsWith('..') && !isAbsolute(path) && statSync(real).isFile();
    } catch {
      return false;
    }
  };
  const read = (file: string): string => {
    if (!inside(file)) throw new UsageError(say.outsideFolder(file, folder));
    const size = statSync(file).size;
    if (size > MAX_TEMPLATE_BYTES) throw new UsageError(say.tooLarge(file, size, MAX_TEMPLATE_BYTES));
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    sources.set(text, file);
    return text;
  };
  return {
    exists: async (file) => inside(file),
    existsSync: (file) => inside(file),
    readFile: async (file) => read(file),
    readFileSync: read,
    resolve: (dir, file, ext) => resolve(dir, extname(file) ? file : file + ext),
    contains: async (_root, file) => inside(file),
    containsSync: (_root, file) => inside(file),
    dirname,
    sep,
  };
}

interface LiquidErrorLike {
  message: string;
  name?: string;
  token?: { file?: string; input?: string; getPosition?: () => [number, number] };
  originalError?: unknown;
}

/** Turns whatever LiquidJS threw into one line: file:line:column: what went wrong. */
function templateError(
  error: unknown,
  top: string,
  sources: Map<string, string>,
  displayPath: (absolute: string) => string,
  say: TemplateMessages,
): UsageError {
  if (error instanceof UsageError) return error;
  const found = error as LiquidErrorLike;
  if (!found || typeof found.message !== 'string')
    return new UsageError(`${displayPath(top)}: ${String(error)}`);
  const innermost = deepest(found);
  const token = innermost.token ?? found.token;
  const file = token?.file ?? (token?.input !== undefined ? sources.get(token.input) : undefined) ?? top;
  const [line, column] = token?.getPosition?.() ?? [1, 1];
  const message = (innermost.message || found.message)
    .replace(/, file:.*$/s, '')
    .replace(/, line:\d+, col:\d+$/, '')
    .replace(/^ENOENT: Failed to lookup "(.*)" in "[^"]*"$/, (_whole, name: string) =>
      existsSync(resolve(dirname(file), name)) ? say.includeOutside(name) : say.includeMissing(name),
    );
  return new UsageError(`${displayPath(file)}:${line}:${column}: ${explain(message, say)}`);
}

function deepest(error: LiquidErrorLike): LiquidErrorLike {
  let current = error;
  for (let depth = 0; depth < 20; depth += 1) {
    const inner = current.originalError as LiquidErrorLike | undefined;
    if (!inner || typeof inner.message !== 'string' || !inner.token) break;
    current = inner;
  }
  return current;
}

/** LiquidJS's own message (English), followed by what it means here in the run's language. */
function explain(message: string, say: TemplateMessages): string {
  if (/^undefined variable: /.test(message)) return say.undefinedVariable(message);
  if (/^template render limit exceeded/.test(message))
    return say.renderLimit(message, RENDER_LIMITS.renderLimit / 1000);
  if (/^memory alloc limit exceeded/.test(message))
    return say.memoryLimit(message, RENDER_LIMITS.memoryLimit);
  if (/^parse length limit exceeded/.test(message)) return say.parseLimit(message, RENDER_LIMITS.parseLimit);
  return message;
}

type TemplateMessages = Catalogue['template'];
