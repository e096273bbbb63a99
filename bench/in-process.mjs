// Times `checkFiles` in one thread, in-process, on a folder of blueprints (no start-up, no
// report): the figure to watch when making the per-file work cheaper. With --rounds N, checks
// the folder N times in the same process: the first round runs cold code (V8 still interpreting
// and compiling), the later ones warm code, which shows how much of a run is warming up.
// Run `npm run bench` once first to build and to write the corpus, then:
//   node bench/in-process.mjs bench/.corpus/1000 [--rounds 5]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/in-process.mjs bench/.corpus/1000
import { readdirSync } from 'node:fs';
import { checkFiles } from '../dist/check/files.js';
import { createSettingsResolver } from '../dist/config/resolve.js';

const args = process.argv.slice(2);
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 1;
const dir =
  args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--rounds') ?? 'bench/.corpus/1000';
const files = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
const settings = createSettingsResolver({ cwd: dir });
for (let round = 1; round <= rounds; round++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let count = 0;
  await checkFiles(files, dir, { threads: 1, settings }, () => count++);
  const used = process.cpuUsage(cpu);
  console.log(
    `${rounds > 1 ? `round ${round}: ` : ''}${count} files in ${Math.round(performance.now() - started)} ms, ` +
      `${Math.round((used.user + used.system) / 1000)} ms of CPU (one thread, in-process)`,
  );
}
