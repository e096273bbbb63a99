import type { AssessmentNode, Model, ModuleNode, ObjectiveNode } from './model.js';

/**
 * Where an objective stands against its summative assessments: `aligned` (the strongest reaches
 * its level), `below` (the strongest stops under it), `covered_by_children` (none lists it, but
 * every one of its children is covered so, recursively) or `gap` (none at all).
 */
export type SummativeStatus = 'aligned' | 'below' | 'covered_by_children' | 'gap';

/**
 * What the rules and the rendered documents need to know about how objectives are taught and
 * assessed: computed here once, so that a rule and the alignment matrix can never disagree.
 */
export interface Alignment {
  /** The first module, in delivery order, that lists each objective itself or through an activity. */
  firstTaughtDirectly: Map<string, ModuleNode>;
  /** The summative assessments that list each objective, in document order. */
  summativeFor: Map<string, readonly AssessmentNode[]>;
  /** The strongest summative assessments of each objective that has one: those at the highest level, in document order. */
  strongestSummative: Map<string, readonly AssessmentNode[]>;
  /** Each objective's standing against its summative assessments alone, whatever `constraints.graded` says. */
  summativeStatus: Map<string, SummativeStatus>;
  /** Objectives taught, themselves or through every one of their children (recursively). */
  taught: Set<string>;
  /**
   * Objectives assessed, themselves or through every one of their children: by a summative
   * assessment; in an ungraded course (`constraints.graded: false`), also by a formative assessment
   * or a practice activity that lists them.
   */
  assessed: Set<string>;
  /**
   * The module by which each taught objective is taught: where it is first taught itself, else
   * (covered through its children) the module where the last of its children is first taught.
   */
  taughtBy: Map<string, ModuleNode>;
}

/**
 * The last model asked about and its alignment: rules run one after the other on one model, so one
 * entry is enough. (A WeakMap keyed by every model slowed each young-generation GC down over a
 * catalogue: its ephemeron table is walked every time, ~100 ms of CPU on 1,000 files.)
 */
let cached: { model: Model; alignment: Alignment } | undefined;

/** The alignment facts of a model, computed once per model. */
export function alignmentOf(model: Model): Alignment {
  if (cached?.model !== model) cached = { model, alignment: computeAlignment(model) };
  return cached.alignment;
}

function computeAlignment(model: Model): Alignment {
  const firstTaughtDirectly = new Map<string, ModuleNode>();
  for (const module of model.modules) {
    for (const { id } of module.objectives)
      if (!firstTaughtDirectly.has(id)) firstTaughtDirectly.set(id, module);
    for (const activity of module.activities)
      for (const { id } of activity.objectives)
        if (!firstTaughtDirectly.has(id)) firstTaughtDirectly.set(id, module);
  }
  const summativeFor = new Map<string, AssessmentNode[]>();
  for (const assessment of model.assessments) {
    if (assessment.kind !== 'summative') continue;
    for (const { id } of assessment.objectives) {
      const list = summativeFor.get(id);
      if (!list) summativeFor.set(id, [assessment]);
      else if (list.at(-1) !== assessment) list.push(assessment); // an id listed twice counts once
    }
  }
  // Who lists a child of each id, worked out once for every coverage below (none when no
  // objective has children, the common case).
  const parentsOf = parentsById(model.objectives);
  // Covered by summative assessments alone: what `assessed` is in a graded course, so computed once.
  const coveredSummatively = coveredThroughChildren(model.objectives, parentsOf, (objective) =>
    summativeFor.has(objective.id),
  );
  const { strongestSummative, summativeStatus } = summativeStanding(model, summativeFor, coveredSummatively);
  const taught = coveredThroughChildren(model.objectives, parentsOf, (objective) =>
    firstTaughtDirectly.has(objective.id),
  );
  const checkedFormatively = new Set<string>();
  if (!model.graded) {
    for (const assessment of model.assessments) {
      if (assessment.kind !== 'formative') continue;
      for (const { id } of assessment.objectives) checkedFormatively.add(id);
    }
    for (const activity of model.activities) {
      if (activity.type !== 'practice') continue;
      for (const { id } of activity.objectives) checkedFormatively.add(id);
    }
  }
  const assessed =
    checkedFormatively.size === 0
      ? coveredSummatively
      : coveredThroughChildren(
          model.objectives,
          parentsOf,
          (objective) => summativeFor.has(objective.id) || checkedFormatively.has(objective.id),
        );

  const taughtBy = taughtByModule(parentsOf, firstTaughtDirectly, taught);
  return {
    firstTaughtDirectly,
    summativeFor,
    strongestSummative,
    summativeStatus,
    taught,
    assessed,
    taughtBy,
  };
}

/**
 * Each objective's strongest summative assessments, and its standing against them; `covered` holds
 * the objectives covered by summative assessments, themselves or through their children.
 */
