// Times `checkFiles` in one thread, in-process, on a folder of blueprints (no start-up, no
// report): the figure to watch when making the per-file work cheaper. Run `npm run bench` once
// first to build and to write the corpus, then:
//   node bench/in-process.mjs bench/.corpus/1000
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/in-process.mjs bench/.corpus/1000
import { readdirSync } from 'node:fs';
import { checkFiles } from '../dist/check-files.js';
import { createSettingsResolver } from '../dist/config/resolve.js';

const dir = process.argv[2] ?? 'bench/.corpus/1000';
const files = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
const settings = createSettingsResolver({ cwd: dir });
const started = performance.now();
let count = 0;
await checkFiles(files, dir, { threads: 1, settings }, () => count++);
console.log(`${count} files in ${Math.round(performance.now() - started)} ms (one thread, in-process)`);
