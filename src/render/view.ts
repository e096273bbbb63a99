import { alignmentOf, type SummativeStatus } from '../model/alignment.js';
import { BLOOM_LEVELS, type BloomLevel } from '../model/bloom.js';
import type {
  ActivityNode,
  AssessmentNode,
  Blueprint,
  Model,
  ModuleNode,
  ObjectiveNode,
} from '../model/model.js';
import { activityTypes } from '../schema/blueprint-schema.js';
import { formatList } from '../util/format-list.js';
import {
  type DurationFigure,
  durationFigure,
  formatDate,
  formatDays,
  formatMoney,
  formatNumber,
  formatPercent,
} from './format.js';
import { fill, type Labels } from './labels.js';

/** An objective as templates see it. */
export interface ObjectiveFigure {
  id: string;
  statement: string;
  bloom: BloomLevel;
  bloom_label: string;
  /** 1 (remember) to 6 (create). */
  rank: number;
  knowledge: string | null;
  knowledge_label: string | null;
  parent: string | null;
  /** 0 for a course objective, 1 for its enabling objectives, and so on. */
  depth: number;
  children: string[];
  competencies: string[];
  /** Modules that teach it, directly or through one of their activities. */
  taught_in: string[];
  /** Every assessment that lists it, any kind. */
  assessed_by: string[];
  /** The summative assessments that list it. */
  summative_by: string[];
  /** `aligned`, `below` (summative assessments stop under its level), `gap` (no summative assessment) or `covered_by_children`: the alignment rules' own computation. */
  status: SummativeStatus;
  status_label: string;
  /** Highest level among the summative assessments that list it. */
  highest_assessed: BloomLevel | null;
  highest_assessed_label: string | null;
  /** The objective as written, `x-` keys included. */
  data: unknown;
}

/** An activity as templates see it. */
export interface ActivityFigure {
  id: string | null;
  number: number;
  title: string;
  type: string;
  type_label: string;
  type_short: string;
  duration: DurationFigure;
  objectives: string[];
  module: string;
  data: unknown;
}

/** A module in the schedule. */
export interface ModuleFigure {
  id: string;
  number: number;
  title: string;
  summary: string | null;
  /** Planned time before it starts, from the start of the course. */
  start: DurationFigure;
  end: DurationFigure;
  duration: DurationFigure;
  /** 1-based training day it starts on, counting `hours_per_day` hours a day. */
  day: number;
  modality: string | null;
  modality_label: string | null;
  /** `kind` as written, else `teaching`: `welcome`, `break`, `meal`, `wrap-up` and `other` are time without teaching. */
  kind: string;
  kind_label: string;
  /** Whether it is teaching time (`kind` absent or `teaching`). */
  teaching: boolean;
  /** Its number among the teaching modules (from 1), `null` for a break, a meal or other time without teaching. */
  teaching_number: number | null;
  /** `contents`: the module's content points, `[]` when none. */
  contents: string[];
  objectives: string[];
  activities: ActivityFigure[];
  /** Time taken by its activities. */
  activities_duration: DurationFigure;
  /** Assessments placed in this module. */
  assessments: string[];
  data: unknown;
}

/** An assessment as templates see it. */
export interface AssessmentFigure {
  id: string;
  number: number;
  title: string;
  kind: string;
  kind_label: string;
  type: string;
  type_label: string;
  bloom: BloomLevel;
  bloom_label: string;
  rank: number;
  mark: string;
  weight: number | null;
  weight_text: string | null;
  module: string | null;
  module_title: string | null;
  objectives: string[];
  criteria: string[];
  /** The assessment in words, without its title: `a summative assessment by quiz, during “Basics”; it counts for 40% of the final grade.` */
  sentence: string;
  data: unknown;
}

/** One cell of the alignment matrix. */
export interface MatrixCell {
  assessment: string;
  measured: boolean;
  /** The kind's mark when measured (● summative, ○ formative, ◇ diagnostic), else the empty mark. */
  mark: string;
  kind: string;
  bloom: BloomLevel;
  bloom_label: string;
  /** Measured by a summative assessment whose level is below the objective's. */
  below: boolean;
}

/** One row of the alignment matrix: an objective and a cell per assessment. */
export interface MatrixRow {
  objective: string;
  statement: string;
  bloom: BloomLevel;
  bloom_label: string;
  depth: number;
  cells: MatrixCell[];
  status: ObjectiveFigure['status'];
  status_label: string;
  gap: boolean;
}

