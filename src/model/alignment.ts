import type { AssessmentNode, Model, ModuleNode, ObjectiveNode, Ref } from './model.js';

/** What several rules need to know about how objectives are taught and assessed. */
export interface Alignment {
  /** The first module, in delivery order, that lists each objective itself or through an activity. */
  firstTaughtDirectly: Map<string, ModuleNode>;
  /** The summative assessments that list each objective, in document order. */
  summativeFor: Map<string, AssessmentNode[]>;
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
    const teach = (ref: Ref) => {
      if (!firstTaughtDirectly.has(ref.id)) firstTaughtDirectly.set(ref.id, module);
    };
    module.objectives.forEach(teach);
    for (const activity of module.activities) activity.objectives.forEach(teach);
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
  const taught = coveredThroughChildren(model.objectives, (objective) =>
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
  const assessed = coveredThroughChildren(
    model.objectives,
    (objective) => summativeFor.has(objective.id) || checkedFormatively.has(objective.id),
  );

  const taughtBy = new Map<string, ModuleNode>();
  for (const [id, module] of firstTaughtDirectly) if (taught.has(id)) taughtBy.set(id, module);
  let changed = true;
  while (changed) {
    changed = false;
    for (const objective of model.objectives) {
      if (taughtBy.has(objective.id) || !taught.has(objective.id)) continue;
      const modules = objective.children.map((child) => taughtBy.get(child.id));
      if (modules.length === 0 || modules.some((module) => module === undefined)) continue;
      const last = (modules as ModuleNode[]).reduce((a, b) => (b.index > a.index ? b : a));
      taughtBy.set(objective.id, last);
      changed = true;
    }
  }
  return { firstTaughtDirectly, summativeFor, taught, assessed, taughtBy };
}

/**
 * The objectives covered in the format's sense: covered themselves, or having children that are
 * all covered. Computed as a least fixed point, so a `parent` cycle never loops and never counts
 * as covered by itself.
 */
export function coveredThroughChildren(
  objectives: readonly ObjectiveNode[],
  coveredItself: (objective: ObjectiveNode) => boolean,
): Set<string> {
  const covered = new Set<string>();
  for (const objective of objectives) if (coveredItself(objective)) covered.add(objective.id);
  let changed = true;
  while (changed) {
    changed = false;
    for (const objective of objectives) {
      if (covered.has(objective.id) || objective.children.length === 0) continue;
      if (objective.children.every((child) => covered.has(child.id))) {
        covered.add(objective.id);
        changed = true;
      }
    }
  }
  return covered;
}

/** The children of an objective that are not in `covered`, for messages. */
export function uncoveredChildren(objective: ObjectiveNode, covered: ReadonlySet<string>): ObjectiveNode[] {
  return objective.children.filter((child) => !covered.has(child.id));
}
