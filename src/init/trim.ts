import { type Document, isMap, isScalar, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { DEFAULT_OBJECTIVES_PER_HOUR } from '../rules/objective-overload.js';
import { apportion } from './schedule.js';

/** Assessment types that measure no objective, kept when every objective they could list is gone. */
const NON_MEASURING = new Set(['participation', 'attendance']);

/** The ids in a mapping's `objectives` list. */
const idsOf = (map: YAMLMap): string[] => {
  const list = map.get('objectives', true);
  return isSeq(list) ? list.items.map((item) => String(isScalar(item) ? item.value : item)) : [];
};

/**
 * Keeps a starter within what `objective-overload` allows for `teachingMinutes`: a starter scaled
 * down to a 15-minute course cannot teach its five objectives. The last objectives go, with them
 * every reference to them, the teaching modules and assessments left with nothing to teach or
 * measure, and the summative weights are shared out again to add up to 100. Starters have no
 * `parent` objectives, so every objective counts.
 */
export function trimToTeachingTime(doc: Document, teachingMinutes: number): void {
  const allowed = Math.floor((DEFAULT_OBJECTIVES_PER_HOUR * Math.max(teachingMinutes, 60)) / 60);
  const objectives = doc.getIn(['objectives'], true) as YAMLSeq<YAMLMap>;
  if (objectives.items.length <= allowed) return;
  const dropped = new Set(objectives.items.slice(allowed).map((objective) => String(objective.get('id'))));
  objectives.items = objectives.items.slice(0, allowed);
  const prune = (map: YAMLMap) => {
    const list = map.get('objectives', true);
    if (isSeq(list))
      list.items = list.items.filter((item) => !dropped.has(String(isScalar(item) ? item.value : item)));
  };

  const modules = doc.getIn(['modules'], true) as YAMLSeq<YAMLMap>;
  const removed = new Set<string>();
  modules.items = modules.items.filter((module) => {
    const teaches = module.get('kind') === undefined || module.get('kind') === 'teaching';
    const before = idsOf(module).length;
    prune(module);
    const activities = module.get('activities', true);
    const activityMaps = isSeq(activities) ? (activities.items as YAMLMap[]) : [];
    for (const activity of activityMaps) prune(activity);
    const left =
      idsOf(module).length + activityMaps.reduce((sum, activity) => sum + idsOf(activity).length, 0);
    if (!teaches || left > 0 || before === 0) return true;
    removed.add(String(module.get('id')));
    return false;
  });
  const lastTeaching = [...modules.items].reverse().find((module) => module.get('kind') === undefined);

  const assessments = doc.getIn(['assessments'], true);
  if (!isSeq(assessments)) return;
  assessments.items = assessments.items.filter((assessment) => {
    if (!isMap(assessment)) return true;
    prune(assessment);
    if (removed.has(String(assessment.get('module'))) && lastTeaching)
      assessment.set('module', lastTeaching.get('id'));
    return idsOf(assessment).length > 0 || NON_MEASURING.has(String(assessment.get('type')));
  });
  const weighted = (assessments.items as YAMLMap[]).filter(
    (assessment) => assessment.get('kind') === 'summative' && typeof assessment.get('weight') === 'number',
  );
  const weights = weighted.map((assessment) => Number(assessment.get('weight')));
  if (weights.length === 0 || weights.reduce((a, b) => a + b, 0) === 100) return;
  const shares = apportion(100, weights);
  for (const [index, assessment] of weighted.entries()) assessment.set('weight', shares[index]);
}