/** One level of the Bloom distribution. */
export interface BloomBar {
  level: BloomLevel;
  label: string;
  rank: number;
  objectives: number;
  percent: number;
  percent_text: string;
  assessments: number;
}

/** Everything a template sees besides the blueprint as written: computed once from the model. */
export interface Figures {
  language: string;
  locale: string;
  labels: Labels;
  /** `constraints.duration`. */
  duration: DurationFigure & {
    /** The duration in training days of `hours_per_day` hours, to two decimals. */
    days: number;
    /** `2 days`, `1,5 jour`: only for a whole or half number of days, at least one. */
    days_text: string | null;
  };
  /** Sum of the modules' durations. */
  planned: DurationFigure;
  /** `equal`, `over` or `under` the course's duration. */
  planned_status: 'equal' | 'over' | 'under';
  max_session: DurationFigure | null;
  hours_per_day: number;
  /** One training day of `hours_per_day` hours. */
  day: DurationFigure;
  /** `constraints.modality` as written: one modality, or a list of alternatives offered per session. */
  modality: string | string[];
  /** One modality's name, or the alternatives in a phrase (`remote or in person`, `à distance ou en présentiel`). */
  modality_label: string;
  /** The alternatives when `constraints.modality` is a list, else `null`. */
  modality_alternatives: string[] | null;
  /** `constraints.graded` as written (`false`: no graded assessment by design), or `null` when not stated. */
  graded: boolean | null;
  /** Which optional columns of the schedule would hold something: `modality` when a module's differs from the course's. */
  schedule_shows: { modality: boolean };
  audience: {
    level: string | null;
    level_label: string | null;
    size_text: string | null;
    prerequisites: string[];
    /** Whether `prerequisites` is written at all (`[]` states that there are none). */
    prerequisites_stated: boolean;
    accessibility: string | null;
  };
  counts: {
    objectives: number;
    course_objectives: number;
    modules: number;
    activities: number;
    assessments: number;
    summative: number;
  };
  objectives: ObjectiveFigure[];
  /** Objectives depth first from the course objectives, each followed by its enabling objectives. */
  objective_outline: ObjectiveFigure[];
  /** The six levels, lowest first, each with its objectives. */
  objectives_by_level: { level: BloomLevel; label: string; rank: number; objectives: ObjectiveFigure[] }[];
  schedule: ModuleFigure[];
  activities: ActivityFigure[];
  activity_types: {
    type: string;
    label: string;
    short: string;
    count: number;
    duration: DurationFigure;
    percent: number;
    percent_text: string;
  }[];
  assessments: AssessmentFigure[];
  summative_weight_total: number | null;
  summative_weight_total_text: string | null;
  matrix: {
    columns: AssessmentFigure[];
    rows: MatrixRow[];
    gaps: string[];
    below: string[];
    unused_assessments: string[];
  };
  bloom: BloomBar[];
  bloom_max: number;
  competencies: {
    framework: string | null;
    items: {
      id: string;
      title: string;
      block: string | null;
      targeted: boolean;
      objectives: string[];
      covered: boolean;
    }[];
    targeted: number;
    covered: number;
    percent: number | null;
    percent_text: string | null;
  };
  admin: {
    price_text: string | null;
    contact: { name: string; email: string | null; phone: string | null } | null;
    access: { modalities: string; delay: string } | null;
    location: string | null;
    certification: { code: string; title: string | null } | null;
    updated: string | null;
    updated_text: string | null;
    /** `admin.sessions` (`intra`, `inter`) and the same in words, or `null`. */
    sessions: string[] | null;
    sessions_text: string | null;
    /** `admin.trainers`: each `{name, profile}` (`name` may be `null`); `[]` when none. */
    trainers: { name: string | null; profile: string }[];
    /** `admin.means`: teaching methods and materials, tools and platforms; `null` when not stated. */
    means: { pedagogical: string[]; technical: string[] } | null;
    /** `admin.completion`: how completion is certified, or `null`. */
    completion: { kind: string; kind_label: string; description: string | null } | null;
    /** `admin.results`: results indicators with their date, each as a line of text, or `null`. */
    results: { date: string | null; date_text: string | null; lines: string[] } | null;
  };
}

