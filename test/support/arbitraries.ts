/**
 * fast-check generators for property tests: valid blueprints (valid by construction against the
 * schema and the model's extra constraints) and the ways a file gets damaged.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { Blueprint } from '../../src/schema/generated/blueprint.js';

const BLOOM = ['remember', 'understand', 'apply', 'analyze', 'analyse', 'evaluate', 'create'] as const;
const KNOWLEDGE = ['factual', 'conceptual', 'procedural', 'metacognitive'] as const;
const ACTIVITY_TYPES = [
  'acquisition',
  'discussion',
  'investigation',
  'practice',
  'collaboration',
  'production',
] as const;
const ASSESSMENT_TYPES = [
  'quiz',
  'exam',
  'project',
  'presentation',
  'case-study',
  'practical',
  'portfolio',
  'peer-review',
  'observation',
  'oral',
  'other',
] as const;

/** An entity id: `^[A-Za-z][A-Za-z0-9_.-]*$`. */
export const entityId = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,7}$/);

/** A course id: `^[a-z0-9][a-z0-9-]*$`. */
export const courseId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);

/** Non-empty text in any script, including what YAML must quote (`: `, `#`, leading `-`, `'`, emoji). */
export const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'SQL: basics',
      '- not a list',
      '# not a comment',
      "l'été",
      'yes',
      'null',
      '1:30',
      '2026-11-02',
      '0755',
      '"quoted"',
      '*star',
      '&amp',
      '!tag',
      '%percent',
      '@at',
      '`tick`',
      '{brace}',
      '[bracket]',
      'Ünïcödé 日本語 🎓',
      'line one\nline two',
      'trailing space ',
    ),
  },
);

const caseOf = fc.constantFrom(
  (value: string) => value,
  (value: string) => value.toUpperCase(),
  (value: string) => value.toLowerCase(),
);
const gap = fc.constantFrom('', ' ', '  ');
const whole = fc.integer({ min: 1, max: 600 });
const smallWhole = fc.integer({ min: 1, max: 12 });
/** A decimal that is at least a tenth: `0.5`, `1.5`, `2.0`. */
const decimal = fc
  .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }))
  .filter(([units, tenths]) => units + tenths > 0)
  .map(([units, tenths]) => `${units}.${tenths}`);
const hoursNumber = fc.oneof(smallWhole.map(String), decimal);

/**
 * A duration in every form the format accepts, each at least a minute long whatever
 * `hours_per_day` (≥ 1) is: `90min`, `45 min`, `3h`, `1.5h`, `1h30`, `1h30min`, `2h 15min`,
 * `2d`, `1d 3h`, `PT1H30M`, `P1D`, `P1DT2H`, in any letter case.
 */
export const duration: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.tuple(whole, gap).map(([minutes, space]) => `${minutes}${space}min`),
      fc.tuple(hoursNumber, gap).map(([hours, space]) => `${hours}${space}h`),
      fc
        .tuple(smallWhole, gap, fc.integer({ min: 0, max: 59 }), fc.constantFrom('', 'min', ' min'))
        .map(([hours, space, minutes, unit]) => `${hours}h${space}${minutes}${unit}`),
      fc.tuple(hoursNumber, gap).map(([days, space]) => `${days}${space}d`),
      fc
        .tuple(smallWhole, gap, smallWhole, gap)
        .map(([days, space, hours, space2]) => `${days}${space}d${space2}${hours}h`),
      fc.tuple(smallWhole, gap, whole).map(([days, space, minutes]) => `${days}d${space}${minutes}min`),
      fc
        .tuple(fc.option(smallWhole), fc.option(smallWhole), fc.option(whole))
        .filter(([days, hours, minutes]) => (days ?? 0) + (hours ?? 0) + (minutes ?? 0) > 0)
        .map(([days, hours, minutes]) => {
          const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
          return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
        }),
    ),
    caseOf,
  )
  .map(([value, letterCase]) => letterCase(value));

const bloom = fc.constantFrom(...BLOOM);

/** Extension keys (`x-…`) with any value, which every object may carry. */
const extensions = fc.dictionary(
  fc.stringMatching(/^x-[a-z]{1,6}$/),
  fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 2 })),
  { maxKeys: 1 },
);

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Drops the keys whose value is undefined, as YAML would never write them. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/**
 * A blueprint that passes the schema and the model by construction: unique ids across every
 * entity, references only to existing ids, group sizes in order, durations of at least a minute.
 */
export const validBlueprint: fc.Arbitrary<Blueprint> = blueprintWithIds(entityId);

