import type {
  ActivityNode,
  AssessmentNode,
  CompetencyNode,
  Model,
  ModuleNode,
  ObjectiveNode,
  Ref,
} from '../model/model.js';
import type { ChangeClass } from './classes.js';
import { type Matching, matchItems, movedPositions } from './match.js';
import type { Change, Subject } from './types.js';
import { change, compareFields, type FieldSpec } from './values.js';

/** Old ids → new ids, for every entity matched under another id. */
export type Renames = Map<string, string>;

const ids = (refs: readonly Ref[], rename: (id: string) => string) => refs.map((ref) => rename(ref.id));

const OBJECTIVE_FIELDS: FieldSpec<ObjectiveNode>[] = [
  { field: 'statement', class: 'objective-reworded', value: 'text', get: (o) => o.statement },
  { field: 'bloom', class: 'objective-level-changed', value: 'code', get: (o) => o.bloom },
  {
    field: 'parent',
    class: 'objective-parent-changed',
    value: 'code',
    get: (o, r) => o.parent && r(o.parent.id),
  },
  { field: 'knowledge', class: 'objective-knowledge-changed', value: 'code', get: (o) => o.knowledge },
  {
    field: 'competencies',
    class: 'objective-competencies-changed',
    value: 'list',
    get: (o, r) => ids(o.competencies, r),
  },
];

const MODULE_FIELDS: FieldSpec<ModuleNode>[] = [
  { field: 'title', class: 'module-retitled', value: 'text', get: (m) => m.title },
  { field: 'duration', class: 'module-duration-changed', value: 'duration', get: (m) => m.minutes },
  { field: 'kind', class: 'module-kind-changed', value: 'code', get: (m) => m.kind },
  {
    field: 'objectives',
    class: 'module-objectives-changed',
    value: 'list',
    get: (m, r) => ids(m.objectives, r),
  },
  { field: 'summary', class: 'module-content-changed', value: 'text', get: (m) => m.data.summary },
  { field: 'contents', class: 'module-content-changed', value: 'list', get: (m) => m.data.contents },
];

const ACTIVITY_FIELDS: FieldSpec<ActivityNode>[] = [
  { field: 'title', class: 'activity-retitled', value: 'text', get: (a) => a.title },
  { field: 'duration', class: 'activity-duration-changed', value: 'duration', get: (a) => a.minutes },
  { field: 'type', class: 'activity-type-changed', value: 'code', get: (a) => a.type },
  {
    field: 'objectives',
    class: 'activity-objectives-changed',
    value: 'list',
    get: (a, r) => ids(a.objectives, r),
  },
  { field: 'module', class: 'activity-moved', value: 'code', get: (a, r) => r(a.module.id) },
];

const ASSESSMENT_FIELDS: FieldSpec<AssessmentNode>[] = [
  { field: 'title', class: 'assessment-retitled', value: 'text', get: (a) => a.title },
  { field: 'kind', class: 'assessment-kind-changed', value: 'code', get: (a) => a.kind },
  { field: 'type', class: 'assessment-type-changed', value: 'code', get: (a) => a.type },
  { field: 'bloom', class: 'assessment-level-changed', value: 'code', get: (a) => a.bloom },
  { field: 'weight', class: 'assessment-weight-changed', value: 'number', get: (a) => a.weight },
  {
    field: 'objectives',
    class: 'assessment-objectives-changed',
    value: 'list',
    get: (a, r) => ids(a.objectives, r),
  },
  {
    field: 'module',
    class: 'assessment-module-changed',
    value: 'code',
    get: (a, r) => a.module && r(a.module.id),
  },
  { field: 'criteria', class: 'assessment-criteria-changed', value: 'list', get: (a) => a.data.criteria },
];

const COMPETENCY_FIELDS: FieldSpec<CompetencyNode>[] = [
  { field: 'title', class: 'competency-retitled', value: 'text', get: (c) => c.title },
  { field: 'block', class: 'competency-retitled', value: 'text', get: (c) => c.block },
];

/** How one kind of entity is listed, matched, named and compared. */
interface EntityKindSpec<T> {
  kind: 'objective' | 'module' | 'assessment' | 'competency';
  items: (model: Model) => T[];
  text: (item: T) => string;
  fields: FieldSpec<T>[];
  /** What an added or removed entity shows of itself. */
  summary: (item: T) => Pick<Change, 'field' | 'value' | 'before' | 'after'>;
}

