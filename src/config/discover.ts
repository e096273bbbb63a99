import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The config file names looked for in each folder, in order of preference. */
export const CONFIG_FILE_NAMES: readonly string[] = [
  '.blueprintrc.yaml',
  '.blueprintrc.yml',
  '.blueprintrc.json',
  'blueprint.config.yaml',
];

/** A package.json is a config when it has this key (looked for after CONFIG_FILE_NAMES). */
export const PACKAGE_JSON_KEY = 'blueprint';
/** The largest package.json read while looking for its `blueprint` key. */
const MAX_PACKAGE_JSON_BYTES = 1024 * 1024;

/**
 * Finds the config file that applies to the blueprints of a folder: the first of
 * CONFIG_FILE_NAMES in that folder, or its package.json when that has a `blueprint` key; else
 * the same in its parent, and so on up to the filesystem root.
 */
export interface ConfigFinder {
  /** The absolute path of the config file for blueprints in `folder`, or undefined when there is none. */
  find(folder: string): string | undefined;
}

/** A ConfigFinder that remembers each folder's answer, so a run over many files looks each folder up once. */
export function createConfigFinder(): ConfigFinder {
  const cache = new Map<string, string | undefined>();
  const find = (folder: string): string | undefined => {
    const start = resolve(folder);
    const visited: string[] = [];
    let found: string | undefined;
    let current = start;
    for (;;) {
      if (cache.has(current)) {
        found = cache.get(current);
        break;
      }
      visited.push(current);
      found = configFileIn(current);
      if (found !== undefined) break;
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const folder of visited) cache.set(folder, found);
    return found;
  };
  return { find };
}

/** Finds the config file for one folder, without a cache. */
export function findConfigFile(folder: string): string | undefined {
  return createConfigFinder().find(folder);
}

function configFileIn(folder: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = join(folder, name);
    try {
      // A folder with a config's name is not a config: only a file (or a link to one) counts.
      if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
    } catch {
      // A folder that cannot be searched (no permission) holds no config we can use.
    }
  }
  const manifest = join(folder, 'package.json');
  return hasBlueprintKey(manifest) ? manifest : undefined;
}

/**
 * Whether a package.json holds a `blueprint` key. One that is not a file, too large or not JSON
 * is not ours to judge (npm will say): it is simply no config.
 */
function hasBlueprintKey(path: string): boolean {
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats?.isFile() || stats.size > MAX_PACKAGE_JSON_BYTES) return false;
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof data === 'object' && data !== null && Object.hasOwn(data, PACKAGE_JSON_KEY);
  } catch {
    return false;
  }
}
