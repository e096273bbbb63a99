import { type Locale, messages } from '../i18n/index.js';
import { formatPointer } from '../load/pointer.js';
import type {
  Activity,
  Assessment,
  Blueprint,
  Competency,
  Module,
  Objective,
} from '../schema/generated/blueprint.js';
import type { PathFinding } from '../types.js';
import { type BloomLevel, bloomRank, canonicalLevel } from './bloom.js';
import { DEFAULT_HOURS_PER_DAY, parseDuration } from './duration.js';

export type { Activity, Assessment, Blueprint, Competency, Module, Objective };

/** A delivery mode a course may be given in. */
export type CourseModality = 'in-person' | 'remote' | 'blended' | 'self-paced';

/** What a module is for: teaching, or time in the plan that teaches nothing (format 1.1). */
export type ModuleKind = NonNullable<Module['kind']>;

/** Assessment types that measure no objective: they grade taking part, not achievement. */
export const NON_MEASURING_TYPES: ReadonlySet<string> = new Set(['participation', 'attendance']);

/** The kinds of entity that share the blueprint's id namespace. */
export type EntityKind = 'objective' | 'module' | 'activity' | 'assessment' | 'competency';

/** A mention of an id somewhere in the blueprint, with the pointer of the mention. */
export interface Ref {
  id: string;
  path: string;
}

/** An id defined by an entity, with the pointer of the entity. */
export interface IdEntry {
  id: string;
  kind: EntityKind;
  /** Pointer of the entity (its `id` is at `${path}/id`). */
  path: string;
}

export interface ObjectiveNode {
  id: string;
  statement: string;
  bloom: BloomLevel;
  /** 1 (remember) to 6 (create). */
  rank: number;
  knowledge?: Objective['knowledge'];
  parent?: Ref;
  /** Objectives whose `parent` is this one, in document order. */
  children: ObjectiveNode[];
  competencies: Ref[];
  index: number;
  path: string;
  data: Objective;
}

export interface ActivityNode {
  id?: string;
  title: string;
  type: Activity['type'];
  minutes: number;
  objectives: Ref[];
  module: ModuleNode;
  index: number;
  path: string;
  data: Activity;
}

export interface ModuleNode {
  id: string;
  title: string;
  /** `kind`, `teaching` when absent. */
  kind: ModuleKind;
  /** Whether the module teaches (kind `teaching`); welcome, breaks, meals, wrap-up do not. */
  teaching: boolean;
  /** The module's duration in minutes; 0 for a non-teaching module that states none or `0min`. */
  minutes: number;
  /** The module's modality: its own, else the course's (unknown under a blended course). */
  modality?: 'in-person' | 'remote' | 'self-paced';
  /** Whether `modality` is written on the module itself. */
  modalityDeclared: boolean;
  objectives: Ref[];
  activities: ActivityNode[];
  /** Position in delivery order, from 0. */
  index: number;
  path: string;
  data: Module;
}

export interface AssessmentNode {
  id: string;
  title: string;
  kind: Assessment['kind'];
  type: Assessment['type'];
  bloom: BloomLevel;
  rank: number;
  objectives: Ref[];
  /** False for a participation or attendance assessment, which measures no objective. */
  measures: boolean;
  weight?: number;
  module?: Ref;
  index: number;
  path: string;
  data: Assessment;
}

export interface CompetencyNode {
  id: string;
  title: string;
  block?: string;
  /** Pointer in the blueprint, or in the framework file when `external`. */
  path: string;
  /** Defined in the file named by `competencies.file` rather than inline. */
  external: boolean;
}

/** A blueprint that passed the schema, normalised once: the only thing rules read. */
export interface Model {
  data: Blueprint;
  language: 'en' | 'fr';
  hoursPerDay: number;
  /** `constraints.duration` in minutes. */
  duration: number;
  /** `constraints.max_session` in minutes. */
  maxSession?: number;
  /**
   * `constraints.modality` when it is one mode. When it is a list of alternatives (one chosen per
   * session), the first of them: read `modalities` for what the blueprint says.
   */
  modality: CourseModality;
  /** The course's modalities: the one it is given in, or the alternatives offered per session. */
  modalities: CourseModality[];
  /** Whether `constraints.modality` is a list of alternatives. */
  modalityAlternatives: boolean;
  /** `constraints.graded`: false for a course with no graded assessment by design. */
  graded: boolean;
  objectives: ObjectiveNode[];
  modules: ModuleNode[];
  /** Every activity of every module, in delivery order. */
  activities: ActivityNode[];
  assessments: AssessmentNode[];
  competencies: CompetencyNode[];
  /** `competencies.targets` as written, or undefined when absent (then every competency is targeted). */
  competencyTargets?: Ref[];
  /** Every id definition, in document order (duplicates included). */
  ids: IdEntry[];
  /** The first definition of each id. */
  byId: Map<string, IdEntry>;
  objectiveById: Map<string, ObjectiveNode>;
  moduleById: Map<string, ModuleNode>;
  assessmentById: Map<string, AssessmentNode>;
}

