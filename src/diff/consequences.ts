import { parsePointer } from '../load/pointer.js';
import type { Model } from '../model/model.js';
import type { Finding } from '../types.js';
import type { Consequence, Subject, SubjectKind } from './types.js';

/** The top-level lists whose items are entities, and the kind of each. */
const ENTITY_LISTS: Readonly<Record<string, SubjectKind>> = {
  objectives: 'objective',
  modules: 'module',
  assessments: 'assessment',
};

/**
 * Where a finding is, said in a way that survives edits elsewhere in the file: each list index
 * replaced by the item's id (renamed ids mapped to the new ones), its text for a list of strings,
 * its title for an activity without id. `/modules/1/activities/0/objectives/2` becomes
 * `modules[M2].activities[Warm-up].objectives[O3]`.
 */
export function stableAddress(model: Model, path: string, rename: (id: string) => string): string {
  let node: unknown = model.data;
  let address = '';
  for (const segment of parsePointer(path)) {
    const item = Array.isArray(node) && /^\d+$/.test(segment) ? node[Number(segment)] : undefined;
    if (Array.isArray(node)) {
      const name =
        typeof item === 'string'
          ? rename(item)
          : item && typeof item === 'object' && 'id' in item && typeof item.id === 'string'
            ? rename(item.id)
            : item && typeof item === 'object' && 'title' in item && typeof item.title === 'string'
              ? `“${item.title}”`
              : segment;
      address += `[${name}]`;
      node = item;
    } else {
      address += address === '' ? segment : `.${segment}`;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return address;
}

/** The entity a finding's path lies in (an objective, a module, an activity, an assessment), else the section. */
export function subjectOf(model: Model, path: string): Subject {
  const [list, index, sub, subIndex] = parsePointer(path);
  const kind = list === undefined ? undefined : ENTITY_LISTS[list];
  if (kind !== undefined && index !== undefined && /^\d+$/.test(index)) {
    const position = Number(index);
    if (kind === 'module' && sub === 'activities' && subIndex !== undefined && /^\d+$/.test(subIndex)) {
      const activity = model.modules[position]?.activities[Number(subIndex)];
      if (activity)
        return {
          kind: 'activity',
          ...(activity.id ? { id: activity.id } : {}),
          label: activity.title,
          module: activity.module.id,
        };
    }
    const entity =
      kind === 'objective'
        ? model.objectives[position]
        : kind === 'module'
          ? model.modules[position]
          : model.assessments[position];
    if (entity) return { kind, id: entity.id };
  }
  if (list === 'audience' || list === 'constraints' || list === 'admin' || list === 'competencies')
    return { kind: list };
  return { kind: 'course' };
}

/**
 * The rule findings one version has and the other has not, matched by rule and stable address
 * (not by line): introduced by the change, or resolved by it. Old addresses go through `renames`,
 * so that renaming an objective neither resolves nor introduces its findings.
 */
export function diffFindings(
  before: { model: Model; findings: readonly Finding[] },
  after: { model: Model; findings: readonly Finding[] },
  renames: ReadonlyMap<string, string>,
): Consequence[] {
  const rename = (id: string) => renames.get(id) ?? id;
  const keyed = (side: typeof before, map: (id: string) => string) => {
    const keys = new Map<string, Finding>();
    for (const finding of side.findings) {
      const key = `${finding.rule}\u0000${stableAddress(side.model, finding.path, map)}`;
      if (!keys.has(key)) keys.set(key, finding);
    }
    return keys;
  };
  const old = keyed(before, rename);
  const neu = keyed(after, (id) => id);
  const consequences: Consequence[] = [];
  const report = (status: Consequence['status'], model: Model, finding: Finding) =>
    consequences.push({
      status,
      rule: finding.rule,
      severity: finding.severity,
      subject: subjectOf(model, finding.path),
      message: finding.message,
      path: finding.path,
    });
  for (const [key, finding] of neu) if (!old.has(key)) report('introduced', after.model, finding);
  for (const [key, finding] of old) if (!neu.has(key)) report('resolved', before.model, finding);
  return consequences;
}
