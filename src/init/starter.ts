import { readFileSync } from 'node:fs';
import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  Pair,
  parseDocument,
  Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { DEFAULT_HOURS_PER_DAY, parseDuration } from '../model/duration.js';
import type { InitAnswers, Language, Level, Modality, StarterName } from './questions.js';
import { formatMinutes, planModules } from './schedule.js';
import { slugify } from './slug.js';
import { trimToTeachingTime } from './trim.js';

/** How the starters are printed back: no folding, flow collections as written (`[O1]`). */
const TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

/** The source text of a starter, as shipped in templates/init/<starter>.<language>.yaml. */
export function readStarter(starter: StarterName, language: Language): string {
  return readFileSync(new URL(`../../templates/init/${starter}.${language}.yaml`, import.meta.url), 'utf8');
}

/** The answers that leave a starter as shipped: its own title, audience, level, duration and modality. */
export function starterDefaults(starter: StarterName, language: Language): InitAnswers {
  const doc = parseDocument(readStarter(starter, language));
  const text = (path: string[]) => String(doc.getIn(path));
  return {
    language,
    starter,
    title: text(['title']),
    audience: text(['audience', 'description']),
    level: text(['audience', 'level']) as Level,
    duration: text(['constraints', 'duration']),
    modality: text(['constraints', 'modality']) as Modality,
  };
}

/** What a module is called when a long one is split into sessions, by language. */
const PART_TITLE: Record<Language, (title: string, part: number, parts: number) => string> = {
  en: (title, part, parts) => `${title} (part ${part} of ${parts})`,
  fr: (title, part, parts) => `${title} (partie ${part} sur ${parts})`,
};

/**
 * Fills a starter with the answers: title and the id derived from it, audience, level, total
 * duration and modality; module and activity durations scaled to the total (whole minutes that
 * add up exactly, modules split into sessions no longer than `max_session`); module modalities
 * made consistent with the course's. Comments and layout are kept; same input, same bytes.
 */
export function fillStarter(source: string, answers: InitAnswers, id = slugify(answers.title)): string {
  const doc = parseDocument(source);
  setScalar(doc, ['id'], id);
  setScalar(doc, ['title'], answers.title);
  setScalar(doc, ['language'], answers.language);
  setScalar(doc, ['audience', 'description'], answers.audience);
  setScalar(doc, ['audience', 'level'], answers.level);
  setScalar(doc, ['constraints', 'duration'], answers.duration);
  const modality = setScalar(doc, ['constraints', 'modality'], answers.modality);
  if (modality.changed) modality.node.comment = undefined;

  const hoursPerDay = Number(doc.getIn(['constraints', 'hours_per_day']) ?? DEFAULT_HOURS_PER_DAY);
  const minutes = (value: unknown) => parseDuration(String(value), hoursPerDay) ?? 0;
  const total = minutes(answers.duration);
  const maxSessionText = doc.getIn(['constraints', 'max_session']);
  const maxSession = maxSessionText === undefined ? undefined : minutes(maxSessionText);

  const modules = doc.getIn(['modules'], true) as YAMLSeq<YAMLMap>;
  // Breaks, meals and the like keep their length, and only in a course at least as long as the
  // starter's (a 45-minute course has no lunch); the teaching modules share the rest.
  const starterTotal = modules.items.reduce((sum, module) => sum + minutes(module.get('duration') ?? '0'), 0);
  const keepOthers = total >= starterTotal;
  const otherMinutes = keepOthers
    ? modules.items
        .filter((module) => !isTeaching(module))
        .reduce((sum, module) => sum + minutes(module.get('duration') ?? '0'), 0)
    : 0;
  trimToTeachingTime(doc, total - otherMinutes);
  const teaching = modules.items.filter(isTeaching);
  const plans = planModules(
    total - otherMinutes,
    teaching.map((module) => ({
      minutes: minutes(module.get('duration')),
      activities: (activitiesOf(module)?.items ?? []).map((activity) => minutes(activity.get('duration'))),
    })),
    maxSession,
  );

  const renamed = layOutModules(modules, { teaching, plans, keepOthers, answers });
  repointAssessments(doc, renamed);
  return doc.toString(TO_STRING);
}