/** Competencies read from the file named by `competencies.file`, by whoever can read files. */
export interface ExternalCompetencies {
  items: Competency[];
}

/** The references in `ids`, at `${path}/${key}/${index}`; the pointers are made only for a list that has some. */
function refs(ids: readonly string[] | undefined, path: string, key: string): Ref[] {
  if (ids === undefined || ids.length === 0) return [];
  const base = `${path}/${key}`;
  return ids.map((id, index) => ({ id, path: `${base}/${index}` }));
}

/** What building the nodes shares: the id index it fills, and the duration reader that reports zero lengths. */
interface NodeContext {
  define(id: string | undefined, kind: EntityKind, path: string): void;
  minutes(text: string, path: string): number;
}

/**
 * Normalises a blueprint that passed the JSON Schema. Also returns the format's constraints
 * that JSON Schema cannot state (group size order, durations that round to zero) as
 * `schema` findings.
 */
export function buildModel(
  data: Blueprint,
  external?: ExternalCompetencies,
  locale: Locale = 'en',
): { model: Model; findings: PathFinding[] } {
  const say = messages(locale).input;
  const findings: PathFinding[] = groupSizeFindings(data, say);
  const hoursPerDay = data.constraints.hours_per_day ?? DEFAULT_HOURS_PER_DAY;
  const ids: IdEntry[] = [];
  const context: NodeContext = {
    define: (id, kind, path) => {
      if (id !== undefined) ids.push({ id, kind, path });
    },
    minutes: (text, path) => {
      const value = parseDuration(text, hoursPerDay) ?? 0;
      if (value <= 0)
        findings.push({
          rule: 'schema',
          path,
          message: say.underAMinute(text),
        });
      return value;
    },
  };
  const objectives = objectiveNodes(data, context);
  const declaredModality = data.constraints.modality;
  const alternatives = Array.isArray(declaredModality);
  const modalities: CourseModality[] = alternatives ? [...declaredModality] : [declaredModality];
  const courseModality = modalities[0] as CourseModality;
  // Under a list of alternatives or a blended course, a module without its own modality has none.
  const inherited = alternatives || courseModality === 'blended' ? undefined : courseModality;
  const modules = moduleNodes(data, context, inherited);
  const assessments = assessmentNodes(data, context);
  const competencies = competencyNodes(data, external, context, ids);

  const byId = new Map<string, IdEntry>();
  for (const entry of ids) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  const objectiveById = firstById(objectives);
  for (const objective of objectives) {
    const parent = objective.parent && objectiveById.get(objective.parent.id);
    if (parent && parent !== objective) parent.children.push(objective);
  }

  const targets = data.competencies?.targets;
  const model: Model = {
    data,
    language: data.language ?? 'en',
    hoursPerDay,
    duration: context.minutes(data.constraints.duration, '/constraints/duration'),
    maxSession:
      data.constraints.max_session === undefined
        ? undefined
        : context.minutes(data.constraints.max_session, '/constraints/max_session'),
    modality: courseModality,
    modalities,
    modalityAlternatives: alternatives,
    graded: data.constraints.graded ?? true,
    objectives,
    modules,
    activities: modules.flatMap((module) => module.activities),
    assessments,
    competencies,
    competencyTargets: targets === undefined ? undefined : refs(targets, '/competencies', 'targets'),
    ids,
    byId,
    objectiveById,
    moduleById: firstById(modules),
    assessmentById: firstById(assessments),
  };
  return { model, findings };
}

/** The first node of each id, in document order. */
function firstById<T extends { id?: string }>(nodes: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const node of nodes) if (node.id !== undefined && !map.has(node.id)) map.set(node.id, node);
  return map;
}

/** The words of the model's findings in one locale. */
type InputMessages = ReturnType<typeof messages>['input'];

