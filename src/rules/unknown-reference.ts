import type { EntityKind, Model, Ref } from '../model/model.js';
import { createClosestMatcher } from '../schema/did-you-mean.js';
import type { Rule, RuleReport } from './types.js';

type Visit = (ref: Ref, kind: EntityKind, where: string) => void;

/** Visits every reference in a blueprint, with the kind of entity it must name. */
function forEachReference(model: Model, visit: Visit): void {
  for (const objective of model.objectives) {
    if (objective.parent) visit(objective.parent, 'objective', 'parent');
    for (const ref of objective.competencies) visit(ref, 'competency', 'competencies');
  }
  for (const module of model.modules) {
    for (const ref of module.objectives) visit(ref, 'objective', 'objectives');
    for (const activity of module.activities)
      for (const ref of activity.objectives) visit(ref, 'objective', 'objectives');
  }
  for (const assessment of model.assessments) {
    for (const ref of assessment.objectives) visit(ref, 'objective', 'objectives');
    if (assessment.module) visit(assessment.module, 'module', 'module');
  }
  for (const ref of model.competencyTargets ?? []) visit(ref, 'competency', 'targets');
}

/** A reference names an id that does not exist, or an id of another kind. */
export const unknownReference: Rule = {
  meta: {
    id: 'unknown-reference',
    description: 'Every reference names an existing id of the right kind (objective, module or competency).',
    severity: 'error',
    preset: 'recommended',
    when: 'a reference (`parent`, `modules[].objectives`, activity `objectives`, assessment `objectives`, assessment `module`, objective `competencies`, `competencies.targets`) names an id that does not exist, or an id of the wrong kind',
    pointsAt: 'the reference; suggests the closest existing id of the right kind',
  },
  check(model) {
    const reports: RuleReport[] = [];
    const idsOfKind = new Map<EntityKind, string[]>();
    for (const entry of model.ids) {
      const ids = idsOfKind.get(entry.kind);
      if (ids) ids.push(entry.id);
      else idsOfKind.set(entry.kind, [entry.id]);
    }
    // Each kind's ids are indexed once, for any number of references (a file may hold thousands).
    const lookups = new Map<EntityKind, KindLookup>();
    const lookupOf = (kind: EntityKind): KindLookup => {
      let lookup = lookups.get(kind);
      if (!lookup) {
        lookup = kindLookup(kind, idsOfKind.get(kind) ?? []);
        lookups.set(kind, lookup);
      }
      return lookup;
    };
    forEachReference(model, (ref, kind, where) => {
      const lookup = lookupOf(kind);
      if (lookup.ids.has(ref.id)) return;
      const entry = model.byId.get(ref.id);
      // Ids are case-sensitive, so a difference of case alone is the likeliest typo of all.
      const match = lookup.byLowerCase.get(ref.id.toLowerCase()) ?? lookup.closest(ref.id);
      const fix = match !== undefined ? `did you mean \`${match}\`?` : lookup.otherwise;
      const fact = entry
        ? `\`${ref.id}\` is ${article(entry.kind)} ${entry.kind}, not ${article(kind)} ${kind}: \`${where}\` takes ${kind} ids`
        : `unknown ${kind} \`${ref.id}\``;
      reports.push({ path: ref.path, message: `${fact}; ${fix}` });
    });
    return reports;
  },
};

/** The ids of one kind, ready for lookups: exact, by case, by likeness, and the advice when none is close. */
interface KindLookup {
  ids: ReadonlySet<string>;
  byLowerCase: ReadonlyMap<string, string>;
  closest: (id: string) => string | undefined;
  otherwise: string;
}

/** The lookups of a kind; all but the set of ids are made on the first unknown reference, which most files never have. */
function kindLookup(kind: EntityKind, candidates: readonly string[]): KindLookup {
  const ids = new Set(candidates);
  let byLowerCase: Map<string, string> | undefined;
  let closest: ((id: string) => string | undefined) | undefined;
  return {
    ids,
    get byLowerCase() {
      if (!byLowerCase) {
        byLowerCase = new Map();
        for (const id of candidates)
          if (!byLowerCase.has(id.toLowerCase())) byLowerCase.set(id.toLowerCase(), id);
      }
      return byLowerCase;
    },
    closest: (id) => {
      closest ??= createClosestMatcher(candidates);
      return closest(id);
    },
    get otherwise() {
      return candidates.length > 0
        ? `use one of the ${kind} ids: ${listIds([...ids])}`
        : `no ${kind} is defined: add one, or remove this reference`;
    },
  };
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function listIds(ids: string[]): string {
  const shown = ids.slice(0, 8).map((id) => `\`${id}\``);
  return ids.length > 8 ? `${shown.join(', ')}, …` : shown.join(', ');
}