const KINDS = {
  objective: {
    kind: 'objective',
    items: (model) => model.objectives,
    text: (objective) => objective.statement,
    fields: OBJECTIVE_FIELDS,
    summary: (objective) => ({ field: 'statement', value: 'text', after: objective.statement }),
  } satisfies EntityKindSpec<ObjectiveNode>,
  module: {
    kind: 'module',
    items: (model) => model.modules,
    text: (module) => module.title,
    fields: MODULE_FIELDS,
    summary: (module) => ({ field: 'duration', value: 'duration', after: module.minutes }),
  } satisfies EntityKindSpec<ModuleNode>,
  assessment: {
    kind: 'assessment',
    items: (model) => model.assessments,
    text: (assessment) => assessment.title,
    fields: ASSESSMENT_FIELDS,
    summary: (assessment) => ({ field: 'kind', value: 'code', after: assessment.kind }),
  } satisfies EntityKindSpec<AssessmentNode>,
  competency: {
    kind: 'competency',
    items: (model) => model.competencies,
    text: (competency) => competency.title,
    fields: COMPETENCY_FIELDS,
    summary: (competency) => ({ field: 'title', value: 'text', after: competency.title }),
  } satisfies EntityKindSpec<CompetencyNode>,
};

type Named = { id?: string };

/** Entities of one kind, matched across versions (ids first, then position and wording). */
function matchKind<T extends Named>(spec: EntityKindSpec<T>, before: Model, after: Model): Matching<T> {
  const wrap = (item: T, index: number) => ({ item, id: item.id, text: spec.text(item), index });
  const matching = matchItems(spec.items(before).map(wrap), spec.items(after).map(wrap));
  return {
    pairs: matching.pairs.map((pair) => ({
      before: pair.before.item,
      after: pair.after.item,
      renamed: pair.renamed,
    })),
    removed: matching.removed.map((entry) => entry.item),
    added: matching.added.map((entry) => entry.item),
  };
}

/** Every rename between two models: old id → new id, for objectives, modules, assessments, competencies. */
export interface MatchedModels {
  renames: Renames;
  objective: Matching<ObjectiveNode>;
  module: Matching<ModuleNode>;
  assessment: Matching<AssessmentNode>;
  competency: Matching<CompetencyNode>;
}

/** Matches the entities of two versions, kind by kind, and collects the renames. */
export function matchModels(before: Model, after: Model): MatchedModels {
  const matched = {
    objective: matchKind(KINDS.objective, before, after),
    module: matchKind(KINDS.module, before, after),
    assessment: matchKind(KINDS.assessment, before, after),
    competency: matchKind(KINDS.competency, before, after),
  };
  const renames: Renames = new Map();
  for (const matching of Object.values(matched) as Matching<Named>[]) {
    for (const { before: old, after: neu, renamed } of matching.pairs)
      if (renamed && old.id !== undefined && neu.id !== undefined) renames.set(old.id, neu.id);
  }
  return { renames, ...matched };
}

/** The changes of one kind of entity: added, removed, renamed, then field by field. */
function diffKind<T extends Named>(
  spec: EntityKindSpec<T>,
  matching: Matching<T>,
  rename: (id: string) => string,
): Change[] {
  const changes: Change[] = [];
  const subject = (item: T, oldId?: string): Subject => ({
    kind: spec.kind,
    id: item.id,
    ...(oldId === undefined ? {} : { oldId }),
  });
  const classOf = (event: 'added' | 'removed' | 'renamed') => `${spec.kind}-${event}` as ChangeClass;
  for (const { before, after, renamed } of matching.pairs) {
    const about = subject(after, renamed ? before.id : undefined);
    if (renamed)
      changes.push(
        change(classOf('renamed'), about, { field: 'id', value: 'code', before: before.id, after: after.id }),
      );
    changes.push(...compareFields(spec.fields, before, after, rename, about));
  }
  for (const item of matching.removed) {
    const shown = spec.summary(item);
    changes.push(
      change(classOf('removed'), subject(item), { ...shown, before: shown.after, after: undefined }),
    );
  }
  for (const item of matching.added)
    changes.push(change(classOf('added'), subject(item), spec.summary(item)));
  return changes;
}

