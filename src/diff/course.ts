import type { Model } from '../model/model.js';
import type { Change, Subject } from './types.js';
import { change, compareFields, type FieldSpec } from './values.js';

const COURSE: FieldSpec<Model>[] = [
  { field: 'title', class: 'course-retitled', value: 'text', get: (m) => m.data.title },
  { field: 'id', class: 'course-changed', value: 'code', get: (m) => m.data.id },
  { field: 'language', class: 'course-changed', value: 'code', get: (m) => m.language },
  { field: 'version', class: 'course-changed', value: 'text', get: (m) => m.data.version },
  { field: 'summary', class: 'course-changed', value: 'text', get: (m) => m.data.summary },
];

const AUDIENCE: FieldSpec<Model>[] = [
  { field: 'description', class: 'audience-changed', value: 'text', get: (m) => m.data.audience.description },
  { field: 'level', class: 'audience-changed', value: 'code', get: (m) => m.data.audience.level },
  { field: 'size', class: 'audience-changed', value: 'data', get: (m) => m.data.audience.size },
  {
    field: 'accessibility',
    class: 'audience-changed',
    value: 'text',
    get: (m) => m.data.audience.accessibility,
  },
  {
    field: 'prerequisites',
    class: 'prerequisites-changed',
    value: 'list',
    get: (m) => m.data.audience.prerequisites,
  },
];

const CONSTRAINTS: FieldSpec<Model>[] = [
  { field: 'duration', class: 'duration-changed', value: 'duration', get: (m) => m.duration },
  {
    field: 'modality',
    class: 'modality-changed',
    value: 'data',
    // Alternatives are a set: [remote, in-person] and [in-person, remote] offer the same.
    get: (m) => (m.modalityAlternatives ? [...m.modalities].sort() : m.modality),
  },
  { field: 'graded', class: 'constraints-changed', value: 'data', get: (m) => m.graded },
  { field: 'hours_per_day', class: 'constraints-changed', value: 'number', get: (m) => m.hoursPerDay },
  { field: 'max_session', class: 'constraints-changed', value: 'duration', get: (m) => m.maxSession },
  { field: 'budget', class: 'constraints-changed', value: 'data', get: (m) => m.data.constraints.budget },
  {
    field: 'resources',
    class: 'constraints-changed',
    value: 'list',
    get: (m) => m.data.constraints.resources,
  },
];

const COMPETENCIES: FieldSpec<Model>[] = [
  {
    field: 'framework',
    class: 'competencies-changed',
    value: 'text',
    get: (m) => m.data.competencies?.framework,
  },
  { field: 'file', class: 'competencies-changed', value: 'text', get: (m) => m.data.competencies?.file },
  {
    field: 'targets',
    class: 'competencies-changed',
    value: 'list',
    get: (m, rename) => m.competencyTargets?.map((ref) => rename(ref.id)),
  },
];

/** The `admin` keys, each compared as a whole value; `price` has a class of its own. */
const ADMIN_KEYS = [
  'price',
  'contact',
  'access',
  'location',
  'certification',
  'updated',
  'sessions',
  'trainers',
  'means',
  'completion',
  'results',
] as const;

const ADMIN: FieldSpec<Model>[] = ADMIN_KEYS.map((key) => ({
  field: key,
  class: key === 'price' ? 'price-changed' : 'admin-changed',
  value: key === 'updated' ? 'code' : key === 'sessions' ? 'list' : 'data',
  get: (m: Model) => m.data.admin?.[key],
}));

/** What a published programme states and must date anew when it changes (`admin.updated`). */
const PUBLISHED_ITEMS: Readonly<Record<string, string>> = {
  'duration-changed': 'duration',
  'modality-changed': 'modality',
  'price-changed': 'price',
  'prerequisites-changed': 'prerequisites',
};

/** The changes of the course's own keys: identity, audience, constraints, competencies, admin. */
export function diffCourse(before: Model, after: Model, renames: Map<string, string>): Change[] {
  const rename = (id: string) => renames.get(id) ?? id;
  const section = (kind: Subject['kind'], specs: FieldSpec<Model>[]) =>
    compareFields(specs, before, after, rename, { kind });
  return [
    ...section('course', COURSE),
    ...section('audience', AUDIENCE),
    ...section('constraints', CONSTRAINTS),
    ...section('competencies', COMPETENCIES),
    ...section('admin', ADMIN),
  ];
}

/**
 * A published programme (the old version has an `admin` section) whose duration, modality, price
 * or prerequisites changed while `admin.updated` did not move forward: in France, the programme a
 * training organisation publishes must show the date of its last update.
 */
export function programmeWithoutUpdate(before: Model, after: Model, changes: readonly Change[]): Change[] {
  if (before.data.admin === undefined) return [];
  const items = [
    ...new Set(
      changes.flatMap((c) => (PUBLISHED_ITEMS[c.class] ? [PUBLISHED_ITEMS[c.class] as string] : [])),
    ),
  ];
  if (items.length === 0) return [];
  const old = before.data.admin.updated;
  const neu = after.data.admin?.updated;
  if (neu !== undefined && (old === undefined || neu > old)) return [];
  return [
    change(
      'programme-changed-without-update',
      { kind: 'admin' },
      { field: 'updated', value: 'code', before: old, after: neu, items },
    ),
  ];
}
