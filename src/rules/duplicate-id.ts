import { french } from '../i18n/typography.js';
import { parsePointer } from '../load/pointer.js';
import { describeEntity, FRENCH_KINDS } from '../model/describe-entity.js';
import type { IdEntry } from '../model/model.js';
import { defineRule, type RuleReport } from './types.js';

/** Two entities share an id: reported at the second (and each later) occurrence. */
export const duplicateId = defineRule({
  meta: {
    id: 'duplicate-id',
    description: 'Every id is unique across objectives, modules, activities, assessments and competencies.',
    descriptionFr:
      'Chaque id est unique parmi les objectifs, modules, activités, évaluations et compétences.',
    severity: 'error',
    preset: 'recommended',
    when: 'two entities share an id',
    pointsAt: 'the second occurrence',
    messages: {
      en: {
        duplicate: (entry: IdEntry, earlier: IdEntry) =>
          `duplicate id \`${entry.id}\`: ${describeEntity(earlier)} already has it; rename this ${entry.kind} (ids are shared by objectives, modules, activities, assessments and competencies)`,
      },
      fr: {
        duplicate: (entry, earlier) =>
          french`id en double \`${entry.id}\` : ${describeEntity(earlier, 'fr')} le porte déjà ; renommez ${FRENCH_KINDS[entry.kind].demonstrative} (les ids sont communs aux objectifs, modules, activités, évaluations et compétences)`,
      },
    },
  },
  check(model, _context, say) {
    // Most blueprints have no duplicate (each id is then its own first definition): then there is
    // nothing to put in document order.
    if (model.byId.size === model.ids.length) return [];
    const first = new Map<string, IdEntry>();
    const reports: RuleReport[] = [];
    const position = (entry: IdEntry) => documentPosition(model.data, entry.path);
    const ordered = [...model.ids].sort((a, b) => comparePositions(position(a), position(b)));
    for (const entry of ordered) {
      const earlier = first.get(entry.id);
      if (!earlier) {
        first.set(entry.id, entry);
        continue;
      }
      reports.push({
        path: entry.path === '/competencies/file' ? entry.path : `${entry.path}/id`,
        message: say.duplicate(entry, earlier),
      });
    }
    return reports;
  },
});

/**
 * Where a node sits in document order: at each mapping, the index of the key among the mapping's
 * keys (YAML keeps them in the order written); at each list, the item's index.
 */
function documentPosition(data: unknown, pointer: string): number[] {
  const position: number[] = [];
  let node = data;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(node)) position.push(Number(segment));
    else if (node !== null && typeof node === 'object') position.push(Object.keys(node).indexOf(segment));
    else break;
    node = (node as Record<string, unknown>)[segment];
  }
  return position;
}

function comparePositions(a: number[], b: number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const difference = (a[index] as number) - (b[index] as number);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