/** The group size's constraints JSON Schema cannot state: at least one bound, and `min` ≤ `max`. */
function groupSizeFindings(data: Blueprint, say: InputMessages): PathFinding[] {
  const size = data.audience.size;
  const findings: PathFinding[] = [];
  if (size && size.min === undefined && size.max === undefined) {
    findings.push({
      rule: 'schema',
      path: '/audience/size',
      key: true,
      message: say.sizeNeither,
    });
  }
  if (size?.min !== undefined && size.max !== undefined && size.min > size.max) {
    findings.push({
      rule: 'schema',
      path: '/audience/size/min',
      message: say.sizeOrder(size.min, size.max),
    });
  }
  return findings;
}

function objectiveNodes(data: Blueprint, context: NodeContext): ObjectiveNode[] {
  return data.objectives.map((objective, index) => {
    const path = `/objectives/${index}`;
    context.define(objective.id, 'objective', path);
    return {
      id: objective.id,
      statement: objective.statement,
      bloom: canonicalLevel(objective.bloom),
      rank: bloomRank(objective.bloom),
      knowledge: objective.knowledge,
      parent: objective.parent === undefined ? undefined : { id: objective.parent, path: `${path}/parent` },
      children: [],
      competencies: refs(objective.competencies, path, 'competencies'),
      index,
      path,
      data: objective,
    };
  });
}

/** The modules in delivery order, each with its activities; `inherited` is the modality a module without one has. */
function moduleNodes(data: Blueprint, context: NodeContext, inherited: ModuleNode['modality']): ModuleNode[] {
  return data.modules.map((module, index) => {
    const path = `/modules/${index}`;
    context.define(module.id, 'module', path);
    const kind = module.kind ?? 'teaching';
    const teaching = kind === 'teaching';
    const node: ModuleNode = {
      id: module.id,
      title: module.title,
      kind,
      teaching,
      minutes:
        !teaching && (module.duration === undefined || !/[1-9]/.test(module.duration))
          ? 0
          : context.minutes(module.duration ?? '', `${path}/duration`),
      modality: module.modality ?? inherited,
      modalityDeclared: module.modality !== undefined,
      objectives: refs(module.objectives, path, 'objectives'),
      activities: [],
      index,
      path,
      data: module,
    };
    node.activities = (module.activities ?? []).map((activity, activityIndex) => {
      const activityPath = `${path}/activities/${activityIndex}`;
      context.define(activity.id, 'activity', activityPath);
      return {
        id: activity.id,
        title: activity.title,
        type: activity.type,
        minutes: context.minutes(activity.duration, `${activityPath}/duration`),
        objectives: refs(activity.objectives, activityPath, 'objectives'),
        module: node,
        index: activityIndex,
        path: activityPath,
        data: activity,
      };
    });
    return node;
  });
}

function assessmentNodes(data: Blueprint, context: NodeContext): AssessmentNode[] {
  return (data.assessments ?? []).map((assessment, index) => {
    const path = `/assessments/${index}`;
    context.define(assessment.id, 'assessment', path);
    return {
      id: assessment.id,
      title: assessment.title,
      kind: assessment.kind,
      type: assessment.type,
      bloom: canonicalLevel(assessment.bloom),
      rank: bloomRank(assessment.bloom),
      objectives: refs(assessment.objectives, path, 'objectives'),
      measures: !NON_MEASURING_TYPES.has(assessment.type),
      weight: assessment.weight,
      module: assessment.module === undefined ? undefined : { id: assessment.module, path: `${path}/module` },
      index,
      path,
      data: assessment,
    };
  });
}

/** The competencies written in the blueprint, then those of its framework file (`competencies.file`). */
function competencyNodes(
  data: Blueprint,
  external: ExternalCompetencies | undefined,
  context: NodeContext,
  ids: IdEntry[],
): CompetencyNode[] {
  const competencies: CompetencyNode[] = (data.competencies?.items ?? []).map((item, index) => {
    const path = `/competencies/items/${index}`;
    context.define(item.id, 'competency', path);
    return { id: item.id, title: item.title, block: item.block, path, external: false };
  });
  for (const [index, item] of (external?.items ?? []).entries()) {
    const path = formatPointer(['items', index]);
    ids.push({ id: item.id, kind: 'competency', path: '/competencies/file' });
    competencies.push({ id: item.id, title: item.title, block: item.block, path, external: true });
  }
  return competencies;
}
