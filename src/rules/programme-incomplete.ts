import { french } from '../i18n/typography.js';
import { parsePointer } from '../load/pointer.js';
import type { Model } from '../model/model.js';
import { isStated } from '../util/placeholder.js';
import { defineRule, type RuleReport } from './types.js';

/** One piece of information a published training programme must state. */
interface ProgrammeItem {
  /** What a reader of the programme looks for. */
  name: string;
  /** Where the blueprint states it. */
  key: string;
  /** The same, in French, with its article: « le public visé ». */
  nameFr: string;
  /** How to state it. */
  fix: string;
  /** The same, in French. */
  fixFr: string;
  stated(model: Model): boolean;
  /** Where it belongs: the finding points at the deepest part of this pointer that exists. */
  pointer: string;
}

/** A list that states something: at least one item that is not a placeholder. */
const listed = (list: readonly string[] | undefined): boolean => (list ?? []).some(isStated);

/**
 * The key of the deepest existing node on the way to `pointer` (the blank item itself, or the
 * mapping it belongs in), or the root when even the first step is missing.
 */
function closestExisting(data: unknown, pointer: string): Pick<RuleReport, 'path' | 'key'> {
  let node = data;
  let path = '';
  for (const segment of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) break;
    node = (node as Record<string, unknown>)[segment];
    path += `/${segment}`;
  }
  return path === '' ? { path } : { path, key: true };
}

// Objectives and duration are also on the indicator's list, but the schema already requires them.
const items: readonly ProgrammeItem[] = [
  {
    name: 'target public',
    nameFr: 'le public visé',
    key: 'audience.description',
    pointer: '/audience/description',
    fix: 'describe who the course is for',
    fixFr: 'décrivez à qui s’adresse la formation',
    stated: (model) => isStated(model.data.audience.description),
  },
  {
    name: 'prerequisites',
    nameFr: 'les prérequis',
    key: 'audience.prerequisites',
    pointer: '/audience/prerequisites',
    fix: 'list them, or write `prerequisites: []` to state that there are none',
    fixFr: 'listez-les, ou écrivez `prerequisites: []` pour indiquer qu’il n’y en a aucun',
    // `[]` states that there are none; a list of placeholders only ("Non précisé") states nothing.
    stated: (model) => {
      const prerequisites = model.data.audience.prerequisites;
      return prerequisites !== undefined && (prerequisites.length === 0 || listed(prerequisites));
    },
  },
  {
    name: 'access modalities and delay',
    nameFr: 'les modalités et délais d’accès',
    key: 'admin.access',
    pointer: '/admin/access',
    fix: 'add `access: { modalities: …, delay: … }` saying how to enrol and how long before the start',
    fixFr:
      'ajoutez `access: { modalities: …, delay: … }` indiquant comment s’inscrire et dans quel délai avant le début',
    stated: (model) => {
      const access = model.data.admin?.access;
      return access !== undefined && isStated(access.modalities) && isStated(access.delay);
    },
  },
  {
    name: 'price',
    nameFr: 'le tarif',
    key: 'admin.price',
    pointer: '/admin/price',
    fix: 'add `price`, as text or `{ amount, currency, basis }`',
    fixFr: 'ajoutez `price`, en texte ou sous la forme `{ amount, currency, basis }`',
    stated: (model) => {
      const price = model.data.admin?.price;
      return typeof price === 'string' ? isStated(price) : price !== undefined;
    },
  },
  {
    name: 'contact',
    nameFr: 'le contact',
    key: 'admin.contact',
    pointer: '/admin/contact',
    fix: 'add `contact: { name, email, phone }`',
    fixFr: 'ajoutez `contact: { name, email, phone }`',
    stated: (model) => isStated(model.data.admin?.contact?.name),
  },
  {
    name: 'teaching methods',
    nameFr: 'les méthodes mobilisées',
    key: 'modules[].activities',
    pointer: '/modules',
    fix: 'describe at least one activity in a module',
    fixFr: 'décrivez au moins une activité dans un module',
    stated: (model) => model.activities.length > 0,
  },
  {
    name: 'assessment methods',
    nameFr: 'les modalités d’évaluation',
    key: 'assessments',
    pointer: '/assessments',
    fix: 'describe at least one assessment',
    fixFr: 'décrivez au moins une évaluation',
    stated: (model) => model.assessments.length > 0,
  },
  {
    name: 'accessibility for learners with disabilities',
    nameFr: 'l’accessibilité aux personnes en situation de handicap',
    key: 'audience.accessibility',
    pointer: '/audience/accessibility',
    fix: 'state the arrangements, or whom to contact about them',
    fixFr: 'indiquez les aménagements prévus, ou qui contacter à ce sujet',
    stated: (model) => isStated(model.data.audience.accessibility),
  },
  {
    name: 'date of last update',
    nameFr: 'la date de dernière mise à jour',
    key: 'admin.updated',
    pointer: '/admin/updated',
    fix: 'add `updated: YYYY-MM-DD`',
    fixFr: 'ajoutez `updated: AAAA-MM-JJ`',
    stated: (model) => isStated(model.data.admin?.updated),
  },
  {
    name: 'trainers',
    nameFr: 'les formateurs',
    key: 'admin.trainers',
    pointer: '/admin/trainers',
    fix: "add `trainers: [{ name, profile }]` with each trainer's qualifications and experience",
    fixFr:
      'ajoutez `trainers: [{ name, profile }]` avec les qualifications et l’expérience de chaque formateur',
    stated: (model) => (model.data.admin?.trainers ?? []).some((trainer) => isStated(trainer.profile)),
  },
  {
    name: 'pedagogical means',
    nameFr: 'les moyens pédagogiques',
    key: 'admin.means.pedagogical',
    pointer: '/admin/means/pedagogical',
    fix: 'list the teaching methods and materials in `means: { pedagogical: […] }`',
    fixFr: 'listez les méthodes et supports pédagogiques dans `means: { pedagogical: […] }`',
    stated: (model) => listed(model.data.admin?.means?.pedagogical),
  },
  {
    name: 'technical means',
    nameFr: 'les moyens techniques',
    key: 'admin.means.technical',
    pointer: '/admin/means/technical',
    fix: 'list the tools, platforms and rooms in `means: { technical: […] }`',
    fixFr: 'listez les outils, plateformes et salles dans `means: { technical: […] }`',
    stated: (model) => listed(model.data.admin?.means?.technical),
  },
  {
    name: 'completion certificate',
    nameFr: 'la sanction de la formation',
    key: 'admin.completion',
    pointer: '/admin/completion',
    fix: 'add `completion: { kind: attestation | certificate | diploma | rncp-block | other, description }`',
    fixFr:
      'ajoutez `completion: { kind: attestation | certificate | diploma | rncp-block | other, description }`',
    stated: (model) => {
      const completion = model.data.admin?.completion;
      return (
        completion !== undefined && (completion.description === undefined || isStated(completion.description))
      );
    },
  },
  {
    name: 'results indicators',
    nameFr: 'les indicateurs de résultats',
    key: 'admin.results',
    pointer: '/admin/results',
    fix: 'add `results: { date, satisfaction, completion_rate, success_rate }` with at least one figure',
    fixFr:
      'ajoutez `results: { date, satisfaction, completion_rate, success_rate }` avec au moins un chiffre',
    stated: (model) => {
      const results = model.data.admin?.results;
      if (!results) return false;
      const satisfaction =
        typeof results.satisfaction === 'number' || isStated(results.satisfaction as string | undefined);
      return satisfaction || results.completion_rate !== undefined || results.success_rate !== undefined;
    },
  },
];