type Loose = Record<string, unknown>;

/** A mapping read from data the schema of this version may not know yet, or `null`. */
function record(value: unknown): Loose | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : null;
}

/** A non-blank string, or `null`. */
function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The non-blank strings of a list; `[]` when it is not a list. */
function textsOf(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    : [];
}

/** Computes the figures of a blueprint in the document's language, once, for any template. */
export function buildFigures(model: Model, labels: Labels): Figures {
  const objectives = objectiveFigures(model, labels);
  const outline = objectiveOutline(model, objectives);
  const assessments = assessmentFigures(model, labels);
  const { schedule, activities, planned } = scheduleFigures(model, labels);
  const modality = modalityFigures(model, labels);
  const summative = model.assessments.filter((assessment) => assessment.kind === 'summative');
  const weightTotal = summativeWeightTotal(summative);
  return {
    language: labels.language,
    locale: labels.locale,
    labels,
    duration: courseDurationFigure(model, labels),
    planned: durationFigure(planned, labels),
    planned_status: planned === model.duration ? 'equal' : planned > model.duration ? 'over' : 'under',
    max_session: model.maxSession === undefined ? null : durationFigure(model.maxSession, labels),
    hours_per_day: model.hoursPerDay,
    day: durationFigure(model.hoursPerDay * 60, labels),
    ...modality,
    graded: gradedFigure(model.data),
    schedule_shows: {
      modality: schedule.some(
        (module) => module.modality_label !== null && module.modality_label !== modality.modality_label,
      ),
    },
    audience: audienceFigures(model.data, labels),
    counts: {
      objectives: model.objectives.length,
      course_objectives: objectives.filter((objective) => objective.depth === 0).length,
      modules: model.modules.length,
      activities: activities.length,
      assessments: model.assessments.length,
      summative: summative.length,
    },
    objectives,
    objective_outline: outline,
    objectives_by_level: BLOOM_LEVELS.map((level, index) => ({
      level,
      label: labels.bloom[level] ?? level,
      rank: index + 1,
      objectives: objectives.filter((objective) => objective.bloom === level),
    })),
    schedule,
    activities,
    activity_types: activityTypeFigures(activities, labels),
    assessments,
    summative_weight_total: weightTotal,
    summative_weight_total_text: weightTotal === null ? null : formatPercent(weightTotal, labels),
    matrix: matrixFigure(objectives, outline, assessments, labels),
    ...bloomFigures(model, labels),
    competencies: competencyFigures(model, labels),
    admin: adminFigures(model.data, labels),
  };
}

/** Percent of a whole, 0 for an empty whole. */
function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : (part / whole) * 100;
}

/** How many steps up the `parent` chain an objective is from a course objective (a cycle stops it). */
function depthOf(model: Model, node: ObjectiveNode): number {
  let depth = 0;
  const seen = new Set([node.id]);
  let parent = node.parent && model.objectiveById.get(node.parent.id);
  while (parent && !seen.has(parent.id)) {
    seen.add(parent.id);
    depth += 1;
    parent = parent.parent && model.objectiveById.get(parent.parent.id);
  }
  return depth;
}

/** The modules that teach each objective, directly or through one of their activities, in order. */
function modulesTeaching(model: Model): Map<string, Set<string>> {
  const taughtIn = new Map<string, Set<string>>();
  const teach = (objective: string, module: string) => {
    const set = taughtIn.get(objective) ?? new Set<string>();
    set.add(module);
    taughtIn.set(objective, set);
  };
  for (const module of model.modules) {
    for (const ref of module.objectives) teach(ref.id, module.id);
    for (const activity of module.activities) for (const ref of activity.objectives) teach(ref.id, module.id);
  }
  return taughtIn;
}

