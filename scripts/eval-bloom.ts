// Measures how well the objective rules read real statements, as docs/bloom.md and
// docs/objective-wording.md describe. Every figure comes from `checkBlueprint`, the code path
// `blueprint check` uses: each labelled statement is declared at each of the six levels in turn,
// and the findings of the wording rules are compared with the labels.
//
//   npm run eval:bloom                         # the real samples and the development sets
//   npm run eval:bloom -- FILE… [--misses]     # other labelled sets; --misses lists disagreements
//   npm run eval:bloom -- --coverage [DIR]     # coverage on every statement of ../shared/data/objectives/
//
// Labelled files are YAML: `{ language, statements: [{ text, levels, unmeasurable?, multiple?,
// kind? }] }` (test/bloom/LABELLING.md says what each label means); the precision of the other
// wording rules is shown for sets with a `seed` (drawn and fully labelled, as the real samples are).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkBlueprint } from '../src/check/blueprint.js';
import { loadLexicon } from '../src/lexicon/lexicon.js';
import { readStatement } from '../src/lexicon/reader.js';
import { BLOOM_LEVELS, type BloomLevel } from '../src/model/bloom.js';

type Language = 'en' | 'fr';
interface Labelled {
  text: string;
  levels: BloomLevel[];
  unmeasurable: boolean;
  multiple: boolean;
  kind: string;
}
interface LabelledSet {
  language: Language;
  statements: Labelled[];
  /** Whether the set labels `unmeasurable`, `multiple` and `kind` (the older dev sets label levels only). */
  fullyLabelled: boolean;
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

/** The wording rules, and the label each one's finding is judged by. */
const WORDING_RULES: Record<string, (item: Labelled, declared: BloomLevel) => boolean> = {
  'objective-verb-level-mismatch': (item, declared) =>
    item.levels.length > 0 && !item.levels.includes(declared),
  'objective-unmeasurable-verb': (item) => item.unmeasurable,
  'objective-multiple-verbs': (item) => item.multiple,
  'objective-missing-verb': (item) => item.kind === 'topic',
  'objective-teacher-centred': (item) => item.kind === 'teacher',
  'objective-activity-as-outcome': (item) => item.kind === 'activity',
};
const severities = Object.fromEntries(Object.keys(WORDING_RULES).map((rule) => [rule, 'warn'] as const));

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
  const byLanguage = new Map<Language, LabelledSet>();
  for (const item of items) {
    const language = (item.language ?? item.lang ?? fileLanguage) === 'fr' ? 'fr' : 'en';
    const labels = item.levels ?? item.labels ?? item.level ?? item.bloom ?? [];
    const levels = (Array.isArray(labels) ? labels : [labels]).map((label) => {
      const level = LEVEL_NAMES[String(label).trim().toLowerCase()];
      if (!level) throw new Error(`${file}: unknown level ${JSON.stringify(label)}`);
      return level;
    });
    const set = byLanguage.get(language) ?? { language, statements: [], fullyLabelled: 'seed' in root };
    const text = String(item.text ?? item.statement ?? '').trim();
    set.statements.push({
      text: text || '-',
      levels,
      unmeasurable: item.unmeasurable === true,
      multiple: item.multiple === true,
      kind: typeof item.kind === 'string' ? item.kind : 'outcome',
    });
    byLanguage.set(language, set);
  }
  return [...byLanguage.values()];
}

function blueprintFor(language: Language, texts: readonly string[], bloom: BloomLevel): string {
  const objectives = texts.map((text, index) => ({ id: `O${index + 1}`, statement: text, bloom }));
  return JSON.stringify({
    blueprint: 1,
    id: 'eval',
    title: 'Bloom evaluation',
    language,
    audience: { description: 'Evaluation', level: 'beginner' },
    constraints: { duration: '1h', modality: 'in-person' },
    objectives,
    modules: [{ id: 'M1', title: 'All', duration: '1h', objectives: objectives.map((item) => item.id) }],
  });
}