/** Puts the teaching modules in their planned parts and durations (breaks kept or dropped); returns the ids of split modules, old to new. */
function layOutModules(
  modules: YAMLSeq<YAMLMap>,
  layout: {
    teaching: YAMLMap[];
    plans: ReturnType<typeof planModules>;
    keepOthers: boolean;
    answers: InitAnswers;
  },
): Map<string, string> {
  const { teaching, plans, keepOthers, answers } = layout;
  const renamed = new Map<string, string>();
  const laidOut: YAMLMap[] = [];
  modules.items.forEach((module) => {
    if (!isTeaching(module)) {
      if (keepOthers) laidOut.push(module);
      return;
    }
    const plan = plans[teaching.indexOf(module)];
    if (!plan) return;
    const moduleId = String(module.get('id'));
    const title = String(module.get('title'));
    setModuleModality(module, answers.modality, teaching.indexOf(module), teaching.length);
    plan.parts.forEach((part, partIndex) => {
      const copy = partIndex === plan.parts.length - 1 ? module : (module.clone() as YAMLMap);
      if (plan.parts.length > 1) {
        const partId = `${moduleId}.${partIndex + 1}`;
        setScalar(copy, ['id'], partId);
        setScalar(copy, ['title'], PART_TITLE[answers.language](title, partIndex + 1, plan.parts.length));
        if (partIndex > 0) copy.spaceBefore = false;
        renamed.set(moduleId, partId);
      }
      setScalar(copy, ['duration'], formatMinutes(part.minutes));
      const activities = activitiesOf(copy);
      if (activities) {
        const original = [...activities.items];
        activities.items = part.activities.map(({ index, minutes: length }) => {
          const activity = original[index] as YAMLMap;
          setScalar(activity, ['duration'], formatMinutes(length));
          return activity;
        });
      }
      laidOut.push(copy);
    });
  });
  modules.items = laidOut;
  return renamed;
}

/** Points each assessment placed in a module that was split at the module's last part. */
function repointAssessments(doc: Document, renamed: ReadonlyMap<string, string>): void {
  const assessments = doc.getIn(['assessments'], true);
  if (!isSeq(assessments)) return;
  for (const assessment of assessments.items) {
    if (!isMap(assessment)) continue;
    const placed = renamed.get(String(assessment.get('module')));
    if (placed) setScalar(assessment, ['module'], placed);
  }
}

const BLENDED_MIX = { first: 'self-paced', middle: 'in-person', last: 'remote' } as const;

/**
 * Module modalities that cannot contradict the course's: none written under a single-mode
 * course (modules inherit it), and under `blended` each module says its own, the starter's
 * when it has one, else online preparation first, sessions in the room, remote follow-up last.
 */
function setModuleModality(module: YAMLMap, course: Modality, index: number, count: number): void {
  if (course !== 'blended') {
    module.delete('modality');
    return;
  }
  if (module.has('modality')) return;
  const modality =
    count === 1
      ? BLENDED_MIX.middle
      : index === 0
        ? BLENDED_MIX.first
        : index === count - 1
          ? BLENDED_MIX.last
          : BLENDED_MIX.middle;
  const at = module.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === 'duration');
  module.items.splice(at + 1, 0, new Pair(new Scalar('modality'), new Scalar(modality)));
}

/** Whether a starter's module teaches (its `kind` is absent or `teaching`), rather than a break or a meal. */
function isTeaching(module: YAMLMap): boolean {
  const kind = module.get('kind');
  return kind === undefined || kind === 'teaching';
}

/** A module's activities, or undefined when it lists none. */
function activitiesOf(module: YAMLMap): YAMLSeq<YAMLMap> | undefined {
  const activities = module.get('activities', true);
  return isSeq(activities) ? (activities as YAMLSeq<YAMLMap>) : undefined;
}

/**
 * Sets a scalar in place, keeping its comments and style (a new scalar is added at the end of
 * its map when the key is missing); tells whether the value changed.
 */
function setScalar(
  root: Document | YAMLMap,
  path: string[],
  value: string,
): { node: Scalar; changed: boolean } {
  const existing = root.getIn(path, true);
  if (isScalar(existing)) {
    const changed = existing.value !== value;
    existing.value = value;
    return { node: existing, changed };
  }
  const node = new Scalar(value);
  root.setIn(path, node);
  return { node, changed: true };
}
