import type { ChangeClass, ChangeScope } from './classes.js';

/** What a change is about: the course itself, a section, or an entity of the blueprint. */
export type SubjectKind =
  | 'blueprint'
  | 'course'
  | 'audience'
  | 'constraints'
  | 'admin'
  | 'objective'
  | 'module'
  | 'activity'
  | 'assessment'
  | 'competency'
  | 'competencies';

/** The thing a change is about, named as the new version names it. */
export interface Subject {
  kind: SubjectKind;
  /** Its id (an activity without one is named by its title in `label`). */
  id?: string;
  /** Its id in the old version, when it was renamed. */
  oldId?: string;
  /** A short human name: an activity's title, a module's title for context. */
  label?: string;
  /** For an activity: the id of the module it belongs to. */
  module?: string;
}

/**
 * How a value is shown: `text` quoted, `code` as a literal (levels, kinds, ids), `duration` in
 * minutes written as 1h30, `number`, `list` of strings compared as a set, `data` any value.
 */
export type ValueKind = 'text' | 'code' | 'duration' | 'number' | 'list' | 'data';

/** One change between two versions of a blueprint, in a stable JSON shape. */
export interface Change {
  class: ChangeClass;
  scope: ChangeScope;
  subject: Subject;
  /** The key that changed, as written in the blueprint (`bloom`, `duration`, `price`…). */
  field?: string;
  /** How `before` and `after` are shown. */
  value?: ValueKind;
  /** The old value, normalised as the model reads it (durations in minutes, canonical levels). */
  before?: unknown;
  /** The new value. */
  after?: unknown;
  /** For a `list`: the items only the new version has. */
  added?: string[];
  /** For a `list`: the items only the old version has. */
  removed?: string[];
  /** For `programme-changed-without-update`: the published items that changed (`duration`, `price`…). */
  items?: string[];
}

/** A rule finding that exists on one side only: what the change does to alignment. */
export interface Consequence {
  status: 'introduced' | 'resolved';
  rule: string;
  severity: 'error' | 'warning';
  /** What the finding is about, named as its side names it. */
  subject: Subject;
  /** The rule's message (English), from the side that has the finding. */
  message: string;
  /** The finding's JSON Pointer, in the side that has it. */
  path: string;
}

/** What `diffModels` finds between two versions of one blueprint. */
export interface BlueprintDiff {
  changes: Change[];
  consequences: Consequence[];
  /** Planned time (the modules' durations added up), in minutes, before and after. */
  plannedMinutes: { before: number; after: number };
}
