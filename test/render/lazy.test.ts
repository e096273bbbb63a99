import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repo, 'bin/blueprint.js');
const dir = mkdtempSync(join(tmpdir(), 'blueprint-lazy-'));
// A module hook that says on standard error whenever something imports liquidjs.
writeFileSync(
  join(dir, 'hooks.mjs'),
  "export async function resolve(specifier, context, next) {\n  if (specifier === 'liquidjs') process.stderr.write('IMPORTED liquidjs\\n');\n  return next(specifier, context);\n}\n",
);
writeFileSync(
  join(dir, 'register.mjs'),
  `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`,
);
const runBin = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), bin, ...args], {
    cwd: repo,
    encoding: 'utf8',
  });

describe('LiquidJS is loaded by render only', () => {
  it('is not imported by check', () => {
    const result = runBin('check', 'examples/feedback-workshop.blueprint.yaml');
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('IMPORTED liquidjs');
  });

  it('is imported by render', () => {
    const result = runBin('render', 'examples/feedback-workshop.blueprint.yaml');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('IMPORTED liquidjs');
  });
});
