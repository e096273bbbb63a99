import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

describe('the bundled executable loads packages a run needs, and no other', () => {
  const root = join(src, '..');
  /**
   * The packages (folders under node_modules) and Node's own modules (`node:worker_threads`)
   * that running the executable with `argv` loaded.
   */
  function packagesLoaded(argv: string[]): Set<string> {
    const probe = join(mkdtempSync(join(tmpdir(), 'blueprint-probe-')), 'probe.cjs');
    writeFileSync(
      probe,
      "process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify([...Object.keys(require.cache), ...process.moduleLoadList])));\n",
    );
    const result = spawnSync(
      process.execPath,
      ['--require', probe, join(root, 'bin', 'blueprint.js'), ...argv],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    const loaded = JSON.parse(result.stderr.split('\nLOADED ').at(-1) ?? '[]') as string[];
    const packageOf = (file: string) => /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file)?.[1];
    const builtinOf = (entry: string) => /^NativeModule ([a-z_]+)$/.exec(entry)?.[1];
    return new Set(
      loaded.flatMap((entry) => {
        const builtin = builtinOf(entry);
        return packageOf(entry) ?? (builtin === undefined ? [] : `node:${builtin}`);
      }),
    );
  }

  it('checking a named file loads neither ignore (no folder walked) nor fastest-levenshtein (nothing to suggest)', () => {
    const loaded = packagesLoaded(['check', 'examples/feedback-workshop.blueprint.yaml']);
    expect(loaded.has('ajv-formats')).toBe(true); // the validators': the probe sees packages
    expect(loaded.has('commander')).toBe(false); // in the bundle, with its code cache
    expect(loaded.has('ignore')).toBe(false);
    expect(loaded.has('fastest-levenshtein')).toBe(false);
    // Node's own: workers start from 5,000 files, crypto names the temporary files of reports.
    expect(loaded.has('node:fs')).toBe(true);
    expect(loaded.has('node:worker_threads')).toBe(false);
    expect(loaded.has('node:crypto')).toBe(false);
  });

  it('render loads liquidjs; check does not', () => {
    const example = 'examples/feedback-workshop.blueprint.yaml';
    expect(packagesLoaded(['check', example]).has('liquidjs')).toBe(false);
    expect(packagesLoaded(['render', example]).has('liquidjs')).toBe(true);
  });

  it('walking a folder of a repository with a .gitignore loads ignore; a misspelt key, fastest-levenshtein', () => {
    expect(packagesLoaded(['check', 'examples']).has('ignore')).toBe(true);
    const misspelt = join(mkdtempSync(join(tmpdir(), 'blueprint-typo-')), 'typo.blueprint.yaml');
    const example = readFileSync(join(root, 'examples', 'feedback-workshop.blueprint.yaml'), 'utf8');
    writeFileSync(misspelt, example.replace(/^title:/m, 'titel:'));
    expect(packagesLoaded(['check', misspelt]).has('fastest-levenshtein')).toBe(true);
  });
});
