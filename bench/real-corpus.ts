// Generates the real-shaped benchmark corpus: blueprints as people and YAML emitters write them
// (10-15 KB, 40-60 objectives whose statements wrap over several lines as plain and quoted
// scalars, indentless sequences, `x-` notes, comments) with 20-30 findings a file from several
// rules, and every 25th file with an anchor and an alias (a scalar repeated). Deterministic from
// a seed. No YAML syntax error or duplicate key: ajv-cli stops at the first file it cannot parse.
import { activityTypes, random, writeCorpus } from './corpus.js';

/** Bump when the generator changes, so that cached corpora are regenerated. */
const GENERATOR_VERSION = 1;

const topics = [
  'Data analysis with spreadsheets',
  'Leading a small team',
  'Writing for the web',
  'Information security awareness',
  'Clinical documentation',
  'Machine safety on the shop floor',
  'Customer onboarding',
  'Grant writing',
];
/** Verbs at one Bloom level only, so that most objectives are clean. */
const verbs: Record<string, string[]> = {
  remember: ['List', 'Name', 'Recall', 'Identify'],
  understand: ['Explain', 'Summarize', 'Paraphrase', 'Classify'],
  apply: ['Use', 'Implement', 'Execute', 'Calculate'],
  analyze: ['Differentiate', 'Deconstruct', 'Attribute', 'Compare'],
  evaluate: ['Critique', 'Justify', 'Assess', 'Defend'],
  create: ['Design', 'Compose', 'Construct', 'Formulate'],
};
const levels = Object.keys(verbs);
const objects = [
  'the main risks of a plan against its constraints and the resources that the team can call on',
  'a short report for a non-specialist reader who has to take a decision on the basis of it',
  'the steps of the procedure in the right order, including the checks made before and after',
  'the trade-offs between two proposed options when the budget is fixed and the deadline cannot move',
  'feedback on a colleague’s draft using the checklist agreed with the editorial team last year',
  'a schedule that meets the stated deadline while keeping two days of slack for the final review',
  'the key terms of the glossary and the situations in which each of them applies at work',
  'a response to a difficult customer request that keeps the relationship and respects the policy',
  'the figures of a monthly dashboard, with the sources of each figure and its known limits',
];
const tails = [
  'in a realistic case taken from their own department',
  'within the time allowed for the exercise, without outside help',
  'so that a colleague can follow the reasoning and check each step',
  'using the templates provided in the course workspace',
];
const notes = [
  'Reviewed with the subject-matter expert in March; the case study needs new figures every year.',
  'Learners asked for more time on this part in the last two sessions, so the exercise was split.',
  'Keep the examples anonymous: some come from real incidents reported by the participants.',
];

/** Wraps words into lines of about `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A `key: value` whose value wraps over several lines: plain, or double-quoted every third time. */
function wrapped(indent: string, key: string, text: string, quoted: boolean): string[] {
  // A plain scalar cannot hold ': ' (YAML would read a key).
  const parts = wrap(quoted ? `"${text}"` : text.replaceAll(': ', ', '), 60);
  return [`${indent}${key}: ${parts[0]}`, ...parts.slice(1).map((part) => `${indent}  ${part}`)];
}

/** One real-shaped blueprint's YAML text. */
export function realBlueprintText(index: number, seed: number): string {
  const next = random(seed * 7_000_003 + index);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const topic = pick(topics);
  const count = 40 + Math.floor(next() * 11);
  const anchored = index % 25 === 24;
  const lines: string[] = [
    '# yaml-language-server: $schema=../../schemas/blueprint.schema.json',
    `# ${topic}: the blueprint the training team maintains, reviewed every year.`,
    'blueprint: 1',
    `id: real-${index}`,
    `title: ${topic} (cohort ${index})`,
    'language: en',
    ...wrapped(
      '',
      'summary',
      `A course on ${topic.toLowerCase()} for people who need results at work: short inputs, a lot of practice on realistic cases, and a project that brings it all together at the end.`,
      false,
    ),
    'audience:',
    anchored
      ? '  description: &who Staff who asked for the course'
      : '  description: Staff who asked for the course',
    '  level: intermediate',
    '  prerequisites:',
    '  - Basic office software',
    '  - An example from their own work',
    'constraints:',
    '  duration: 35h',
    '  modality: in-person',
    '  max_session: 3h30',
    ...wrapped('', 'x-review', pick(notes), false),
    'objectives:',
  ];
  const ids: string[] = [];
  for (let objective = 1; objective <= count; objective++) {
    const id = `O${objective}`;
    ids.push(id);
    const level = pick(levels);
    let statement = `${pick(verbs[level] as string[])} ${pick(objects)} ${pick(tails)}`;
    // A few wording findings: a verb nobody can observe, or no verb at all.
    if (objective % 17 === 5) statement = `Understand ${pick(objects)}`;
    if (objective % 19 === 7) statement = `Basics of ${pick(objects)}`;
    if (objective % 10 === 1) lines.push(`# Part ${(objective + 9) / 10}`);
    lines.push(`- id: ${id}`);
    lines.push(...wrapped('  ', 'statement', statement, objective % 3 === 0));
    lines.push(`  bloom: ${level}  # agreed with the team`);
    if (objective % 4 === 0) lines.push(`  parent: O${objective - 1}`);
    if (objective % 6 === 0) lines.push(...wrapped('  ', 'x-note', pick(notes), false));
  }
  // Modules teach every objective but the last five (objective-not-taught); one names a missing id.
  lines.push('modules:');
  const taughtCount = count - 5;
  const perModule = Math.ceil(taughtCount / 6);
  for (let module = 0; module < 6; module++) {
    const taught = ids.slice(module * perModule, Math.min(taughtCount, (module + 1) * perModule));
    if (module === 2) taught.push('O99');
    lines.push(
      `- id: M${module + 1}`,
      `  title: Part ${module + 1} of ${topic.toLowerCase()}`,
      '  duration: 5h',
      '  objectives:',
      ...taught.map((id) => `  - ${id}`),
      '  activities:',
    );
    for (let activity = 0; activity < 3; activity++) {
      lines.push(
        `  - title: ${pick(['Worked example', 'Case study', 'Pair exercise', 'Group discussion', 'Hands-on lab'])}`,
        `    type: ${pick(activityTypes)}`,
        `    duration: ${['1h30', '2h', '1h30'][activity]}`,
      );
    }
    if (module === 5) lines.push(`  x-room: ${anchored ? '*who' : 'Room 4'}`);
  }
  // Assessments measure all but about ten objectives (objective-not-assessed).
  const assessed = ids.filter((_, position) => position % 5 !== 2);
  lines.push(
    'assessments:',
    '- id: A1',
    '  title: Checkpoint quiz',
    '  kind: formative',
    '  type: quiz',
    '  bloom: understand',
    '  objectives: [O1, O2, O3]',
    '  module: M2',
    '- id: A2',
    '  title: Final project',
    '  kind: summative',
    '  type: project',
    '  bloom: create',
    '  objectives:',
    ...assessed.map((id) => `  - ${id}`),
    '  weight: 100',
    '  module: M6',
    '',
  );
  return lines.join('\n');
}

/** Writes `count` real-shaped blueprints into `dir` (cached: regenerated only when missing or stale). */
export function ensureRealCorpus(dir: string, count: number, seed = 2026): string {
  return writeCorpus(dir, { GENERATOR_VERSION, count, seed }, count, (index) => [
    `real-${String(index).padStart(5, '0')}.blueprint.yaml`,
    realBlueprintText(index, seed),
  ]);
}
