import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const require = createRequire(import.meta.url);
let loaded: typeof Yaml | undefined;

/**
 * The `yaml` package, loaded on first use (it is CommonJS under Node, so a synchronous require is
 * the same module an import would give). Loading it costs tens of milliseconds that a run whose
 * files are all clean never pays: only files with findings need its positions.
 */
export function yamlModule(): typeof Yaml {
  loaded ??= require('yaml') as typeof Yaml;
  return loaded;
}
