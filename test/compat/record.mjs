// Records how the built `blueprint check` reads every example and fixture written for format 1,
// so that test/compat/format-1.test.ts can prove a later build reads them exactly the same.
// Run once, with a build of the commit before the format 1.1 keys (9cb77e6, main when recorded: the wording and documents work, not the format 1.1 keys):
//   git archive 9cb77e6 | tar -x -C /tmp/main && (cd /tmp/main && npm ci && npm run build)
//   node /tmp/main/test/compat/record.mjs   (this script copied there), then copy format-1.json back
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const walk = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const files = [...walk('examples'), ...walk('test/fixtures')]
  .filter((path) => /\.blueprint\.ya?ml$/.test(path))
  .map((path) => relative('.', path).split('\\').join('/'))
  .sort();
const runs = [];
for (const file of files) {
  for (const args of [
    ['--format', 'stylish'],
    ['--format', 'json'],
    ['--preset', 'qualiopi', '--format', 'json'],
  ]) {
    const argv = ['check', file, '--no-color', ...args];
    let stdout;
    let code = 0;
    try {
      stdout = execFileSync(process.execPath, [join(root, 'bin/blueprint.js'), ...argv], {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
    } catch (error) {
      stdout = error.stdout;
      code = error.status;
    }
    // Stylish output is kept whole (it is short and a diff reads well), JSON as a hash; under the
    // qualiopi preset also each finding, since programme-incomplete asks for more since format 1.1.
    const sha256 = createHash('sha256').update(stdout).digest('hex');
    if (!args.includes('json')) runs.push({ argv, code, stdout });
    else if (!args.includes('qualiopi')) runs.push({ argv, code, sha256 });
    else {
      const findings = JSON.parse(stdout).flatMap((result) =>
        result.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`),
      );
      runs.push({ argv, code, sha256, findings });
    }
  }
}
writeFileSync(join(root, 'test/compat/format-1.json'), `${JSON.stringify(runs, null, 1)}\n`);
console.log(`recorded ${runs.length} runs over ${files.length} files`);
