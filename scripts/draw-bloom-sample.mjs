// Draws the labelled evaluation sample of real objectives from ../shared/data/objectives/ by a
// seeded shuffle, so the draw is reproducible and was fixed before anyone looked at the reader's
// output on it. Writes the unlabelled statements (with source and licence) to the two sample
// files; labels are added by hand afterwards (docs/objective-wording.md says how).
//
//   node scripts/draw-bloom-sample.mjs [--seed N] [--data DIR]
//
// The same draw, continued, gives a second, smaller sample (holdout-*.yaml: 150 English, 75
// French), disjoint from the first, labelled after the reader was tuned on the first and never
// used to tune it: the check that the tuning carries over to statements it has not seen.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const seed = Number(option('--seed', '20261203'));
const data = option('--data', '../shared/data/objectives');

// mulberry32: a small seeded generator, enough for a reproducible draw.
function generator(state) {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function draw(file, counts, random) {
  const rows = readFileSync(join(data, file), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [statement, source, licence] = line.split('\t');
      return { statement, source, licence };
    });
  // Fisher–Yates on indices, then the first `count`, kept in the file's order.
  const order = rows.map((_, index) => index);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const samples = [];
  let from = 0;
  for (const count of counts) {
    samples.push(
      order
        .slice(from, from + count)
        .sort((a, b) => a - b)
        .map((index) => rows[index]),
    );
    from += count;
  }
  return samples;
}

const quote = (text) => JSON.stringify(text);

function write(out, language, licence, header, rows) {
  const lines = [
    ...header.map((line) => `# ${line}`.trimEnd()),
    `language: ${language}`,
    `seed: ${seed}`,
    `licence: ${licence}`,
    'statements:',
  ];
  for (const row of rows) {
    lines.push(`  - text: ${quote(row.statement)}`);
    lines.push(`    source: ${quote(row.source)}`);
    lines.push('    levels: []');
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
}

const random = generator(seed);
const [en, enHoldout] = draw('objectives-en.tsv', [300, 150], random);
const [fr, frHoldout] = draw('objectives-fr.tsv', [150, 75], random);
write(
  'test/bloom/real-en.yaml',
  'en',
  'CC-BY-4.0',
  [
    `Real objectives, English: 300 drawn by scripts/draw-bloom-sample.mjs (seed ${seed}) from the`,
    'objectives in ../shared/data/objectives/objectives-en.tsv, verbatim, then labelled by hand.',
    'Statements: CC-BY-4.0, by their authors (The Carpentries, CodeRefinery, Galaxy Training',
    'Network, OpenStax); `source` names the repository and file of each one. See',
    'test/bloom/ATTRIBUTION.md.',
  ],
  en,
);
write(
  'test/bloom/real-fr.yaml',
  'fr',
  'CC-BY-SA-4.0',
  [
    `Objectifs réels, français : 150 tirés par scripts/draw-bloom-sample.mjs (graine ${seed})`,
    'parmi ../shared/data/objectives/objectives-fr.tsv, tels quels, puis étiquetés à la main.',
    'This file is licensed CC-BY-SA-4.0 (share-alike applies to this file only), by the authors',
    'of the HEIG-VD courses and of the DU-Bii; `source` names the repository and file of each',
    'statement. See test/bloom/ATTRIBUTION.md.',
  ],
  fr,
);
write(
  'test/bloom/holdout-en.yaml',
  'en',
  'CC-BY-4.0',
  [
    `Held-out real objectives, English: 150 more from the same draw (seed ${seed}), disjoint from`,
    'real-en.yaml, labelled by hand after the reader was tuned and never used to tune it.',
    'Statements: CC-BY-4.0, by their authors; `source` names the repository and file of each one.',
    'See test/bloom/ATTRIBUTION.md.',
  ],
  enHoldout,
);
write(
  'test/bloom/holdout-fr.yaml',
  'fr',
  'CC-BY-SA-4.0',
  [
    `Objectifs réels réservés, français : 75 de plus du même tirage (graine ${seed}), disjoints de`,
    'real-fr.yaml, étiquetés après le réglage du lecteur et jamais utilisés pour le régler.',
    'This file is licensed CC-BY-SA-4.0 (share-alike applies to this file only); `source` names',
    'the repository and file of each statement. See test/bloom/ATTRIBUTION.md.',
  ],
  frHoldout,
);
console.log(
  `drew ${en.length} + ${enHoldout.length} English and ${fr.length} + ${frHoldout.length} French statements with seed ${seed}`,
);
