import { isAbsolute, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { isLocale, type Locale, localeOfEnv, messages, resolveLocale } from '../i18n/index.js';
import type { IO } from './io.js';

/** The value of an option in `argv` (`--name value` or `--name=value`), before any `--`. */
function optionValue(argv: readonly string[], names: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === '--') break;
    for (const name of names) {
      if (arg === name && index + 1 < argv.length) found = argv[index + 1];
      else if (arg.startsWith(`${name}=`)) found = arg.slice(name.length + 1);
    }
  }
  return found;
}

/**
 * The `--locale` flag, read before commander parses (the help text depends on it): undefined
 * when absent, a UsageError (in the environment's language) when it names no locale.
 */
export function localeFlag(argv: readonly string[], env: IO['env']): Locale | undefined {
  const value = optionValue(argv, ['--locale']);
  if (value === undefined || isLocale(value)) return value;
  throw new UsageError(messages(localeOfEnv(env)).cli.badLocale(value));
}

/**
 * The `locale` of the config that governs the current folder (or of `--config FILE`), if it can
 * be read; a config that cannot be read says nothing here: `check` reports it in full. A config
 * whose text names no `locale` key is not parsed: a large one is not read twice in a run.
 */
async function configLocale(argv: readonly string[], io: IO): Promise<Locale | undefined> {
  try {
    let file = optionValue(argv, ['--config', '-c']);
    if (file === undefined) {
      // Most runs have no config: the loader is imported only once one is found.
      const { createConfigFinder } = await import('../config/discover.js');
      const found = createConfigFinder().find(io.cwd);
      if (found === undefined) return undefined;
      const { CONFIG_KIND, createProjectRoots, linkProblem } = await import('../load/project.js');
      file = isAbsolute(found) ? found : resolve(io.cwd, found);
      if (linkProblem(file, io.cwd, createProjectRoots(io.cwd), CONFIG_KIND)) return undefined;
    }
    const { readInputFile } = await import('../load/files.js');
    const read = readInputFile(file, io.cwd);
    if (read.kind !== 'source') return undefined;
    const text = typeof read.source === 'string' ? read.source : Buffer.from(read.source).toString('utf8');
    if (!/\blocale["']?\s*:/.test(text)) return undefined;
    return (await import('../config/load.js')).loadConfigFile(file, io.cwd).locale;
  } catch {
    return undefined;
  }
}

/**
 * The locale of a run: `--locale`, else the config's `locale`, else `LC_ALL`, `LC_MESSAGES`,
 * `LANG`, else English. The config is read only when the flag does not decide.
 */
export async function runLocale(argv: readonly string[], io: IO): Promise<Locale> {
  const flag = localeFlag(argv, io.env);
  if (flag) return flag;
  return resolveLocale({ config: await configLocale(argv, io), env: io.env });
}
