import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every module reached from `entry` through static imports (dynamic `import()` and `import type` do not count). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith('/')) return;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^(?:import|export)(?!\s+type\b)[^'";]*?from\s+'([^']+)'/gm)) {
      const target = match[1] ?? '';
      if (target.startsWith('.')) visit(join(dirname(file), target.replace(/\.js$/, '.ts')));
      else seen.add(target);
    }
  };
  visit(entry);
  return seen;
}

describe('prompts are loaded by init alone', () => {
  it('the program and the check command do not import @inquirer/prompts', () => {
    for (const entry of ['cli/program.ts', 'cli/commands/check.ts', 'cli/commands/init.ts', 'index.ts'])
      expect(staticGraph(join(src, entry)).has('@inquirer/prompts'), entry).toBe(false);
  });

  it('the interactive part does', () => {
    expect(staticGraph(join(src, 'cli/ask-init.ts')).has('@inquirer/prompts')).toBe(true);
    expect(staticGraph(join(src, 'cli/program.ts')).has('commander')).toBe(true);
    expect(staticGraph(join(src, 'index.ts')).has('yaml')).toBe(true);
  });
});

describe('check loads heavy packages on first use only', () => {
  it('neither the check command nor its worker thread imports yaml, js-yaml, liquidjs or tinyglobby at start-up', () => {
    // yaml is needed only for files with findings the fast path cannot place, js-yaml only for
    // files the subset parser declines, tinyglobby only for glob patterns; a static import
    // anywhere in the graph would cost every run its loading (~30 ms for yaml, ~8 for js-yaml).
    for (const entry of ['cli/program.ts', 'cli/commands/check.ts', 'check/worker.ts']) {
      const graph = staticGraph(join(src, entry));
      for (const heavy of ['yaml', 'js-yaml', 'liquidjs', 'tinyglobby', '@inquirer/prompts'])
        expect(graph.has(heavy), `${entry} imports ${heavy}`).toBe(false);
    }
  });
});