/** Valid blueprints whose entity ids come from `ids` (which must only give valid ids). */
export function blueprintWithIds(ids: fc.Arbitrary<string>): fc.Arbitrary<Blueprint> {
  return fc
    .record({
      objectiveCount: fc.integer({ min: 1, max: 5 }),
      moduleCount: fc.integer({ min: 1, max: 4 }),
      activityCounts: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
      assessmentCount: fc.integer({ min: 0, max: 3 }),
      competencyCount: fc.integer({ min: 0, max: 3 }),
    })
    .chain((shape) => {
      const idCount =
        shape.objectiveCount +
        shape.moduleCount +
        shape.activityCounts.reduce((sum, count) => sum + count, 0) +
        shape.assessmentCount +
        shape.competencyCount;
      return fc.record({
        shape: fc.constant(shape),
        ids: fc.uniqueArray(ids, { minLength: idCount, maxLength: idCount }),
        seeds: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
        course: courseId,
        title: text,
        language: optional(fc.constantFrom('en', 'fr') as fc.Arbitrary<'en' | 'fr'>),
        version: optional(text),
        summary: optional(text),
        audience: fc.record(
          {
            description: text,
            level: optional(
              fc.constantFrom('beginner', 'intermediate', 'advanced') as fc.Arbitrary<'beginner'>,
            ),
            size: optional(
              fc
                .tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 50 }))
                .map(([min, extra]) => ({ min, max: min + extra })),
            ),
            prerequisites: optional(fc.array(text, { maxLength: 2 })),
            accessibility: optional(text),
          },
          { requiredKeys: ['description'] },
        ),
        constraints: fc.record({
          duration,
          modality: fc.constantFrom('in-person', 'remote', 'blended', 'self-paced') as fc.Arbitrary<'remote'>,
          hours_per_day: optional(fc.oneof(fc.integer({ min: 1, max: 24 }), fc.constant(7.5))),
          max_session: optional(duration),
          budget: optional(
            fc.record({
              amount: fc.integer({ min: 0, max: 100_000 }),
              currency: fc.stringMatching(/^[A-Z]{3}$/),
            }),
          ),
          resources: optional(fc.array(text, { maxLength: 2 })),
        }),
        statements: fc.array(text, { minLength: 5, maxLength: 5 }),
        blooms: fc.array(bloom, { minLength: 8, maxLength: 8 }),
        durations: fc.array(duration, { minLength: 16, maxLength: 16 }),
        titles: fc.array(text, { minLength: 16, maxLength: 16 }),
        extension: extensions,
        withModalities: fc.boolean(),
        framework: optional(text),
      });
    })
    .map((drawn) => {
      const { shape, ids, seeds } = drawn;
      let next = 0;
      const takeId = () => ids[next++] as string;
      let seedIndex = 0;
      const seed = () => seeds[seedIndex++ % seeds.length] as number;
      const pick = <T>(items: readonly T[]): T => items[seed() % items.length] as T;
      const some = (items: readonly string[]): string[] => items.filter(() => seed() % 2 === 0);
      const titleAt = (index: number) => drawn.titles[index % drawn.titles.length] as string;
      const durationAt = (index: number) => drawn.durations[index % drawn.durations.length] as string;

      const objectiveIds = Array.from({ length: shape.objectiveCount }, takeId);
      const moduleIds = Array.from({ length: shape.moduleCount }, takeId);
      const activityIds = shape.activityCounts
        .slice(0, shape.moduleCount)
        .map((count) => Array.from({ length: count }, takeId));
      const assessmentIds = Array.from({ length: shape.assessmentCount }, takeId);
      const competencyIds = Array.from({ length: shape.competencyCount }, takeId);

      const objectives = objectiveIds.map((id, index) =>
        compact({
          id,
          statement: drawn.statements[index] as string,
          bloom: drawn.blooms[index] as (typeof BLOOM)[number],
          knowledge: seed() % 2 ? pick(KNOWLEDGE) : undefined,
          // A parent earlier in the list keeps the objective tree acyclic.
          parent: index > 0 && seed() % 3 === 0 ? objectiveIds[seed() % index] : undefined,
          competencies: competencyIds.length > 0 && seed() % 2 ? some(competencyIds) : undefined,
        }),
      );
      const modules = moduleIds.map((id, index) =>
        compact({
          id,
          title: titleAt(index),
          duration: durationAt(index),
          modality: drawn.withModalities ? pick(['in-person', 'remote', 'self-paced'] as const) : undefined,
          summary: seed() % 3 === 0 ? titleAt(index + 5) : undefined,
          objectives: seed() % 4 ? some(objectiveIds) : undefined,
          activities:
            (activityIds[index] ?? []).length > 0
              ? (activityIds[index] ?? []).map((activityId, activityIndex) =>
                  compact({
                    id: seed() % 4 ? activityId : undefined,
                    title: titleAt(index + activityIndex + 1),
                    type: pick(ACTIVITY_TYPES),
                    duration: durationAt(index + activityIndex + 4),
                    objectives: seed() % 2 ? some(objectiveIds) : undefined,
                  }),
                )
              : undefined,
        }),
      );
      const assessments = assessmentIds.map((id, index) =>
        compact({
          id,
          title: titleAt(index + 8),
          kind: pick(['diagnostic', 'formative', 'summative'] as const),
          type: pick(ASSESSMENT_TYPES),
          bloom: drawn.blooms[(index + 5) % drawn.blooms.length] as (typeof BLOOM)[number],
          objectives: some(objectiveIds),
          weight: seed() % 2 ? seed() % 101 : undefined,
          module: seed() % 2 ? pick(moduleIds) : undefined,
          criteria: seed() % 3 === 0 ? [titleAt(index + 11)] : undefined,
        }),
      );
      const competencies =
        competencyIds.length > 0
          ? compact({
              framework: drawn.framework,
              items: competencyIds.map((id, index) =>
                compact({ id, title: titleAt(index + 13), block: seed() % 3 === 0 ? 'B1' : undefined }),
              ),
              targets: seed() % 2 ? some(competencyIds) : undefined,
            })
          : undefined;

      return compact({
        blueprint: 1,
        id: drawn.course,
        title: drawn.title,
        language: drawn.language,
        version: drawn.version,
        summary: drawn.summary,
        audience: compact(drawn.audience),
        constraints: compact(drawn.constraints),
        objectives,
        modules,
        assessments: assessments.length > 0 ? assessments : undefined,
        competencies,
        ...drawn.extension,
      }) as Blueprint;
    });
}

