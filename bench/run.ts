// `npm run bench`: times `blueprint check` against ajv-cli (same schema, same files), a floor (one
// process that only reads, parses and validates) and `node -e 0`, interleaved, as medians over
// several rounds; peak memory from /usr/bin/time -v when present, else from the child itself.
// Usage: tsx bench/run.ts [--rounds N] [--quick] [--real-only] [--baseline [NAME=]DIR]...
//   --quick skips the 10,000-file corpus; --baseline DIR also times DIR/bin/blueprint.js (another
//   build of the project, such as main before a change) on 1 and 1,000 files of each corpus, in the
//   same rounds; give it several times to compare several builds (NAME labels the rows).
//   Two corpora: the generated one (bench/corpus.ts, ~3.5 KB clean files) and the real-shaped one
//   (bench/real-corpus.ts, ~14 KB files with ~26 findings each); --real-only times the second only.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpus.js';
import { ensureRealCorpus } from './real-corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1] || 5) || 5;
const quick = args.includes('--quick');
const realOnly = args.includes('--real-only');
/** The builds to time beside this one: `--baseline [NAME=]DIR`, as often as given. */
const baselines = args.flatMap((arg, index) => {
  const value = arg === '--baseline' ? args[index + 1] : undefined;
  if (value === undefined) return [];
  const named = /^([^=/]+)=(.+)$/.exec(value);
  return [
    {
      name: named ? (named[1] as string) : 'baseline',
      bin: join(named ? (named[2] as string) : value, 'bin/blueprint.js'),
    },
  ];
});
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

