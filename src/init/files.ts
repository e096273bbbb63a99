import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { PACKAGE_NAME, publishedFileUrl } from '../package/url.js';
import { shellWord } from './ci-placement.js';
import type { CiSystem, InitAnswers } from './questions.js';
import { fillStarter, readStarter } from './starter.js';

/** A file `init` writes: its path relative to the target folder (POSIX separators) and its text. */
export interface PlannedFile {
  path: string;
  content: string;
}

/** Where the GitLab job goes: a file to include, so an existing .gitlab-ci.yml is never touched. */
export const GITLAB_CI_FILE = '.gitlab/ci/blueprint.gitlab-ci.yml';
/** Where the GitHub workflow goes. */
export const GITHUB_WORKFLOW_FILE = '.github/workflows/blueprint.yml';
/** The config file `init` writes. */
export const CONFIG_FILE = '.blueprintrc.yaml';

/**
 * The paths `init` writes for a blueprint id, blueprint first: the blueprint and the config in
 * `folder` (relative to the repository root, '' for the root itself), the CI pipeline at the root.
 */
export function targetPaths(id: string, ci?: CiSystem, folder = ''): string[] {
  const inFolder = (name: string) => (folder === '' ? name : `${folder}/${name}`);
  const paths = [inFolder(`${id}.blueprint.yaml`), inFolder(CONFIG_FILE)];
  if (ci === 'github') paths.push(GITHUB_WORKFLOW_FILE);
  if (ci === 'gitlab') paths.push(GITLAB_CI_FILE);
  return paths;
}

/** What the files depend on besides the answers. */
export interface PlanOptions {
  /** The blueprint's id, also its file name (`<id>.blueprint.yaml`). */
  id: string;
  /** The package version the CI pipeline pins. */
  version: string;
  ci?: CiSystem;
  /** The absolute target folder, to find an installed copy of the schemas. */
  dir: string;
  /**
   * The target folder relative to the folder the paths start from (the repository root when there
   * is a CI pipeline, which goes there), POSIX separators; '' (the default) for the same folder.
   */
  folder?: string;
}

/** The files `init` writes for these answers, in the order it writes them. Same input, same bytes. */
export function planFiles(answers: InitAnswers, options: PlanOptions): PlannedFile[] {
  const blueprint = fillStarter(readStarter(answers.starter, answers.language), answers, options.id);
  const folder = options.folder ?? '';
  const [blueprintPath = '', configPath = '', ciPath = ''] = targetPaths(options.id, options.ci, folder);
  const files: PlannedFile[] = [
    {
      path: blueprintPath,
      content: `# yaml-language-server: $schema=${schemaReference(options.dir, 'blueprint.schema.json', options.version)}\n${blueprint}`,
    },
    {
      path: configPath,
      content: fill(readTemplate('blueprintrc.yaml'), {
        schema: schemaReference(options.dir, 'blueprintrc.schema.json', options.version),
      }),
    },
  ];
  if (options.ci)
    files.push({
      path: ciPath,
      content: fill(readTemplate(options.ci === 'github' ? 'github-workflow.yml' : 'gitlab-ci.yml'), {
        version: options.version,
        paths: folder === '' ? '' : ` ${shellWord(folder)}`,
      }),
    });
  return files;
}

/**
 * Where editors find the schema: the copy installed in the nearest node_modules/course-blueprint
 * above the target folder, as a path relative to it, so it always matches the installed
 * version; else the address of the file this version publishes (see `publishedFileUrl`).
 */
export function schemaReference(dir: string, schema: string, version: string): string {
  for (let folder = dir; ; folder = dirname(folder)) {
    const installed = join(folder, 'node_modules', PACKAGE_NAME, 'schemas', schema);
    if (existsSync(installed)) return relative(dir, installed).split(sep).join('/');
    if (dirname(folder) === folder) break;
  }
  return publishedFileUrl(`schemas/${schema}`, version);
}

function readTemplate(name: string): string {
  return readFileSync(new URL(`../../templates/init/${name}`, import.meta.url), 'utf8');
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