/** A valid blueprint and its YAML text, in block or flow style, with plain or quoted strings. */
export const validBlueprintText: fc.Arbitrary<{ data: Blueprint; text: string }> = fc
  .tuple(
    validBlueprint,
    fc.constantFrom(2, 4),
    fc.constantFrom('block', 'flow') as fc.Arbitrary<'block' | 'flow'>,
    fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE') as fc.Arbitrary<'PLAIN'>,
  )
  .map(([data, indent, collectionStyle, defaultStringType]) => ({
    data,
    text: stringify(data, { indent, collectionStyle, defaultStringType, lineWidth: 0 }),
  }));

/** One way of damaging a file's lines. */
export type LineEdit =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'corrupt'; at: number; column: number; insert: string }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'value'; at: number; value: string };

/** Fragments that break YAML or the schema when dropped into a line. */
const junk = fc.oneof(
  fc.constantFrom(
    ':',
    ': ',
    '- ',
    '\t',
    '"',
    "'",
    '[',
    '{',
    '}',
    '&a ',
    '*a',
    '*undefined',
    '!!js/function ',
    '!include ',
    '<<: ',
    '---\n',
    '? ',
    '|',
    '>',
    '#',
    '%YAML 1.1\n',
    '\u0000',
    '\r',
    '\ufeff',
    '\ud800',
    '.inf',
    '9007199254740993',
    '__proto__: 1\n',
    ' ',
    '    ',
  ),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

/** Values that keep the YAML valid but break the schema or the model when they replace another. */
const wrongValue = fc.constantFrom(
  '3',
  '0',
  '-1',
  '1.5',
  'true',
  '~',
  '[]',
  '{}',
  '""',
  'x',
  'O1',
  'remember',
  'analyse',
  'summative',
  '0min',
  '0.001h',
  '25h',
  '2026-13-45',
  'x-extra',
  'P1DT',
  '[a, b]',
  '{ a: 1 }',
  'not-an-email',
);

/** Edits to apply to a text's lines, by index modulo the number of lines. */
export const lineEdits: fc.Arbitrary<LineEdit[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('corrupt' as const), at: fc.nat(), column: fc.nat(), insert: junk }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({ kind: fc.constant('value' as const), at: fc.nat(), value: wrongValue }),
    fc.record({ kind: fc.constant('value' as const), at: fc.nat(), value: wrongValue }),
  ),
  { minLength: 1, maxLength: 4 },
);

/** Applies line edits to a text (line ends kept as `\n`). */
export function applyEdits(source: string, edits: readonly LineEdit[]): string {
  const lines = source.split('\n');
  for (const edit of edits) {
    if (lines.length === 0) lines.push('');
    const at = edit.at % lines.length;
    const line = lines[at] as string;
    switch (edit.kind) {
      case 'delete':
        lines.splice(at, 1);
        break;
      case 'duplicate':
        lines.splice(at, 0, line);
        break;
      case 'corrupt': {
        const column = edit.column % (line.length + 1);
        lines[at] = line.slice(0, column) + edit.insert + line.slice(column);
        break;
      }
      case 'value': {
        // The first line from `at` on that has a `key: value`, its value replaced.
        for (let offset = 0; offset < lines.length; offset++) {
          const index = (at + offset) % lines.length;
          const current = lines[index] as string;
          const colon = current.indexOf(': ');
          if (colon >= 0 && !current.trimEnd().endsWith(':')) {
            lines[index] = `${current.slice(0, colon + 2)}${edit.value}`;
            break;
          }
        }
        break;
      }
      case 'swap': {
        const other = edit.with % lines.length;
        lines[at] = lines[other] as string;
        lines[other] = line;
        break;
      }
    }
  }
  return lines.join('\n');
}
