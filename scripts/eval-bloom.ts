// Measures how well the objective rules read Bloom levels from statements, as docs/bloom.md
// describes: for each labelled statement, the admissible set is the set of levels at which
// `objective-verb-level-mismatch` stays silent (empty when `objective-missing-verb` says no verb is
// recognised), obtained through `checkBlueprint`, the code path `blueprint check` uses. Prints
// per-level F1, their mean and the share of statements with a recognised verb, per language.
//
//   npm run eval:bloom                       # test/bloom/dev-en.yaml and dev-fr.yaml
//   npm run eval:bloom -- FILE… [--misses]   # other labelled sets; --misses lists disagreements
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkBlueprint } from '../src/check/blueprint.js';
import { BLOOM_LEVELS, type BloomLevel } from '../src/model/bloom.js';

interface LabelledSet {
  language: 'en' | 'fr';
  statements: { text: string; levels: string[] }[];
}

const LEVEL_NAMES: Record<string, BloomLevel> = {
  ...Object.fromEntries(BLOOM_LEVELS.map((level) => [level, level])),
  analyse: 'analyze',
  'se souvenir': 'remember',
  comprendre: 'understand',
  appliquer: 'apply',
  analyser: 'analyze',
  évaluer: 'evaluate',
  evaluer: 'evaluate',
  créer: 'create',
  creer: 'create',
};

/**
 * Reads a labelled set, tolerant of its shape: `{ language, statements }` or a bare list; each
 * item `text` or `statement`, with `levels`, `labels`, `level` or `bloom` (one or several, in
 * English or French); a language per item, per file, or from the file name (`…fr…`).
 */
function readSets(file: string): LabelledSet[] {
  const raw = parse(readFileSync(file, 'utf8')) as unknown;
  const root = (Array.isArray(raw) ? { statements: raw } : raw) as Record<string, unknown>;
  const items = (root.statements ?? root.items ?? root.objectives ?? []) as Record<string, unknown>[];
  const fileLanguage = root.language ?? (/(^|[^a-z])fr([^a-z]|$)/i.test(file) ? 'fr' : 'en');
  const byLanguage = new Map<'en' | 'fr', LabelledSet>();
  for (const item of items) {
    const language = (item.language ?? item.lang ?? fileLanguage) === 'fr' ? 'fr' : 'en';
    const labels = item.levels ?? item.labels ?? item.level ?? item.bloom ?? [];
    const levels = (Array.isArray(labels) ? labels : [labels]).map((label) => {
      const level = LEVEL_NAMES[String(label).trim().toLowerCase()];
      if (!level) throw new Error(`${file}: unknown level ${JSON.stringify(label)}`);
      return level;
    });
    const set = byLanguage.get(language) ?? { language, statements: [] };
    const text = String(item.text ?? item.statement ?? '').trim();
    set.statements.push({ text: text || '-', levels });
    byLanguage.set(language, set);
  }
  return [...byLanguage.values()];
}

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const files = args.filter((arg) => !arg.startsWith('--'));
if (files.length === 0) files.push('test/bloom/dev-en.yaml', 'test/bloom/dev-fr.yaml');

const severities = { 'objective-verb-level-mismatch': 'warn', 'objective-missing-verb': 'warn' } as const;

function blueprintFor(set: LabelledSet, bloom: BloomLevel): string {
  const objectives = set.statements.map((item, index) => ({
    id: `O${index + 1}`,
    statement: item.text,
    bloom,
  }));
  return JSON.stringify({
    blueprint: 1,
    id: 'eval',
    title: 'Bloom evaluation',
    language: set.language,
    audience: { description: 'Evaluation', level: 'beginner' },
    constraints: { duration: '1h', modality: 'in-person' },
    objectives,
    modules: [
      { id: 'M1', title: 'All', duration: '1h', objectives: objectives.map((objective) => objective.id) },
    ],
  });
}

function evaluate(file: string, set: LabelledSet): void {
  const count = set.statements.length;
  const admissible: Set<BloomLevel>[] = set.statements.map(() => new Set(BLOOM_LEVELS));
  const recognised: boolean[] = set.statements.map(() => true);
  for (const level of BLOOM_LEVELS) {
    const result = checkBlueprint(blueprintFor(set, level), { file, severities });
    const other = result.findings.filter(
      (finding) => !['objective-verb-level-mismatch', 'objective-missing-verb'].includes(finding.rule),
    );
    if (other.length > 0) throw new Error(`${file}: unexpected finding ${JSON.stringify(other[0])}`);
    for (const finding of result.findings) {
      const index = Number(/^\/objectives\/(\d+)\//.exec(finding.path)?.[1]);
      if (finding.rule === 'objective-missing-verb') recognised[index] = false;
      else admissible[index]?.delete(level);
    }
  }
  const rows: string[] = [];
  let sum = 0;
  let scored = 0;
  for (const level of BLOOM_LEVELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    set.statements.forEach((item, index) => {
      const labelled = item.levels.includes(level);
      const predicted = recognised[index] === true && admissible[index]?.has(level) === true;
      if (labelled && predicted) tp++;
      else if (predicted) fp++;
      else if (labelled) fn++;
    });
    if (tp + fp + fn === 0) {
      rows.push(
        `  ${level.padEnd(11)} F1 n/a    (no statement labelled or admitted at this level; left out of the mean)`,
      );
      continue;
    }
    scored++;
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    sum += f1;
    rows.push(
      `  ${level.padEnd(11)} F1 ${f1.toFixed(3)}  (precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; tp ${tp}, fp ${fp}, fn ${fn})`,
    );
  }
  const recognisedCount = recognised.filter(Boolean).length;
  const everyLevel = admissible.filter(
    (levels, index) => recognised[index] && levels.size === BLOOM_LEVELS.length,
  );
  console.log(`${file} (${set.language}, ${count} statements)`);
  console.log(rows.join('\n'));
  console.log(`  mean per-level F1 ${(scored ? sum / scored : 0).toFixed(3)}`);
  console.log(`  recognised ${recognisedCount}/${count} (${((100 * recognisedCount) / count).toFixed(1)} %)`);
  console.log(
    `  admissible at every level (a verb to avoid, which the mismatch rule leaves alone): ${everyLevel.length}`,
  );
  if (showMisses) {
    set.statements.forEach((item, index) => {
      const got = recognised[index] ? [...(admissible[index] ?? [])] : [];
      const want = item.levels;
      if (got.length !== want.length || got.some((level) => !want.includes(level)))
        console.log(`    [${want.join(',')}] got [${got.join(',')}]  ${item.text}`);
    });
  }
  console.log('');
}

for (const file of files) for (const set of readSets(file)) evaluate(file, set);