/** The objectives in document order; their alignment status is the one the rules read (`alignmentOf`). */
function objectiveFigures(model: Model, labels: Labels): ObjectiveFigure[] {
  const alignment = alignmentOf(model);
  const taughtIn = modulesTeaching(model);
  const bloomLabel = (level: string) => labels.bloom[level] ?? level;
  return model.objectives.map((node) => {
    const highest = alignment.strongestSummative.get(node.id)?.[0];
    const status = alignment.summativeStatus.get(node.id) ?? 'gap';
    return {
      id: node.id,
      statement: node.statement,
      bloom: node.bloom,
      bloom_label: bloomLabel(node.bloom),
      rank: node.rank,
      knowledge: node.knowledge ?? null,
      knowledge_label: node.knowledge ? (labels.knowledge[node.knowledge] ?? node.knowledge) : null,
      parent: node.parent?.id ?? null,
      depth: depthOf(model, node),
      children: node.children.map((child) => child.id),
      competencies: node.competencies.map((ref) => ref.id),
      taught_in: [...(taughtIn.get(node.id) ?? [])],
      assessed_by: model.assessments
        .filter((assessment) => assessment.objectives.some((ref) => ref.id === node.id))
        .map((assessment) => assessment.id),
      summative_by: (alignment.summativeFor.get(node.id) ?? []).map((assessment) => assessment.id),
      status,
      status_label: labels.status[status] ?? status,
      highest_assessed: highest?.bloom ?? null,
      highest_assessed_label: highest ? bloomLabel(highest.bloom) : null,
      data: node.data,
    };
  });
}

/** The objectives depth first from the course objectives, each once (a `parent` cycle included). */
function objectiveOutline(model: Model, objectives: readonly ObjectiveFigure[]): ObjectiveFigure[] {
  const figureOf = new Map(
    model.objectives.map((node, index) => [node, objectives[index] as ObjectiveFigure]),
  );
  const outline: ObjectiveFigure[] = [];
  const placed = new Set<ObjectiveNode>();
  const place = (node: ObjectiveNode) => {
    if (placed.has(node)) return;
    placed.add(node);
    outline.push(figureOf.get(node) as ObjectiveFigure);
    for (const child of node.children) place(child);
  };
  for (const node of model.objectives)
    if (!node.parent || !model.objectiveById.has(node.parent.id)) place(node);
  for (const node of model.objectives) place(node);
  return outline;
}

/** The assessments in document order. */
function assessmentFigures(model: Model, labels: Labels): AssessmentFigure[] {
  return model.assessments.map((node, index) => {
    const module = node.module ? model.moduleById.get(node.module.id) : undefined;
    return {
      id: node.id,
      number: index + 1,
      title: node.title,
      kind: node.kind,
      kind_label: labels.assessment_kind[node.kind] ?? node.kind,
      type: node.type,
      type_label: labels.assessment_type[node.type] ?? node.type,
      bloom: node.bloom,
      bloom_label: labels.bloom[node.bloom] ?? node.bloom,
      rank: node.rank,
      mark: labels.marks[node.kind] ?? '',
      weight: node.weight ?? null,
      weight_text: node.weight === undefined ? null : formatPercent(node.weight, labels),
      module: node.module?.id ?? null,
      module_title: module?.title ?? null,
      objectives: node.objectives.map((ref) => ref.id),
      criteria: node.data.criteria ?? [],
      sentence: assessmentSentence(node, module?.title, labels),
      data: node.data,
    };
  });
}

/** An activity of a module. */
function activityFigure(
  activity: ActivityNode,
  number: number,
  module: string,
  labels: Labels,
): ActivityFigure {
  return {
    id: activity.id ?? null,
    number,
    title: activity.title,
    type: activity.type,
    type_label: labels.activity_type[activity.type] ?? activity.type,
    type_short: labels.activity_type_short[activity.type] ?? activity.type,
    duration: durationFigure(activity.minutes, labels),
    objectives: activity.objectives.map((ref) => ref.id),
    module,
    data: activity.data,
  };
}

