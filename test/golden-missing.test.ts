// A missing golden or snapshot file fails the test run everywhere (not only under CI), and is
// written only by the explicit update script (`npm run test:golden:update`, vitest -u). Checked by
// running vitest itself, with this project's config, on a test whose golden file does not exist.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../', import.meta.url));
// Inside the repo, so that vitest and its dependencies resolve; removed afterwards.
const root = mkdtempSync(join(repo, '.golden-missing-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

mkdirSync(join(root, 'test', 'setup'), { recursive: true });
writeFileSync(join(root, 'test', 'setup', 'fast-check.ts'), '');
writeFileSync(
  join(root, 'test', 'x.test.ts'),
  "import { expect, it } from 'vitest';\nit('renders', async () => { await expect('text').toMatchFileSnapshot('./golden/x.md'); });\n",
);
const golden = join(root, 'test', 'golden', 'x.md');

/** Runs vitest on the temporary project with this repo's config, outside CI. */
function vitest(...extra: string[]) {
  const env = { ...process.env, CI: '', GITHUB_ACTIONS: '', CONTINUOUS_INTEGRATION: '', UPDATE_SNAPSHOT: '' };
  const bin = join(repo, 'node_modules', 'vitest', 'vitest.mjs');
  const args = [bin, 'run', '--root', root, '--config', join(repo, 'vitest.config.ts'), ...extra];
  return spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
}

describe('a missing golden file', () => {
  it('fails the run outside CI and is not written', () => {
    const run = vitest();
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(existsSync(golden)).toBe(false);
  });

  it('is written by an update run (-u), which then passes', () => {
    const run = vitest('-u');
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(existsSync(golden)).toBe(true);
  });
});
