import { BLOOM_LEVELS, type BloomLevel } from '../model/bloom.js';
import type { AssessmentNode, Blueprint, Model, ModuleNode, ObjectiveNode } from '../model/model.js';
import { loadBlueprintSchema } from '../schema/messages.js';
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

/** The six learning types in the schema's order, read from the schema rather than listed again. */
function activityTypes(): string[] {
  const definitions = loadBlueprintSchema().definitions as Record<
    string,
    { properties: Record<string, { enum: string[] }> }
  >;
  return definitions.activity?.properties.type?.enum ?? [];
}

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
  /** `aligned`, `below` (summative assessments stop under its level), `gap` (no summative assessment) or `covered_by_children`. */
  status: 'aligned' | 'below' | 'gap' | 'covered_by_children';
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
  modality: string;
  modality_label: string;
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
  };
}

/** Computes the figures of a blueprint in the document's language, once, for any template. */
export function buildFigures(model: Model, labels: Labels): Figures {
  const data = model.data;
  const duration = (minutes: number) => durationFigure(minutes, labels);
  const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : (part / whole) * 100);
  const bloomLabel = (level: string) => labels.bloom[level] ?? level;

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
  const summative = model.assessments.filter((assessment) => assessment.kind === 'summative');
  const assessedBy = (objective: string, among: readonly AssessmentNode[]) =>
    among.filter((assessment) => assessment.objectives.some((ref) => ref.id === objective));

  const coveredMemo = new Map<string, boolean>();
  const coveredBySummative = (node: ObjectiveNode, seen: Set<string> = new Set()): boolean => {
    const known = coveredMemo.get(node.id);
    if (known !== undefined) return known;
    if (seen.has(node.id)) return false;
    seen.add(node.id);
    const covered =
      assessedBy(node.id, summative).length > 0 ||
      (node.children.length > 0 && node.children.every((child) => coveredBySummative(child, seen)));
    coveredMemo.set(node.id, covered);
    return covered;
  };

  const depthOf = (node: ObjectiveNode): number => {
    let depth = 0;
    const seen = new Set([node.id]);
    let parent = node.parent && model.objectiveById.get(node.parent.id);
    while (parent && !seen.has(parent.id)) {
      seen.add(parent.id);
      depth += 1;
      parent = parent.parent && model.objectiveById.get(parent.parent.id);
    }
    return depth;
  };

  const objectives: ObjectiveFigure[] = model.objectives.map((node) => {
    const measuring = assessedBy(node.id, summative);
    const highest = measuring.reduce<AssessmentNode | undefined>(
      (best, assessment) => (best && best.rank >= assessment.rank ? best : assessment),
      undefined,
    );
    const status: ObjectiveFigure['status'] = highest
      ? highest.rank < node.rank
        ? 'below'
        : 'aligned'
      : coveredBySummative(node)
        ? 'covered_by_children'
        : 'gap';
    return {
      id: node.id,
      statement: node.statement,
      bloom: node.bloom,
      bloom_label: bloomLabel(node.bloom),
      rank: node.rank,
      knowledge: node.knowledge ?? null,
      knowledge_label: node.knowledge ? (labels.knowledge[node.knowledge] ?? node.knowledge) : null,
      parent: node.parent?.id ?? null,
      depth: depthOf(node),
      children: node.children.map((child) => child.id),
      competencies: node.competencies.map((ref) => ref.id),
      taught_in: [...(taughtIn.get(node.id) ?? [])],
      assessed_by: assessedBy(node.id, model.assessments).map((assessment) => assessment.id),
      summative_by: measuring.map((assessment) => assessment.id),
      status,
      status_label: labels.status[status] ?? status,
      highest_assessed: highest?.bloom ?? null,
      highest_assessed_label: highest ? bloomLabel(highest.bloom) : null,
      data: node.data,
    };
  });
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

  const assessments: AssessmentFigure[] = model.assessments.map((node, index) => {
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
      bloom_label: bloomLabel(node.bloom),
      rank: node.rank,
      mark: labels.marks[node.kind] ?? '',
      weight: node.weight ?? null,
      weight_text: node.weight === undefined ? null : formatPercent(node.weight, labels),
      module: node.module?.id ?? null,
      module_title: module?.title ?? null,
      objectives: node.objectives.map((ref) => ref.id),
      criteria: node.data.criteria ?? [],
      data: node.data,
    };
  });

  let offset = 0;
  const dayMinutes = model.hoursPerDay * 60;
  const activities: ActivityFigure[] = [];
  const schedule: ModuleFigure[] = model.modules.map((module: ModuleNode, index) => {
    const start = offset;
    offset += module.minutes;
    const moduleActivities = module.activities.map((activity, activityIndex) => {
      const figure: ActivityFigure = {
        id: activity.id ?? null,
        number: activityIndex + 1,
        title: activity.title,
        type: activity.type,
        type_label: labels.activity_type[activity.type] ?? activity.type,
        type_short: labels.activity_type_short[activity.type] ?? activity.type,
        duration: duration(activity.minutes),
        objectives: activity.objectives.map((ref) => ref.id),
        module: module.id,
        data: activity.data,
      };
      activities.push(figure);
      return figure;
    });
    return {
      id: module.id,
      number: index + 1,
      title: module.title,
      summary: module.data.summary ?? null,
      start: duration(start),
      end: duration(offset),
      duration: duration(module.minutes),
      day: dayMinutes > 0 ? Math.floor(start / dayMinutes) + 1 : 1,
      modality: module.modality ?? null,
      modality_label: module.modality ? (labels.modality[module.modality] ?? module.modality) : null,
      objectives: module.objectives.map((ref) => ref.id),
      activities: moduleActivities,
      activities_duration: duration(module.activities.reduce((sum, activity) => sum + activity.minutes, 0)),
      assessments: model.assessments
        .filter((assessment) => assessment.module?.id === module.id)
        .map((assessment) => assessment.id),
      data: module.data,
    };
  });
  const planned = offset;
  const activityMinutes = activities.reduce((sum, activity) => sum + activity.duration.minutes, 0);

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

  const bloom: BloomBar[] = BLOOM_LEVELS.map((level, index) => {
    const count = model.objectives.filter((objective) => objective.bloom === level).length;
    const percent = percentOf(count, model.objectives.length);
    return {
      level,
      label: bloomLabel(level),
      rank: index + 1,
      objectives: count,
      percent: Math.round(percent),
      percent_text: formatPercent(percent, labels),
      assessments: model.assessments.filter((assessment) => assessment.bloom === level).length,
    };
  });

  const weights = summative.filter((assessment) => assessment.weight !== undefined);
  const weightTotal =
    weights.length === 0 ? null : summative.reduce((sum, assessment) => sum + (assessment.weight ?? 0), 0);

  const targets = model.competencyTargets ? new Set(model.competencyTargets.map((ref) => ref.id)) : undefined;
  const competencyItems = model.competencies.map((competency) => {
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
  const targeted = competencyItems.filter((item) => item.targeted);
  const coveredTargets = targeted.filter((item) => item.covered).length;

  const size = data.audience.size;
  const days = Math.round((model.duration / dayMinutes) * 100) / 100;
  const daysText = days >= 1 && Number.isInteger(days * 2) ? formatDays(days, labels) : null;
  return {
    language: labels.language,
    locale: labels.locale,
    labels,
    duration: { ...duration(model.duration), days, days_text: daysText },
    planned: duration(planned),
    planned_status: planned === model.duration ? 'equal' : planned > model.duration ? 'over' : 'under',
    max_session: model.maxSession === undefined ? null : duration(model.maxSession),
    hours_per_day: model.hoursPerDay,
    day: duration(dayMinutes),
    modality: model.modality,
    modality_label: labels.modality[model.modality] ?? model.modality,
    audience: {
      level: data.audience.level ?? null,
      level_label: data.audience.level ? (labels.audience_level[data.audience.level] ?? null) : null,
      // Format 1.1 allows `min` or `max` alone; until the view says those, it shows only both.
      size_text:
        size?.min !== undefined && size.max !== undefined
          ? size.min === size.max
            ? fill(labels.group_size_exact, { n: size.min })
            : fill(labels.group_size, { min: size.min, max: size.max })
          : null,
      prerequisites: data.audience.prerequisites ?? [],
      prerequisites_stated: data.audience.prerequisites !== undefined,
      accessibility: data.audience.accessibility ?? null,
    },
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
      label: bloomLabel(level),
      rank: index + 1,
      objectives: objectives.filter((objective) => objective.bloom === level),
    })),
    schedule,
    activities,
    activity_types: activityTypes().map((type) => {
      const ofType = activities.filter((activity) => activity.type === type);
      const minutes = ofType.reduce((sum, activity) => sum + activity.duration.minutes, 0);
      const percent = percentOf(minutes, activityMinutes);
      return {
        type,
        label: labels.activity_type[type] ?? type,
        short: labels.activity_type_short[type] ?? type,
        count: ofType.length,
        duration: duration(minutes),
        percent: Math.round(percent),
        percent_text: formatPercent(percent, labels),
      };
    }),
    assessments,
    summative_weight_total: weightTotal,
    summative_weight_total_text: weightTotal === null ? null : formatPercent(weightTotal, labels),
    matrix: {
      columns: assessments,
      rows,
      gaps: objectives.filter((objective) => objective.status === 'gap').map((objective) => objective.id),
      below: objectives.filter((objective) => objective.status === 'below').map((objective) => objective.id),
      unused_assessments: assessments
        .filter((assessment) => assessment.objectives.length === 0)
        .map((assessment) => assessment.id),
    },
    bloom,
    bloom_max: Math.max(0, ...bloom.map((bar) => bar.objectives)),
    competencies: {
      framework: data.competencies?.framework ?? null,
      items: competencyItems,
      targeted: targeted.length,
      covered: coveredTargets,
      percent: targeted.length === 0 ? null : Math.round(percentOf(coveredTargets, targeted.length)),
      percent_text:
        targeted.length === 0 ? null : formatPercent(percentOf(coveredTargets, targeted.length), labels),
    },
    admin: adminFigures(data, labels),
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
  };
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