/** The modules in delivery order with their start, end and day; every activity; the time planned. */
function scheduleFigures(
  model: Model,
  labels: Labels,
): { schedule: ModuleFigure[]; activities: ActivityFigure[]; planned: number } {
  let offset = 0;
  let taught = 0;
  const dayMinutes = model.hoursPerDay * 60;
  const duration = (minutes: number) => durationFigure(minutes, labels);
  const activities: ActivityFigure[] = [];
  const schedule = model.modules.map((module: ModuleNode, index): ModuleFigure => {
    const start = offset;
    offset += module.minutes;
    const moduleData = module.data as unknown as Loose;
    const kind = textOf(moduleData.kind) ?? 'teaching';
    // Under a course offered in several modalities the module's modality is the course's list: not its own.
    const moduleModality = typeof module.modality === 'string' ? module.modality : undefined;
    const moduleActivities = module.activities.map((activity, at) =>
      activityFigure(activity, at + 1, module.id, labels),
    );
    activities.push(...moduleActivities);
    return {
      id: module.id,
      number: index + 1,
      title: module.title,
      summary: module.data.summary ?? null,
      start: duration(start),
      end: duration(offset),
      duration: duration(module.minutes),
      day: dayMinutes > 0 ? Math.floor(start / dayMinutes) + 1 : 1,
      modality: moduleModality ?? null,
      modality_label: moduleModality ? (labels.modality[moduleModality] ?? moduleModality) : null,
      kind,
      kind_label: labels.module_kind[kind] ?? kind,
      teaching: kind === 'teaching',
      teaching_number: kind === 'teaching' ? ++taught : null,
      contents: textsOf(moduleData.contents),
      objectives: module.objectives.map((ref) => ref.id),
      activities: moduleActivities,
      activities_duration: duration(module.activities.reduce((sum, activity) => sum + activity.minutes, 0)),
      assessments: model.assessments
        .filter((assessment) => assessment.module?.id === module.id)
        .map((assessment) => assessment.id),
      data: module.data,
    };
  });
  return { schedule, activities, planned: offset };
}

/** The alignment matrix: a row per objective in outline order, a column per assessment. */
function matrixFigure(
  objectives: readonly ObjectiveFigure[],
  outline: readonly ObjectiveFigure[],
  assessments: AssessmentFigure[],
  labels: Labels,
): Figures['matrix'] {
  const rows: MatrixRow[] = outline.map((objective) => ({
    objective: objective.id,
    statement: objective.statement,
    bloom: objective.bloom,
    bloom_label: objective.bloom_label,
    depth: objective.depth,
    status: objective.status,
    status_label: objective.status_label,
    gap: objective.status === 'gap',
    cells: assessments.map((assessment) => {
      const measured = assessment.objectives.includes(objective.id);
      return {
        assessment: assessment.id,
        measured,
        mark: measured ? assessment.mark : (labels.marks.none ?? ''),
        kind: assessment.kind,
        bloom: assessment.bloom,
        bloom_label: assessment.bloom_label,
        below: measured && assessment.kind === 'summative' && assessment.rank < objective.rank,
      };
    }),
  }));
  const withStatus = (status: ObjectiveFigure['status']) =>
    objectives.filter((objective) => objective.status === status).map((objective) => objective.id);
  return {
    columns: assessments,
    rows,
    gaps: withStatus('gap'),
    below: withStatus('below'),
    unused_assessments: assessments
      .filter((assessment) => assessment.objectives.length === 0)
      .map((assessment) => assessment.id),
  };
}

/** The Bloom distribution: objectives and assessments at each level, lowest first. */
function bloomFigures(model: Model, labels: Labels): Pick<Figures, 'bloom' | 'bloom_max'> {
  const bloom: BloomBar[] = BLOOM_LEVELS.map((level, index) => {
    const count = model.objectives.filter((objective) => objective.bloom === level).length;
    const percent = percentOf(count, model.objectives.length);
    return {
      level,
      label: labels.bloom[level] ?? level,
      rank: index + 1,
      objectives: count,
      percent: Math.round(percent),
      percent_text: formatPercent(percent, labels),
      assessments: model.assessments.filter((assessment) => assessment.bloom === level).length,
    };
  });
  return { bloom, bloom_max: Math.max(0, ...bloom.map((bar) => bar.objectives)) };
}

/** Time by learning type, in the schema's order of types. */
function activityTypeFigures(
  activities: readonly ActivityFigure[],
  labels: Labels,
): Figures['activity_types'] {
  const activityMinutes = activities.reduce((sum, activity) => sum + activity.duration.minutes, 0);
  return activityTypes().map((type) => {
    const ofType = activities.filter((activity) => activity.type === type);
    const minutes = ofType.reduce((sum, activity) => sum + activity.duration.minutes, 0);
    const percent = percentOf(minutes, activityMinutes);
    return {
      type,
      label: labels.activity_type[type] ?? type,
      short: labels.activity_type_short[type] ?? type,
      count: ofType.length,
      duration: durationFigure(minutes, labels),
      percent: Math.round(percent),
      percent_text: formatPercent(percent, labels),
    };
  });
}

