import { french } from '../i18n/typography.js';
import { FRENCH_KINDS } from '../model/describe-entity.js';
import type { EntityKind, Model, Ref } from '../model/model.js';
import { createClosestMatcher } from '../schema/did-you-mean.js';
import { defineRule, type RuleReport } from './types.js';

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
export const unknownReference = defineRule({
  meta: {
    id: 'unknown-reference',
    description: 'Every reference names an existing id of the right kind (objective, module or competency).',
    descriptionFr: 'Chaque référence nomme un id existant du bon type (objectif, module ou compétence).',
    severity: 'error',
    preset: 'recommended',
    when: 'a reference (`parent`, `modules[].objectives`, activity `objectives`, assessment `objectives`, assessment `module`, objective `competencies`, `competencies.targets`) names an id that does not exist, or an id of the wrong kind',
    pointsAt: 'the reference; suggests the closest existing id of the right kind',
    messages: {
      en: {
        wrongKind: (id: string, actual: EntityKind, expected: EntityKind, where: string, fix: string) =>
          `\`${id}\` is ${article(actual)} ${actual}, not ${article(expected)} ${expected}: \`${where}\` takes ${expected} ids; ${fix}`,
        unknown: (id: string, kind: EntityKind, fix: string) => `unknown ${kind} \`${id}\`; ${fix}`,
        didYouMean: (match: string) => `did you mean \`${match}\`?`,
        useOneOf: (kind: EntityKind, ids: string) => `use one of the ${kind} ids: ${ids}`,
        noneDefined: (kind: EntityKind) => `no ${kind} is defined: add one, or remove this reference`,
      },
      fr: {
        wrongKind: (id, actual, expected, where, fix) =>
          french`\`${id}\` est ${FRENCH_KINDS[actual].indefinite}, et non ${FRENCH_KINDS[expected].indefinite} : \`${where}\` attend des ids de type ${FRENCH_KINDS[expected].noun} ; ${fix}`,
        unknown: (id, kind, fix) => french`${FRENCH_KINDS[kind].unknown} \`${id}\` ; ${fix}`,
        didYouMean: (match) => french`vouliez-vous dire \`${match}\` ?`,
        useOneOf: (kind, ids) => french`utilisez l’un des ids de type ${FRENCH_KINDS[kind].noun} : ${ids}`,
        noneDefined: (kind) =>
          french`${FRENCH_KINDS[kind].noneDefined} : ajoutez-en un, ou retirez cette référence`,
      },
    },
  },
  check(model, _context, say) {
    const reports: RuleReport[] = [];
    let lookupOf: ((kind: EntityKind) => KindLookup) | undefined;
    forEachReference(model, (ref, kind, where) => {
      const entry = model.byId.get(ref.id);
      // The id's first definition is of the kind wanted: the reference holds, with no lookup made.
      if (entry?.kind === kind) return;
      lookupOf ??= kindLookups(model, say);
      const lookup = lookupOf(kind);
      if (lookup.ids.has(ref.id)) return; // defined again, with the kind wanted
      // Ids are case-sensitive, so a difference of case alone is the likeliest typo of all.
      const match = lookup.byLowerCase.get(ref.id.toLowerCase()) ?? lookup.closest(ref.id);
      const fix = match !== undefined ? say.didYouMean(match) : lookup.otherwise;
      reports.push({
        path: ref.path,
        message: entry ? say.wrongKind(ref.id, entry.kind, kind, where, fix) : say.unknown(ref.id, kind, fix),
      });
    });
    return reports;
  },
});

/** The words the lookups need for their advice. */
interface LookupMessages {
  useOneOf(kind: EntityKind, ids: string): string;
  noneDefined(kind: EntityKind): string;
}

/**
 * The lookups of each kind of id, made on the first reference that the ids' first definitions do
 * not settle (most files have none; most others, one), and for the kinds such references want:
 * each kind's ids are indexed once, for any number of references (a file may hold thousands).
 */
function kindLookups(model: Model, say: LookupMessages): (kind: EntityKind) => KindLookup {
  const lookups = new Map<EntityKind, KindLookup>();
  return (kind) => {
    let lookup = lookups.get(kind);
    if (!lookup) {
      const ids: string[] = [];
      for (const entry of model.ids) if (entry.kind === kind) ids.push(entry.id);
      lookup = kindLookup(kind, ids, say);
      lookups.set(kind, lookup);
    }
    return lookup;
  };
}

/** The ids of one kind, ready for lookups: exact, by case, by likeness, and the advice when none is close. */
interface KindLookup {
  ids: ReadonlySet<string>;
  byLowerCase: ReadonlyMap<string, string>;
  closest: (id: string) => string | undefined;
  otherwise: string;
}

/** The lookups of a kind; all but the set of ids are made on the first unknown reference, which most files never have. */
function kindLookup(kind: EntityKind, candidates: readonly string[], say: LookupMessages): KindLookup {
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
      return candidates.length > 0 ? say.useOneOf(kind, listIds([...ids])) : say.noneDefined(kind);
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
