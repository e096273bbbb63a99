import type { Locale } from '../i18n/locale.js';
import { parsePointer } from '../load/pointer.js';
import type { EntityKind, IdEntry } from './model.js';

/** How French names each kind of entity, with its articles and agreements. */
export interface FrenchKind {
  /** objectif, activité */
  noun: string;
  /** objectifs, activités */
  plural: string;
  /** un objectif, une activité */
  indefinite: string;
  /** l'objectif, l'activité, le module */
  definite: string;
  /** cet objectif, cette activité, ce module */
  demonstrative: string;
  /** aucun objectif n'est défini, aucune activité n'est définie */
  noneDefined: string;
  /** inconnu, inconnue */
  unknown: string;
}

/** The French names of the kinds of entity that carry an id. */
export const FRENCH_KINDS: Readonly<Record<EntityKind, FrenchKind>> = {
  objective: {
    noun: 'objectif',
    plural: 'objectifs',
    indefinite: 'un objectif',
    definite: 'l’objectif',
    demonstrative: 'cet objectif',
    noneDefined: 'aucun objectif n’est défini',
    unknown: 'objectif inconnu',
  },
  module: {
    noun: 'module',
    plural: 'modules',
    indefinite: 'un module',
    definite: 'le module',
    demonstrative: 'ce module',
    noneDefined: 'aucun module n’est défini',
    unknown: 'module inconnu',
  },
  activity: {
    noun: 'activité',
    plural: 'activités',
    indefinite: 'une activité',
    definite: 'l’activité',
    demonstrative: 'cette activité',
    noneDefined: 'aucune activité n’est définie',
    unknown: 'activité inconnue',
  },
  assessment: {
    noun: 'évaluation',
    plural: 'évaluations',
    indefinite: 'une évaluation',
    definite: 'l’évaluation',
    demonstrative: 'cette évaluation',
    noneDefined: 'aucune évaluation n’est définie',
    unknown: 'évaluation inconnue',
  },
  competency: {
    noun: 'compétence',
    plural: 'compétences',
    indefinite: 'une compétence',
    definite: 'la compétence',
    demonstrative: 'cette compétence',
    noneDefined: 'aucune compétence n’est définie',
    unknown: 'compétence inconnue',
  },
};

/**
 * Names where an entity is defined, for messages: "the objective at objectives[2]",
 * "the activity at modules[0].activities[1]", "a competency in competencies.file"; in French,
 * « l’objectif en objectives[2] », « une compétence de competencies.file ».
 */
export function describeEntity(entry: IdEntry, locale: Locale = 'en'): string {
  const external = entry.path === '/competencies/file';
  if (locale === 'fr') {
    const kind = FRENCH_KINDS[entry.kind];
    return external
      ? `${kind.indefinite} de competencies.file`
      : `${kind.definite} en ${pointerToText(entry.path)}`;
  }
  if (external) return `a ${entry.kind} in competencies.file`;
  return `the ${entry.kind} at ${pointerToText(entry.path)}`;
}

/** A JSON Pointer as a reader writes it: /modules/0/activities/1 → modules[0].activities[1]. */
export function pointerToText(pointer: string): string {
  return parsePointer(pointer)
    .map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}