/** The wording findings of each statement, per declared level: `fired[level][index]` = rule ids. */
function findingsByLevel(language: Language, texts: readonly string[], file: string) {
  const fired = new Map<BloomLevel, Set<string>[]>();
  for (const level of BLOOM_LEVELS) {
    const result = checkBlueprint(blueprintFor(language, texts, level), { file, severities });
    const rows = texts.map(() => new Set<string>());
    for (const finding of result.findings) {
      if (!(finding.rule in WORDING_RULES))
        throw new Error(`${file}: unexpected finding ${JSON.stringify(finding)}`);
      const index = Number(/^\/objectives\/(\d+)\//.exec(finding.path)?.[1]);
      rows[index]?.add(finding.rule);
    }
    fired.set(level, rows);
  }
  return fired;
}

const percent = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} % (${part}/${whole})`;
const rank = (level: BloomLevel) => BLOOM_LEVELS.indexOf(level);

function evaluate(file: string, set: LabelledSet, showMisses: boolean): void {
  const { statements } = set;
  const fired = findingsByLevel(
    set.language,
    statements.map((item) => item.text),
    file,
  );
  const at = (level: BloomLevel, index: number) => fired.get(level)?.[index] ?? new Set<string>();
  // The admissible set: where the mismatch rule is silent, for statements with a level found.
  const found = levelFound(
    set.language,
    statements.map((item) => item.text),
  );
  const admissible = statements.map((_, index) =>
    found[index]
      ? BLOOM_LEVELS.filter((level) => !at(level, index).has('objective-verb-level-mismatch'))
      : [],
  );

  let alarms = 0;
  let atHuman = 0;
  let caught = 0;
  let farOff = 0;
  statements.forEach((item, index) => {
    for (const level of BLOOM_LEVELS) {
      const mismatch = at(level, index).has('objective-verb-level-mismatch');
      if (item.levels.includes(level)) {
        atHuman++;
        if (mismatch) alarms++;
      } else if (
        item.levels.length > 0 &&
        item.levels.every((good) => Math.abs(rank(good) - rank(level)) >= 2)
      ) {
        farOff++;
        if (mismatch) caught++;
      }
    }
  });
  const rows = [`${file} (${set.language}, ${statements.length} statements)`];
  rows.push(`  false alarms at an accepted level   ${percent(alarms, atHuman)}`);
  rows.push(`  detection, two or more levels off   ${percent(caught, farOff)}`);
  rows.push(
    `  coverage (a verb and a level found)  ${percent(found.filter(Boolean).length, statements.length)}`,
  );
  rows.push('  precision of each wording rule, declared at each of the six levels:');
  for (const [rule, agrees] of Object.entries(WORDING_RULES)) {
    if (!set.fullyLabelled && rule !== 'objective-verb-level-mismatch') continue;
    let raised = 0;
    let right = 0;
    statements.forEach((item, index) => {
      for (const level of BLOOM_LEVELS) {
        if (!at(level, index).has(rule)) continue;
        raised++;
        if (agrees(item, level)) right++;
      }
    });
    let truths = 0;
    let kept = 0;
    statements.forEach((item, index) => {
      for (const level of BLOOM_LEVELS) {
        if (!agrees(item, level)) continue;
        truths++;
        if (at(level, index).has(rule)) kept++;
      }
    });
    rows.push(`    ${rule.padEnd(32)} precision ${percent(right, raised)}, recall ${percent(kept, truths)}`);
  }
  rows.push(`  mean per-level F1 of the admissible sets ${meanF1(statements, admissible).toFixed(3)}`);
  console.log(rows.join('\n'));
  if (showMisses) {
    statements.forEach((item, index) => {
      const got = admissible[index] ?? [];
      const want = item.levels;
      const alarm = want.some((level) => !got.includes(level)) && got.length > 0;
      const missed = want.length > 0 && got.length === 0;
      if (alarm || missed) console.log(`    [${want.join(',')}] got [${got.join(',')}]  ${item.text}`);
    });
  }
  console.log('');
}

/** Per-level F1 of the admissible sets against the labels, averaged (for comparison with published classifiers). */
function meanF1(statements: readonly Labelled[], admissible: readonly BloomLevel[][]): number {
  let sum = 0;
  let scored = 0;
  for (const level of BLOOM_LEVELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    statements.forEach((item, index) => {
      const labelled = item.levels.includes(level);
      const predicted = admissible[index]?.includes(level) === true;
      if (labelled && predicted) tp++;
      else if (predicted) fp++;
      else if (labelled) fn++;
    });
    if (tp + fp + fn === 0) continue;
    scored++;
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return scored ? sum / scored : 0;
}

/**
 * Coverage: whether the reader finds a level in each statement (from a measurable verb, a verb to
 * avoid, a phrase or a nominal form), as the objective rules read it.
 */
function levelFound(language: Language, texts: readonly string[]): boolean[] {
  const lexicon = loadLexicon(language);
  return texts.map((text) => readStatement(text, lexicon).levels.length > 0);
}

/** Coverage on every statement of the shared data, with the most frequent first words of the misses. */
function coverage(directory: string): void {
  for (const language of ['en', 'fr'] as const) {
    const file = join(directory, `objectives-${language}.tsv`);
    const texts = readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .filter((line) => line.trim() !== '')
      .map((line) => line.split('\t')[0] ?? '');
    const found = levelFound(language, texts);
    const misses = texts.filter((_, index) => !found[index]);
    const words = new Map<string, number>();
    for (const text of misses) {
      const word = text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
      words.set(word, (words.get(word) ?? 0) + 1);
    }
    const top = [...words].sort((a, b) => b[1] - a[1]).slice(0, 25);
    console.log(`${file} (${language}, ${texts.length} statements)`);
    console.log(
      `  coverage (a verb and a level found)  ${percent(texts.length - misses.length, texts.length)}`,
    );
    console.log(
      `  most frequent first words of the rest: ${top.map(([word, n]) => `${word} ${n}`).join(', ')}`,
    );
    if (process.argv.includes('--misses')) for (const text of misses) console.log(`    ${text}`);
    console.log('');
  }
}

const args = process.argv.slice(2);
if (args.includes('--coverage')) {
  const directory = args.find((arg) => !arg.startsWith('--')) ?? '../shared/data/objectives';
  coverage(directory);
} else {
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (files.length === 0)
    files.push(
      'test/bloom/real-en.yaml',
      'test/bloom/real-fr.yaml',
      'test/bloom/dev-en.yaml',
      'test/bloom/dev-fr.yaml',
    );
  for (const file of files) for (const set of readSets(file)) evaluate(file, set, args.includes('--misses'));
}
