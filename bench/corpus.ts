// Generates the benchmark corpus: realistic blueprints (8 objectives, 4 modules of 3 activities,
// 2 assessments, ~3.5 KB each), deterministic from a seed, a few percent of them with findings so
// that the slow path (positions, messages) is exercised too. No file has a YAML syntax error or a
// duplicate key: ajv-cli stops at the first file it cannot parse, which would cut its work short.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when the generator changes, so that cached corpora are regenerated. */
const GENERATOR_VERSION = 3;
/** Share of files with at least one finding (schema errors and rule findings). */
const FINDINGS_RATE = 0.03;

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const topics = [
  'Data visualisation',
  'Project management',
  'Negotiation',
  'SQL for analysts',
  'Public speaking',
  'Workplace safety',
  'Customer support',
  'Budget planning',
  'Agile delivery',
  'Accessible web design',
  'Statistics refresher',
  'Conflict resolution',
  'Technical writing',
  'Cloud fundamentals',
  'Food hygiene',
  'Sales discovery calls',
];
const audiences = [
  'Analysts who build weekly reports in spreadsheets',
  'Team leads who have just taken on a team of five to ten people',
  'Support agents in their first year on the help desk',
  'Engineers moving from on-premise servers to managed services',
  'Volunteers who coordinate local events',
  'Managers preparing yearly budgets with their finance partner',
];
/** Verbs that sit at one Bloom level only, so that generated objectives are clean. */
const verbs: Record<string, string[]> = {
  remember: ['List', 'Name', 'Recall'],
  understand: ['Explain', 'Summarize', 'Paraphrase'],
  apply: ['Use', 'Implement', 'Execute'],
  analyze: ['Differentiate', 'Deconstruct', 'Attribute'],
  evaluate: ['Critique', 'Justify', 'Assess'],
  create: ['Design', 'Compose', 'Construct'],
};
const levels = Object.keys(verbs);
const objects = [
  'a chart that fits a given comparison',
  'the main risks of a plan against its constraints',
  'a short report for a non-specialist reader',
  'the steps of the procedure in the right order',
  'a query that answers a business question',
  'the trade-offs between two proposed options',
  'feedback on a peer’s draft using the checklist',
  'a schedule that meets the stated deadline',
  'the key terms of the glossary',
  'a response to a difficult customer request',
];
const activityTitles = [
  'Worked example',
  'Short lecture',
  'Pair exercise',
  'Group discussion',
  'Case study',
  'Hands-on lab',
  'Peer review',
  'Reading with questions',
  'Role play',
  'Mini-project',
];
/** The activity types of the schema. */
export const activityTypes = [
  'acquisition',
  'discussion',
  'investigation',
  'practice',
  'collaboration',
  'production',
];

