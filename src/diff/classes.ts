/**
 * The classes of change `blueprint diff` reports, as data: each is a `--fail-on` value, a key of
 * the message catalogues, and says whom the change concerns first: learners (what they are
 * taught, how long, how they are assessed) or the published programme (its administrative facts).
 */
export const CHANGE_CLASSES = {
  'blueprint-added': 'learners',
  'blueprint-removed': 'learners',
  'course-retitled': 'learners',
  'course-changed': 'learners',
  'audience-changed': 'learners',
  'prerequisites-changed': 'learners',
  'duration-changed': 'learners',
  'modality-changed': 'learners',
  'constraints-changed': 'learners',
  'objective-added': 'learners',
  'objective-removed': 'learners',
  'objective-renamed': 'learners',
  'objective-reworded': 'learners',
  'objective-level-changed': 'learners',
  'objective-parent-changed': 'learners',
  'objective-knowledge-changed': 'learners',
  'objective-competencies-changed': 'learners',
  'module-added': 'learners',
  'module-removed': 'learners',
  'module-renamed': 'learners',
  'module-retitled': 'learners',
  'module-moved': 'learners',
  'module-duration-changed': 'learners',
  'module-modality-changed': 'learners',
  'module-kind-changed': 'learners',
  'module-objectives-changed': 'learners',
  'module-content-changed': 'learners',
  'activity-added': 'learners',
  'activity-removed': 'learners',
  'activity-renamed': 'learners',
  'activity-retitled': 'learners',
  'activity-moved': 'learners',
  'activity-duration-changed': 'learners',
  'activity-type-changed': 'learners',
  'activity-objectives-changed': 'learners',
  'assessment-added': 'learners',
  'assessment-removed': 'learners',
  'assessment-renamed': 'learners',
  'assessment-retitled': 'learners',
  'assessment-kind-changed': 'learners',
  'assessment-type-changed': 'learners',
  'assessment-level-changed': 'learners',
  'assessment-weight-changed': 'learners',
  'assessment-objectives-changed': 'learners',
  'assessment-module-changed': 'learners',
  'assessment-criteria-changed': 'learners',
  'competency-added': 'programme',
  'competency-removed': 'programme',
  'competency-renamed': 'programme',
  'competency-retitled': 'programme',
  'competencies-changed': 'programme',
  'price-changed': 'programme',
  'admin-changed': 'programme',
  'programme-changed-without-update': 'programme',
} as const;

/** A class of change, such as `objective-removed`. */
export type ChangeClass = keyof typeof CHANGE_CLASSES;

/** Whom a change concerns first. */
export type ChangeScope = (typeof CHANGE_CLASSES)[ChangeClass];

/** `--fail-on` also takes this: a rule finding that the change introduces. */
export const FINDING_INTRODUCED = 'finding-introduced';

/** Every value `--fail-on` accepts, in the catalogue's order. */
export const FAIL_ON_CLASSES: readonly string[] = [...Object.keys(CHANGE_CLASSES), FINDING_INTRODUCED];