/** The changes of objectives, modules (with their activities), assessments and competencies. */
export function diffEntities(before: Model, after: Model, matched: MatchedModels): Change[] {
  const rename = (id: string) => matched.renames.get(id) ?? id;
  return [
    ...diffKind(KINDS.objective, matched.objective, rename),
    ...diffKind(KINDS.module, matched.module, rename),
    ...moduleOrderAndModality(matched.module),
    ...diffActivities(before, after, matched.module, rename),
    ...diffKind(KINDS.assessment, matched.assessment, rename),
    ...diffKind(KINDS.competency, matched.competency, rename),
  ];
}

/**
 * Modules delivered in another order (the fewest moves that explain it), and modules whose
 * modality changed on the module itself (a change of the course's modality is reported once, for
 * the course, not for every module that follows it).
 */
function moduleOrderAndModality(matching: Matching<ModuleNode>): Change[] {
  const changes: Change[] = [];
  const inNewOrder = [...matching.pairs].sort((a, b) => a.after.index - b.after.index);
  const moved = movedPositions(inNewOrder.map((pair) => pair.before.index));
  for (const { before, after } of inNewOrder) {
    const subject: Subject = { kind: 'module', id: after.id };
    if (moved.has(before.index))
      changes.push(
        change('module-moved', subject, {
          field: 'position',
          value: 'number',
          before: before.index + 1,
          after: after.index + 1,
        }),
      );
    if (before.modality !== after.modality && (before.modalityDeclared || after.modalityDeclared))
      changes.push(
        change('module-modality-changed', subject, {
          field: 'modality',
          value: 'code',
          before: before.modality,
          after: after.modality,
        }),
      );
  }
  return changes;
}

/**
 * Activities matched by id across the whole plan, then, within each pair of matched modules, by
 * position and wording. The activities of an added or removed module go with it unreported.
 */
function diffActivities(
  before: Model,
  after: Model,
  modules: Matching<ModuleNode>,
  rename: (id: string) => string,
): Change[] {
  const withIds = matchItems(
    before.activities
      .filter((a) => a.id !== undefined)
      .map((item) => ({ item, id: item.id, text: item.title, index: item.index })),
    after.activities
      .filter((a) => a.id !== undefined)
      .map((item) => ({ item, id: item.id, text: item.title, index: item.index })),
  );
  const pairs = withIds.pairs
    .filter((pair) => !pair.renamed)
    .map((pair) => ({ before: pair.before.item, after: pair.after.item }));
  const paired = new Set(pairs.flatMap((pair) => [pair.before, pair.after]));
  const changes: Change[] = [];
  for (const { before: oldModule, after: newModule } of modules.pairs) {
    const wrap = (item: ActivityNode) => ({ item, id: item.id, text: item.title, index: item.index });
    const local = matchItems(
      oldModule.activities.filter((a) => !paired.has(a)).map(wrap),
      newModule.activities.filter((a) => !paired.has(a)).map(wrap),
    );
    for (const pair of local.pairs) pairs.push({ before: pair.before.item, after: pair.after.item });
    for (const { item } of local.removed)
      changes.push(
        change('activity-removed', activitySubject(item), {
          field: 'title',
          value: 'text',
          before: item.title,
        }),
      );
    for (const { item } of local.added)
      changes.push(
        change('activity-added', activitySubject(item), { field: 'title', value: 'text', after: item.title }),
      );
  }
  for (const pair of pairs) {
    const subject = activitySubject(pair.after, pair.before.id);
    if (pair.before.id !== undefined && pair.after.id !== undefined && pair.before.id !== pair.after.id)
      changes.push(
        change('activity-renamed', subject, {
          field: 'id',
          value: 'code',
          before: pair.before.id,
          after: pair.after.id,
        }),
      );
    changes.push(...compareFields(ACTIVITY_FIELDS, pair.before, pair.after, rename, subject));
  }
  return changes;
}

function activitySubject(activity: ActivityNode, oldId?: string): Subject {
  return {
    kind: 'activity',
    ...(activity.id === undefined ? {} : { id: activity.id }),
    ...(oldId === undefined || oldId === activity.id ? {} : { oldId }),
    label: activity.title,
    module: activity.module.id,
  };
}