/** One blueprint's YAML text; `broken` names the kind of finding to plant, if any. */
export function blueprintText(index: number, seed: number, broken?: number): string {
  const next = random(seed * 1_000_003 + index);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const topic = pick(topics);
  const id = `${topic.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${index}`;
  const lines: string[] = [
    '# yaml-language-server: $schema=../../schemas/blueprint.schema.json',
    'blueprint: 1',
    `id: ${id}`,
    `title: ${topic} — session ${index}`,
    'language: en',
    `version: "2026-${String(1 + (index % 12)).padStart(2, '0')}"`,
    'summary: >-',
    `  A practical course on ${topic.toLowerCase()} for people who need results at work:`,
    '  short inputs, a lot of practice on realistic cases, and a project that brings it together.',
    'audience:',
    `  description: ${pick(audiences)}`,
    `  level: ${pick(['beginner', 'intermediate', 'advanced'])}`,
    `  size: { min: ${4 + Math.floor(next() * 4)}, max: ${10 + Math.floor(next() * 8)} }`,
    '  prerequisites:',
    '    - Basic office software',
    '    - An example from their own work',
    '  accessibility: Materials are screen-reader friendly; ask us about other arrangements.',
    'constraints:',
    '  duration: 14h',
    '  modality: in-person',
    '  hours_per_day: 7',
    '  max_session: 3h30',
    '  resources: [Room with projector, Flip chart, Laptops]',
    'objectives:',
  ];
  const objectiveLevels: string[] = [];
  for (let objective = 1; objective <= 8; objective++) {
    const level = pick(levels);
    objectiveLevels.push(level);
    lines.push(
      `  - id: O${objective}`,
      `    statement: ${pick(verbs[level] as string[])} ${pick(objects)}`,
      `    bloom: ${level}`,
    );
    if (objective > 5) lines.push(`    parent: O${objective - 5}`);
    if (objective % 3 === 0) lines.push('    knowledge: procedural');
  }
  lines.push('modules:');
  // 4 modules of 3h30 (14h), 3 activities each adding up to the module's duration.
  const split = [
    ['1h', '1h30', '1h'],
    ['30min', '2h', '1h'],
    ['1h30', '1h30', '30min'],
    ['45min', '1h45', '1h'],
  ];
  for (let module = 1; module <= 4; module++) {
    const taught = [2 * module - 1, 2 * module].map((n) => `O${n}`);
    lines.push(
      `  - id: M${module}`,
      `    title: ${pick(activityTitles)} and practice, part ${module}`,
      '    duration: 3h30',
      `    objectives: [${taught.join(', ')}]`,
      '    activities:',
    );
    const durations = pick(split);
    for (let activity = 0; activity < 3; activity++) {
      lines.push(
        `      - id: M${module}A${activity + 1}`,
        `        title: ${pick(activityTitles)}`,
        `        type: ${pick(activityTypes)}`,
        `        duration: ${durations[activity]}`,
        `        objectives: [${taught[activity % 2]}]`,
      );
    }
  }
  lines.push(
    'assessments:',
    '  - id: A1',
    '    title: Checkpoint quiz',
    '    kind: formative',
    '    type: quiz',
    '    bloom: understand',
    '    objectives: [O1, O2, O3]',
    '    module: M2',
    '  - id: A2',
    '    title: Final project',
    '    kind: summative',
    '    type: project',
    '    bloom: create',
    `    objectives: [${objectiveLevels.map((_, n) => `O${n + 1}`).join(', ')}]`,
    '    weight: 100',
    '    module: M4',
    '    criteria:',
    '      - The deliverable answers the brief',
    '      - Choices are justified with the principles seen in the course',
    '      - The work is clear to a reader outside the team',
    'x-owner: training-team',
    '',
  );
  let text = lines.join('\n');
  switch (broken) {
    case 0: // a misspelt key: schema, with a did-you-mean
      text = text.replace('    objectives: [O1, O2]\n', '    objectivs: [O1, O2]\n');
      break;
    case 1: // a bare number as a duration: schema
      text = text.replace('  duration: 14h', '  duration: 14');
      break;
    case 2: // a reference to an id that does not exist: a rule finding
      text = text.replace('    parent: O1', '    parent: O10');
      break;
    case 3: // too much time planned: a rule finding
      text = text.replace('  duration: 14h', '  duration: 12h');
      break;
    case 4: // a misspelt enum value: schema, with a did-you-mean
      text = text.replace('kind: formative', 'kind: formativ');
      break;
    default:
      break;
  }
  return text;
}

/** Writes `count` blueprints into `dir` (cached: regenerated only when missing or stale). */
export function ensureCorpus(dir: string, count: number, seed = 2026): string {
  const pickBroken = random(seed);
  return writeCorpus(dir, { GENERATOR_VERSION, count, seed }, count, (index) => {
    const broken = pickBroken() < FINDINGS_RATE ? index % 5 : undefined;
    return [`course-${String(index).padStart(5, '0')}.blueprint.yaml`, blueprintText(index, seed, broken)];
  });
}

/**
 * Writes `count` files made by `make` (name and text, in index order) into `dir`, unless its stamp
 * says it already holds the corpus `stamp` describes.
 */
export function writeCorpus(
  dir: string,
  stamp: object,
  count: number,
  make: (index: number) => [string, string],
): string {
  const stampFile = join(dir, '.stamp');
  const expected = JSON.stringify(stamp);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === expected) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let index = 0; index < count; index++) {
    const [name, text] = make(index);
    writeFileSync(join(dir, name), text);
  }
  writeFileSync(stampFile, expected);
  return dir;
}
