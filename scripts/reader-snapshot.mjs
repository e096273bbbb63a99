// Writes how a build's objective reader reads many statements, so that two builds can be
// compared byte for byte when the reader changes but its readings must not:
//   node scripts/reader-snapshot.mjs dist /tmp/after.json
//   node scripts/reader-snapshot.mjs /path/to/other/checkout/dist /tmp/before.json
//   cmp /tmp/before.json /tmp/after.json
// The statements: every `statement:`/`text:` line of the YAML files under test/, examples/,
// templates/ and bench/.corpus/1000 (run `npm run bench` once to write it), and every verb of
// each lexicon behind several stems and followed by several kinds of object.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';

const [distArg, output] = process.argv.slice(2);
if (!distArg || !output) {
  console.error('usage: node scripts/reader-snapshot.mjs DIST_DIR OUTPUT.json');
  process.exit(2);
}
const dist = pathToFileURL(resolve(distArg)).href;
const { loadLexicon } = await import(`${dist}/lexicon/lexicon.js`);
const { readStatement } = await import(`${dist}/lexicon/reader.js`);

const root = new URL('..', import.meta.url).pathname;
const statements = { en: new Set(), fr: new Set() };
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || path === join(root, 'test/corpus')) continue;
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.ya?ml$/.test(name)) scan(path);
  }
}
function scan(path) {
  const text = readFileSync(path, 'utf8');
  const french = /language:\s*fr/.test(text.slice(0, 2000)) || /[-.]fr\.ya?ml$/.test(path);
  for (const match of text.matchAll(/^\s*-?\s*(?:statement|text):\s*(.+)$/gm)) {
    let statement = match[1].trim();
    if (/^["']/.test(statement)) {
      try {
        statement = load(statement);
      } catch {
        continue;
      }
    }
    if (typeof statement === 'string') statements[french ? 'fr' : 'en'].add(statement);
  }
}
for (const dir of ['test', 'examples', 'templates', 'bench/.corpus/1000']) {
  try {
    walk(join(root, dir));
  } catch {
    // A folder that is not there (the bench corpus before `npm run bench`): said, since two
    // snapshots of different statements differ whatever the readers do.
    console.error(`reader-snapshot: ${dir} is not in ${root}: its statements are left out`);
  }
}
const shapes = {
  en: {
    stems: [
      '',
      'Learners will be able to ',
      'By the end, participants should ',
      'Critically ',
      'At the end of the session, delegates will: ',
    ],
    tails: [
      ' the main risks',
      ' and explain the results',
      ', compare and evaluate options',
      ' data that is relevant',
      's a report',
    ],
  },
  fr: {
    stems: ['', "À l'issue de la formation, le stagiaire sera capable de ", 'Savoir ', 'Être capable de '],
    tails: [
      ' les risques principaux',
      ' et expliquer les résultats',
      ', comparer puis évaluer les options',
      " l'ensemble des données",
      'ant un rapport',
    ],
  },
};
const readings = {};
for (const language of ['en', 'fr']) {
  const lexicon = loadLexicon(language);
  const { stems, tails } = shapes[language];
  [...Object.keys(lexicon.data.verbs), ...Object.keys(lexicon.data.avoid)].forEach((verb, index) => {
    for (const stem of stems) statements[language].add(stem + verb + tails[index % tails.length]);
  });
  readings[language] = [...statements[language]].map((statement) => [
    statement,
    readStatement(statement, lexicon),
  ]);
}
writeFileSync(output, JSON.stringify(readings));
console.log(`${readings.en.length} English and ${readings.fr.length} French statements read into ${output}`);
