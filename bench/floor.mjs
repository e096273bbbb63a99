// The floor: the least any checker must do, in one Node process — read each file, parse it with the
// fastest YAML parser (js-yaml) and validate it with the generated standalone validator. No
// positions, no messages, no rules, no report.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { load } from 'js-yaml';

const require = createRequire(import.meta.url);
const { validateBlueprint } = require('../dist/schema/generated/validators.cjs');

const files = [];
for (const path of process.argv.slice(2)) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort())
      if (/\.blueprint\.ya?ml$/.test(name)) files.push(join(path, name));
  } else files.push(path);
}
let invalid = 0;
for (const file of files) {
  let data;
  try {
    data = load(readFileSync(file, 'utf8'));
  } catch {
    invalid++;
    continue;
  }
  if (!validateBlueprint(data)) invalid++;
}
process.stdout.write(`${files.length} files, ${invalid} invalid\n`);