if (!existsSync(join(root, 'dist/bin/blueprint.cjs'))) {
  console.error('bench: dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const rel = (path: string) => relative(root, path) || '.';
const corpus1k = rel(ensureCorpus(join(root, 'bench/.corpus/1000'), 1000));
const corpusReal = rel(ensureRealCorpus(join(root, 'bench/.corpus/real-1000'), 1000));
const corpus10k =
  quick || realOnly ? undefined : rel(ensureCorpus(join(root, 'bench/.corpus/10000'), 10_000));
const oneFile = join(corpus1k, 'course-00000.blueprint.yaml');

const bin = 'bin/blueprint.js';
const ajv = 'node_modules/ajv-cli/dist/index.js';
const ajvArgs = ['validate', '--spec=draft7', '-c', 'ajv-formats', '-s', 'schemas/blueprint.schema.json'];

interface Case {
  /** The command, as the table names it. */
  name: string;
  size: string;
  tool: 'check' | 'baseline' | 'ajv-cli' | 'floor' | 'node';
  argv: string[];
  /** Run in every round (true) or every other round (the slow 10,000-file cases). */
  everyRound: boolean;
  times: number[];
  cpu: number[];
  rss: number[];
  exitCodes: Set<number>;
}
const cases: Case[] = [];
const add = (name: string, size: string, tool: Case['tool'], argv: string[], everyRound = true) =>
  cases.push({ name, size, tool, argv, everyRound, times: [], cpu: [], rss: [], exitCodes: new Set() });

if (!realOnly) {
  add('node -e 0', '-', 'node', ['-e', '0']);
  add('blueprint check', '1 file', 'check', [bin, 'check', oneFile]);
  add('ajv-cli validate', '1 file', 'ajv-cli', [ajv, ...ajvArgs, '-d', oneFile]);
  add('floor', '1 file', 'floor', ['bench/floor.mjs', oneFile]);
  add('blueprint check', '1,000', 'check', [bin, 'check', corpus1k]);
  for (const { name, bin: other } of baselines) {
    add(`${name} check`, '1 file', 'baseline', [other, 'check', oneFile]);
    add(`${name} check`, '1,000', 'baseline', [other, 'check', corpus1k]);
  }
  add('ajv-cli validate', '1,000', 'ajv-cli', [ajv, ...ajvArgs, '-d', `${corpus1k}/*.blueprint.yaml`]);
  add('floor', '1,000', 'floor', ['bench/floor.mjs', corpus1k]);
}
// The real-shaped corpus, as a CI job would run it: every finding in JSON.
add('blueprint check', 'real 1,000', 'check', [bin, 'check', '--format', 'json', corpusReal]);
for (const { name, bin: other } of baselines)
  add(`${name} check`, 'real 1,000', 'baseline', [other, 'check', '--format', 'json', corpusReal]);
add('ajv-cli validate', 'real 1,000', 'ajv-cli', [ajv, ...ajvArgs, '-d', `${corpusReal}/*.blueprint.yaml`]);
add('floor', 'real 1,000', 'floor', ['bench/floor.mjs', corpusReal]);
if (corpus10k) {
  add('blueprint check', '10,000', 'check', [bin, 'check', corpus10k], false);
  add('floor', '10,000', 'floor', ['bench/floor.mjs', corpus10k], false);
}

/** Runs one case once: wall time in ms and the child's peak RSS in MB. */
function runOnce(item: Case): void {
  const command = gnuTime ? gnuTime : process.execPath;
  const argv = gnuTime
    ? ['-v', process.execPath, ...item.argv]
    : ['--import', './bench/report-rss.mjs', ...item.argv];
  const env = { ...process.env, NO_COLOR: '1' };
  const start = performance.now();
  const child = spawnSync(command, argv, {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const elapsed = performance.now() - start;
  const stderr = child.stderr.toString();
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  if (user && system) item.cpu.push((Number(user[1]) + Number(system[1])) * 1000);
  item.times.push(elapsed);
  if (rss) item.rss.push(Number(rss[1]) / 1024);
  item.exitCodes.add(child.status ?? -1);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

console.log(
  `load average before: ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`,
);
console.log(
  `bench: ${rounds} rounds (10,000-file cases every other round), interleaved; node ${process.version}, ${availableParallelism()} cores`,
);
for (const item of cases) runOnce(item); // warm the file cache; not counted
for (const item of cases) {
  item.times = [];
  item.cpu = [];
  item.rss = [];
}
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? cases : [...cases].reverse();
  for (const item of order) if (item.everyRound || round % 2 === 0) runOnce(item);
}

const find = (tool: Case['tool'], size: string) =>
  cases.find((item) => item.tool === tool && item.size === size);
const ratio = (a?: Case, b?: Case) => (a && b ? `${(median(a.times) / median(b.times)).toFixed(2)}×` : '');
const cpuRatio = (a?: Case, b?: Case) =>
  a?.cpu.length && b?.cpu.length ? `${(median(a.cpu) / median(b.cpu)).toFixed(2)}×` : '';
const rows = cases.map((item) => [
  item.name,
  item.size,
  median(item.times).toFixed(0),
  Math.min(...item.times).toFixed(0),
  item.cpu.length ? median(item.cpu).toFixed(0) : '?',
  item.rss.length ? Math.max(...item.rss).toFixed(0) : '?',
  item.tool === 'check' || item.tool === 'baseline' ? ratio(item, find('ajv-cli', item.size)) : '',
  item.tool === 'check' || item.tool === 'baseline' ? ratio(item, find('floor', item.size)) : '',
  item.tool === 'check' || item.tool === 'baseline' ? cpuRatio(item, find('floor', item.size)) : '',
  [...item.exitCodes].join(','),
]);
const header = [
  'command',
  'files',
  'median ms',
  'min ms',
  'CPU ms',
  'max RSS MB',
  'vs ajv-cli',
  'vs floor',
  'CPU vs floor',
  'exit',
];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
);
const line = (cells: string[]) =>
  `| ${cells.map((cell, column) => cell.padEnd(widths[column] as number)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));

const check1 = find('check', '1 file');
const check1k = find('check', '1,000');
const check10k = find('check', '10,000');
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
const r = (a?: Case, b?: Case) => (a && b ? median(a.times) / median(b.times) : Number.NaN);
console.log('');
if (check1 && check1k) {
  console.log(
    `goal 1 file  ≤ 1.0× ajv-cli: ${r(check1, find('ajv-cli', '1 file')).toFixed(2)}× ${verdict(r(check1, find('ajv-cli', '1 file')) <= 1)}`,
  );
  console.log(
    `goal 1,000   ≤ 1.0× ajv-cli: ${r(check1k, find('ajv-cli', '1,000')).toFixed(2)}× ${verdict(r(check1k, find('ajv-cli', '1,000')) <= 1)}`,
  );
  console.log(
    `goal 1,000   ≤ 1.5× floor:   ${r(check1k, find('floor', '1,000')).toFixed(2)}× ${verdict(r(check1k, find('floor', '1,000')) <= 1.5)}`,
  );
}
const checkReal = find('check', 'real 1,000');
console.log(
  `goal real 1,000 ≤ 1.5× ajv-cli: ${r(checkReal, find('ajv-cli', 'real 1,000')).toFixed(2)}× ${verdict(r(checkReal, find('ajv-cli', 'real 1,000')) <= 1.5)}`,
);
if (check1 && check1k && check10k) {
  const perFile1k = (median(check1k.times) - median(check1.times)) / 999;
  const perFile10k = (median(check10k.times) - median(check1.times)) / 9999;
  const peak = Math.max(...check10k.rss);
  console.log(
    `goal 10,000 linear: ${perFile1k.toFixed(3)} ms/file at 1,000, ${perFile10k.toFixed(3)} ms/file at 10,000 (${(perFile10k / perFile1k).toFixed(2)}×) ${verdict(perFile10k <= perFile1k * 1.25)}`,
  );
  console.log(`goal 10,000 peak RSS < 300 MB: ${peak.toFixed(0)} MB ${verdict(peak < 300)}`);
}
console.log(
  `load average after: ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`,
);