function summativeStanding(
  model: Model,
  summativeFor: ReadonlyMap<string, readonly AssessmentNode[]>,
  covered: ReadonlySet<string>,
): Pick<Alignment, 'strongestSummative' | 'summativeStatus'> {
  const strongestSummative = new Map<string, readonly AssessmentNode[]>();
  summativeFor.forEach((assessments, id) => {
    let best = Number.NEGATIVE_INFINITY;
    let atBest = 0;
    for (const { rank } of assessments) {
      if (rank > best) {
        best = rank;
        atBest = 0;
      }
      if (rank === best) atBest++;
    }
    // Most objectives have one summative assessment, or several at one level: the same list.
    strongestSummative.set(
      id,
      atBest === assessments.length
        ? assessments
        : assessments.filter((assessment) => assessment.rank === best),
    );
  });
  const summativeStatus = new Map<string, SummativeStatus>();
  for (const objective of model.objectives) {
    const strongest = strongestSummative.get(objective.id)?.[0];
    summativeStatus.set(
      objective.id,
      strongest
        ? strongest.rank < objective.rank
          ? 'below'
          : 'aligned'
        : covered.has(objective.id)
          ? 'covered_by_children'
          : 'gap',
    );
  }
  return { strongestSummative, summativeStatus };
}

/** The module each taught objective is taught by (see `Alignment.taughtBy`). */
function taughtByModule(
  parentsOf: ParentsById | undefined,
  firstTaughtDirectly: ReadonlyMap<string, ModuleNode>,
  taught: ReadonlySet<string>,
): Map<string, ModuleNode> {
  const taughtBy = new Map<string, ModuleNode>();
  for (const [id, module] of firstTaughtDirectly) if (taught.has(id)) taughtBy.set(id, module);
  if (!parentsOf) return taughtBy;
  reachUpwards(
    parentsOf,
    [...taughtBy.keys()],
    (id) => taughtBy.has(id),
    (objective) => {
      if (!taught.has(objective.id)) return false;
      let last: ModuleNode | undefined;
      for (const child of objective.children) {
        const module = taughtBy.get(child.id) as ModuleNode;
        if (!last || module.index > last.index) last = module;
      }
      taughtBy.set(objective.id, last as ModuleNode);
      return true;
    },
  );
  return taughtBy;
}

/** The objectives that list a child of each id; undefined when no objective has children. */
type ParentsById = ReadonlyMap<string, readonly ObjectiveNode[]>;

/** Indexes who lists a child of each id (see `ParentsById`). */
function parentsById(objectives: readonly ObjectiveNode[]): ParentsById | undefined {
  let parentsOf: Map<string, ObjectiveNode[]> | undefined;
  for (const objective of objectives) {
    for (const { id } of objective.children) {
      parentsOf ??= new Map();
      const parents = parentsOf.get(id);
      if (parents) parents.push(objective);
      else parentsOf.set(id, [objective]);
    }
  }
  return parentsOf;
}

/**
 * The objectives covered in the format's sense: covered themselves, or having children that are
 * all covered (`parentsOf`, from `parentsById`). Computed as a least fixed point, so a `parent`
 * cycle never loops and never counts as covered by itself.
 */
function coveredThroughChildren(
  objectives: readonly ObjectiveNode[],
  parentsOf: ParentsById | undefined,
  coveredItself: (objective: ObjectiveNode) => boolean,
): Set<string> {
  const covered = new Set<string>();
  for (const objective of objectives) if (coveredItself(objective)) covered.add(objective.id);
  if (!parentsOf) return covered;
  reachUpwards(
    parentsOf,
    [...covered],
    (id) => covered.has(id),
    (objective) => {
      covered.add(objective.id);
      return true;
    },
  );
  return covered;
}

/**
 * Goes up from the objectives `first` (ids already reached; the array is used up as the walk's
 * stack, so callers pass a fresh one): an objective whose children are all reached, and that is
 * not itself, is offered to `reach`, which records it and returns true, or refuses it. This is
 * the least fixed point, so a `parent` cycle is never reached through itself, and it is linear:
 * each reached id is counted off each parent that lists it once, where going over every
 * objective until nothing changes took one pass per level of a `parent` chain (an 8,000-objective
 * chain took minutes).
 */
function reachUpwards(
  parentsOf: ParentsById,
  first: string[],
  has: (id: string) => boolean,
  reach: (objective: ObjectiveNode) => boolean,
): void {
  /** Each parent's children not reached yet (a child listed twice counts twice), once counting starts. */
  const missing = new Map<ObjectiveNode, number>();
  const pending = first;
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const parents = parentsOf.get(id);
    if (!parents) continue;
    for (const parent of parents) {
      const left = (missing.get(parent) ?? parent.children.length) - 1;
      missing.set(parent, left);
      if (left === 0 && !has(parent.id) && reach(parent)) pending.push(parent.id);
    }
  }
}

/** The children of an objective that are not in `covered`, for messages. */
export function uncoveredChildren(objective: ObjectiveNode, covered: ReadonlySet<string>): ObjectiveNode[] {
  return objective.children.filter((child) => !covered.has(child.id));
}
