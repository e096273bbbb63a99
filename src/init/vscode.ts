import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyEdits,
  type FormattingOptions,
  modify,
  type ParseError,
  parse,
  printParseErrorCode,
} from 'jsonc-parser';
import { UsageError } from '../errors.js';
import { messages } from '../i18n/index.js';
import type { Locale } from '../i18n/locale.js';
import { schemaReference } from './files.js';

/** The VS Code files `init --vscode` writes or completes, relative to the workspace folder. */
export const VSCODE_SETTINGS_FILE = '.vscode/settings.json';
/** The workspace's extension recommendations. */
export const VSCODE_EXTENSIONS_FILE = '.vscode/extensions.json';
/** The YAML extension (Red Hat's): it reads `yaml.schemas` and the `$schema` modeline. */
export const YAML_EXTENSION = 'redhat.vscode-yaml';

/** File patterns of each schema, as the YAML extension matches them from the workspace folder. */
const SCHEMA_FILES: Record<string, string[]> = {
  'blueprint.schema.json': ['**/*.blueprint.yaml', '**/*.blueprint.yml'],
  'blueprintrc.schema.json': ['**/.blueprintrc.yaml', '**/.blueprintrc.yml', '**/blueprint.config.yaml'],
};

const formatting: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

/** A VS Code file to write: its path relative to the workspace, its text, and whether it existed. */
export interface VscodeFile {
  path: string;
  content: string;
  existed: boolean;
}

/**
 * The VS Code files for a workspace folder: `settings.json` mapping blueprints and configs to
 * their schemas (`yaml.schemas`), `extensions.json` recommending the YAML extension. An existing
 * file is completed, its comments and other settings kept, never a key of it changed; a file
 * already complete is left out. Throws a UsageError, before anything is written, for a file that
 * is not JSON (with comments), not an object, or holds the key with another shape.
 */
export function planVscodeFiles(workspace: string, version: string, locale: Locale = 'en'): VscodeFile[] {
  const say = messages(locale).init;
  const schemas: Record<string, string[]> = {};
  for (const [schema, patterns] of Object.entries(SCHEMA_FILES)) {
    const reference = schemaReference(workspace, schema, version);
    schemas[reference.startsWith('https:') ? reference : `./${reference}`] = patterns;
  }
  const files: VscodeFile[] = [];
  const settings = completeJson(workspace, VSCODE_SETTINGS_FILE, locale, (text, data) => {
    const current = data['yaml.schemas'];
    if (current !== undefined && !isObject(current))
      throw refusal(VSCODE_SETTINGS_FILE, say.vscodeNotObject('yaml.schemas'), locale);
    let updated = text;
    for (const [key, patterns] of Object.entries(schemas)) {
      if (isObject(current) && Object.hasOwn(current, key)) continue;
      updated = applyEdits(
        updated,
        modify(updated, ['yaml.schemas', key], patterns, { formattingOptions: formatting }),
      );
    }
    return updated;
  });
  if (settings) files.push(settings);
  const extensions = completeJson(workspace, VSCODE_EXTENSIONS_FILE, locale, (text, data) => {
    const current = data.recommendations;
    if (current !== undefined && !Array.isArray(current))
      throw refusal(VSCODE_EXTENSIONS_FILE, say.vscodeNotList('recommendations'), locale);
    if (Array.isArray(current) && current.includes(YAML_EXTENSION)) return text;
    const path = Array.isArray(current) ? ['recommendations', current.length] : ['recommendations'];
    const value = Array.isArray(current) ? YAML_EXTENSION : [YAML_EXTENSION];
    return applyEdits(
      text,
      modify(text, path, value, { formattingOptions: formatting, isArrayInsertion: Array.isArray(current) }),
    );
  });
  if (extensions) files.push(extensions);
  return files;
}

/** The file completed by `complete` (from `{}` when it does not exist), or undefined when nothing changes. */
function completeJson(
  workspace: string,
  path: string,
  locale: Locale,
  complete: (text: string, data: Record<string, unknown>) => string,
): VscodeFile | undefined {
  const say = messages(locale).init;
  const absolute = join(workspace, ...path.split('/'));
  const stats = lstatSync(absolute, { throwIfNoEntry: false });
  if (stats && !stats.isFile()) throw refusal(path, say.vscodeNotRegular, locale);
  const text = stats ? readFileSync(absolute, 'utf8') : '{}\n';
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: true });
  const [error] = errors;
  if (error) throw refusal(path, say.vscodeNotJson(printParseErrorCode(error.error), error.offset), locale);
  if (!isObject(data)) throw refusal(path, say.vscodeNoObject, locale);
  const content = complete(text, data);
  return content === text
    ? undefined
    : { path, content: content.endsWith('\n') ? content : `${content}\n`, existed: !!stats };
}

function refusal(path: string, why: string, locale: Locale): UsageError {
  return new UsageError(messages(locale).init.vscodeRefusal(path, why));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
