import { describeEntity } from '../model/describe-entity.js';
import type { IdEntry } from '../model/model.js';
import type { Rule } from './types.js';

/** Two entities share an id: reported at the second (and each later) occurrence. */
export const duplicateId: Rule = {
  meta: {
    id: 'duplicate-id',
    description: 'Every id is unique across objectives, modules, activities, assessments and competencies.',
    severity: 'error',
    preset: 'recommended',
  },
  check(model) {
    const first = new Map<string, IdEntry>();
    const reports = [];
    for (const entry of model.ids) {
      const earlier = first.get(entry.id);
      if (!earlier) {
        first.set(entry.id, entry);
        continue;
      }
      reports.push({
        path: entry.path === '/competencies/file' ? entry.path : `${entry.path}/id`,
        message: `duplicate id \`${entry.id}\`: ${describeEntity(earlier)} already has it; rename this ${entry.kind} (ids are shared by objectives, modules, activities, assessments and competencies)`,
      });
    }
    return reports;
  },
};