/** Each piece of information a published training programme must state and the blueprint lacks. */
export const programmeIncomplete = defineRule({
  meta: {
    id: 'programme-incomplete',
    description:
      'The blueprint states everything a published training programme must (Qualiopi indicators 1 and 2): public, prerequisites, objectives, duration, access, price, contact, methods, accessibility, update date, trainers, means, completion, results; placeholders such as "Non précisé" or "TBD" count as missing.',
    descriptionFr:
      'Le blueprint indique tout ce qu’un programme de formation publié doit indiquer (indicateurs 1 et 2 de Qualiopi) : public, prérequis, objectifs, durée, accès, tarif, contact, méthodes, accessibilité, date de mise à jour, formateurs, moyens, sanction, résultats ; les mentions d’attente comme « Non précisé » ou « TBD » comptent comme manquantes.',
    severity: 'error',
    preset: 'qualiopi',
    when: 'the blueprint lacks an item a published training programme must state (the list is below)',
    pointsAt: 'the closest key that exists on the way to the missing item, or the root',
    messages: {
      en: {
        missing: (item: ProgrammeItem) =>
          `the programme does not state its ${item.name} (\`${item.key}\`): ${item.fix}`,
      },
      fr: {
        missing: (item) =>
          french`le programme n’indique pas ${item.nameFr} (\`${item.key}\`) : ${item.fixFr}`,
      },
    },
  },
  check(model, _context, say) {
    return items
      .filter((item) => !item.stated(model))
      .map((item) => ({ ...closestExisting(model.data, item.pointer), message: say.missing(item) }));
  },
});