/** The sum of the summative weights, or `null` when no summative assessment has a weight. */
function summativeWeightTotal(summative: readonly AssessmentNode[]): number | null {
  if (!summative.some((assessment) => assessment.weight !== undefined)) return null;
  return summative.reduce((sum, assessment) => sum + (assessment.weight ?? 0), 0);
}

/** The competencies, whether each is targeted and covered by an objective, and the share covered. */
function competencyFigures(model: Model, labels: Labels): Figures['competencies'] {
  const targets = model.competencyTargets ? new Set(model.competencyTargets.map((ref) => ref.id)) : undefined;
  const items = model.competencies.map((competency) => {
    const listing = model.objectives.filter((objective) =>
      objective.competencies.some((ref) => ref.id === competency.id),
    );
    return {
      id: competency.id,
      title: competency.title,
      block: competency.block ?? null,
      targeted: targets ? targets.has(competency.id) : true,
      objectives: listing.map((objective) => objective.id),
      covered: listing.length > 0,
    };
  });
  const targeted = items.filter((item) => item.targeted);
  const covered = targeted.filter((item) => item.covered).length;
  const percent = targeted.length === 0 ? null : percentOf(covered, targeted.length);
  return {
    framework: model.data.competencies?.framework ?? null,
    items,
    targeted: targeted.length,
    covered,
    percent: percent === null ? null : Math.round(percent),
    percent_text: percent === null ? null : formatPercent(percent, labels),
  };
}

/** `constraints.modality`: as written, in words, and its alternatives when it is a list. */
function modalityFigures(
  model: Model,
  labels: Labels,
): Pick<Figures, 'modality' | 'modality_label' | 'modality_alternatives'> {
  const value = model.data.constraints.modality as unknown;
  const list = Array.isArray(value) ? textsOf(value) : null;
  const label = list
    ? formatList(
        list.map((item) => labels.modality_alternative[item] ?? item),
        labels.or.trim(),
        labels.list_separator,
      )
    : (labels.modality[model.modality] ?? model.modality);
  return { modality: list ?? model.modality, modality_label: label, modality_alternatives: list };
}

/** `constraints.duration`, also in training days when the blueprint speaks of days. */
function courseDurationFigure(model: Model, labels: Labels): Figures['duration'] {
  const constraints = model.data.constraints;
  const days = Math.round((model.duration / (model.hoursPerDay * 60)) * 100) / 100;
  // Days only when the blueprint speaks of days (`hours_per_day`, or a duration such as `2d`): a
  // `7h` workshop is not "1 day" by the default length of a day alone.
  const daysStated = constraints.hours_per_day !== undefined || /\d\s*d/i.test(String(constraints.duration));
  const daysText = daysStated && days >= 1 && Number.isInteger(days * 2) ? formatDays(days, labels) : null;
  return { ...durationFigure(model.duration, labels), days, days_text: daysText };
}

/** `constraints.graded` as written, or `null` when not stated. */
function gradedFigure(data: Blueprint): boolean | null {
  const graded = (data.constraints as unknown as Loose).graded;
  return typeof graded === 'boolean' ? graded : null;
}

/** The audience: level, group size in words, prerequisites, accessibility. */
function audienceFigures(data: Blueprint, labels: Labels): Figures['audience'] {
  return {
    level: data.audience.level ?? null,
    level_label: data.audience.level ? (labels.audience_level[data.audience.level] ?? null) : null,
    size_text: sizeText(data.audience.size as unknown, labels),
    prerequisites: data.audience.prerequisites ?? [],
    prerequisites_stated: data.audience.prerequisites !== undefined,
    accessibility: data.audience.accessibility ?? null,
  };
}

function adminFigures(data: Blueprint, labels: Labels): Figures['admin'] {
  const admin = data.admin ?? {};
  return {
    price_text: priceText(admin.price as unknown, labels),
    contact: admin.contact
      ? { name: admin.contact.name, email: admin.contact.email ?? null, phone: admin.contact.phone ?? null }
      : null,
    access: admin.access ? { modalities: admin.access.modalities, delay: admin.access.delay } : null,
    location: admin.location ?? null,
    certification: admin.certification
      ? { code: admin.certification.code, title: admin.certification.title ?? null }
      : null,
    updated: admin.updated ?? null,
    updated_text: admin.updated ? formatDate(admin.updated, labels) : null,
    ...qualiopiFigures(admin as unknown as Loose, labels),
  };
}

/** The items a French training programme publishes that format 1.1 added, read defensively: absent stays absent. */
function qualiopiFigures(
  admin: Loose,
  labels: Labels,
): Pick<Figures['admin'], 'sessions' | 'sessions_text' | 'trainers' | 'means' | 'completion' | 'results'> {
  const sessions = textsOf(admin.sessions);
  const trainers = (Array.isArray(admin.trainers) ? admin.trainers : []).flatMap((item) => {
    const trainer = record(item);
    const profile = textOf(trainer?.profile);
    return profile ? [{ name: textOf(trainer?.name), profile }] : [];
  });
  const means = record(admin.means);
  const pedagogical = textsOf(means?.pedagogical);
  const technical = textsOf(means?.technical);
  const completion = record(admin.completion);
  const completionKind = textOf(completion?.kind);
  return {
    sessions: sessions.length > 0 ? sessions : null,
    sessions_text:
      sessions.length > 0
        ? formatList(
            sessions.map((item) => labels.sessions[item] ?? item),
            labels.or.trim(),
            labels.list_separator,
          )
        : null,
    trainers,
    means: pedagogical.length + technical.length > 0 ? { pedagogical, technical } : null,
    completion: completionKind
      ? {
          kind: completionKind,
          kind_label: labels.completion_kind[completionKind] ?? completionKind,
          description: textOf(completion?.description),
        }
      : null,
    results: resultsFigure(record(admin.results), labels),
  };
}

/** `admin.results` as lines of text: rates as percentages, satisfaction as written when it is text. */
function resultsFigure(results: Loose | null, labels: Labels): Figures['admin']['results'] {
  if (!results) return null;
  const value = (key: 'satisfaction' | 'completion_rate' | 'success_rate' | 'learners') => {
    const raw = results[key];
    if (typeof raw === 'number' && Number.isFinite(raw))
      return key === 'learners' ? formatNumber(raw, labels, 0) : formatPercent(raw, labels);
    return textOf(raw);
  };
  const lines = (['satisfaction', 'completion_rate', 'success_rate', 'learners'] as const).flatMap((key) => {
    const shown = value(key);
    return shown === null ? [] : [fill(labels.results[key], { value: shown })];
  });
  const date = textOf(results.date);
  if (lines.length === 0) return null;
  return { date, date_text: date ? formatDate(date, labels) : null, lines };
}

/** The group size in words: both bounds, one number, or only a minimum or only a maximum. */
function sizeText(value: unknown, labels: Labels): string | null {
  const size = record(value);
  const min = typeof size?.min === 'number' ? size.min : undefined;
  const max = typeof size?.max === 'number' ? size.max : undefined;
  const plural = (forms: { one: string; other: string }, n: number) =>
    fill(n === 1 ? forms.one : forms.other, { n });
  if (min !== undefined && max !== undefined)
    return min === max ? fill(labels.group_size_exact, { n: min }) : fill(labels.group_size, { min, max });
  if (min !== undefined) return plural(labels.group_size_min, min);
  if (max !== undefined) return plural(labels.group_size_max, max);
  return null;
}

/** An assessment in words, as a clause after its title: kind, type, module and weight. */
function assessmentSentence(node: AssessmentNode, moduleTitle: string | undefined, labels: Labels): string {
  const parts = labels.assessment_sentence;
  const kind = labels.assessment_kind[node.kind] ?? node.kind;
  const by = labels.assessment_by[node.type] ?? '';
  let sentence = fill(parts.base, { kind, by });
  if (moduleTitle) sentence += fill(parts.module, { module: fill(labels.quotes, { text: moduleTitle }) });
  if (node.weight !== undefined)
    sentence += fill(parts.weight, { weight: formatPercent(node.weight, labels) });
  return sentence + parts.end;
}

function priceText(price: unknown, labels: Labels): string | null {
  if (typeof price === 'string') return price;
  if (!price || typeof price !== 'object') return null;
  const { amount, currency, basis } = price as { amount?: unknown; currency?: unknown; basis?: unknown };
  if (typeof amount !== 'number') return null;
  const money =
    typeof currency === 'string' ? formatMoney(amount, currency, labels) : formatNumber(amount, labels, 2);
  return typeof basis === 'string' ? fill(labels.price_basis, { price: money, basis }) : money;
}
