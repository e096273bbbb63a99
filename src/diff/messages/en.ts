import type { ChangeClass } from '../classes.js';
import type { FileStatus } from '../files.js';
import type { SubjectKind } from '../types.js';

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** The English wording of `blueprint diff`; `fr.ts` has the same keys (a test checks it). */
export const en = {
  /** Quotes a text from the blueprint. */
  quote: (text: string) => `“${text}”`,
  /** A number as the language writes it. */
  number: (value: number) => String(value),
  yes: 'yes',
  no: 'no',
  /** A value that is absent on one side. */
  none: '(none)',
  /** The version that is not committed. */
  workingTree: 'working tree',
  subjects: {
    blueprint: 'blueprint',
    course: 'course',
    audience: 'audience',
    constraints: 'constraints',
    admin: 'programme',
    objective: 'objective',
    module: 'module',
    activity: 'activity',
    assessment: 'assessment',
    competency: 'competency',
    competencies: 'competencies',
  } satisfies Record<SubjectKind, string>,
  /** Group headings, in the order reports show them. */
  groups: {
    course: 'Course',
    objectives: 'Objectives',
    modules: 'Modules and activities',
    assessments: 'Assessments',
    programme: 'Programme and competencies',
    alignment: 'Alignment',
  },
  fields: {
    id: 'id',
    title: 'title',
    statement: 'statement',
    bloom: 'Bloom level',
    parent: 'parent objective',
    knowledge: 'knowledge dimension',
    competencies: 'competencies',
    duration: 'duration',
    kind: 'kind',
    modality: 'modality',
    objectives: 'objectives',
    summary: 'summary',
    contents: 'contents',
    type: 'type',
    module: 'module',
    position: 'position',
    weight: 'weight',
    criteria: 'criteria',
    block: 'block',
    language: 'language',
    version: 'version',
    description: 'description',
    level: 'level',
    size: 'group size',
    accessibility: 'accessibility',
    prerequisites: 'prerequisites',
    graded: 'graded',
    hours_per_day: 'hours per day',
    max_session: 'longest session',
    budget: 'budget',
    resources: 'resources',
    framework: 'framework',
    file: 'framework file',
    targets: 'targeted competencies',
    price: 'price',
    contact: 'contact',
    access: 'access',
    location: 'location',
    certification: 'certification',
    updated: 'update date',
    sessions: 'sessions',
    trainers: 'trainers',
    means: 'means',
    completion: 'completion',
    results: 'results',
  } as Record<string, string>,
  /** Between a label and what follows. */
  colon: ': ',
  added: (_kind: SubjectKind) => 'added',
  removed: (_kind: SubjectKind) => 'removed',
  renamed: (oldId: string) => `renamed, was ${oldId}`,
  raised: 'raised',
  lowered: 'lowered',
  /** An activity named by its title, in its module. */
  activity: (title: string, module: string) => `${title} in ${module}`,
  programmeWithoutUpdate: (items: string[], updated: string) =>
    `${items.join(', ')} changed without a new update date (admin.updated: ${updated}): update it, the published programme must show it`,
  introduced: 'introduced',
  resolved: 'resolved',
  status: {
    modified: 'changed',
    unchanged: 'no change for learners',
    added: 'new blueprint',
    removed: 'blueprint removed',
    invalid: 'not compared',
  } satisfies Record<FileStatus, string>,
  invalid: (version: 'old' | 'new', message: string) =>
    `the ${version} version is not a valid blueprint: ${message}`,
  plannedTime: (before: string, after: string) => `planned time ${before} → ${after}`,
  /** The closing summary of a report. */
  summary: (counts: {
    files: number;
    learners: number;
    programme: number;
    introduced: number;
    resolved: number;
  }) => {
    const parts = [
      counts.learners === 0
        ? 'No change for learners'
        : plural(counts.learners, 'change for learners', 'changes for learners'),
    ];
    if (counts.programme > 0) parts.push(`${counts.programme} to the programme`);
    if (counts.introduced + counts.resolved > 0)
      parts.push(
        `${plural(counts.introduced, 'finding', 'findings')} introduced, ${counts.resolved} resolved`,
      );
    return `${parts.join(', ')} (${plural(counts.files, 'file', 'files')} compared)`;
  },
  markdownTitle: (from: string, to: string) => `Blueprint changes: ${from} → ${to}`,
  table: {
    file: 'file',
    status: 'status',
    learners: 'learners',
    programme: 'programme',
    introduced: 'findings introduced',
    resolved: 'resolved',
  },
  details: 'Details',
  /** Each rule's finding, as a consequence of a change. */
  rules: {
    'activities-exceed-module': 'activities longer than their module',
    'assessment-before-teaching': 'assessed before it is taught',
    'assessment-below-objective': 'assessment below the objective’s level',
    'assessment-without-objective': 'assessment measures no objective',
    'competency-not-covered': 'competency not covered',
    'duplicate-id': 'duplicate id',
    'duration-over-budget': 'plan over the duration budget',
    'duration-under-budget': 'plan under the duration budget',
    'modality-mismatch': 'modality contradicts the course’s',
    'module-without-objective': 'module without objective',
    'no-summative-assessment': 'no summative assessment',
    'objective-activity-as-outcome': 'objective names an activity, not an outcome',
    'objective-missing-verb': 'objective without action verb',
    'objective-multiple-verbs': 'objective holds several outcomes',
    'objective-not-assessed': 'objective not assessed',
    'objective-not-taught': 'objective not taught',
    'objective-overload': 'more objectives than the time can teach',
    'objective-teacher-centred': 'objective says what the teacher does',
    'objective-unmeasurable-verb': 'objective verb cannot be measured',
    'objective-verb-level-mismatch': 'verb does not match the Bloom level',
    'parent-cycle': 'objective parents form a cycle',
    'programme-incomplete': 'programme incomplete',
    'session-too-long': 'session too long',
    'unknown-reference': 'unknown reference',
    'unused-disable': 'unused disable comment',
    'weights-not-100': 'weights do not add up to 100',
  } as Record<string, string>,
  /** What each class of change means, for `--fail-on` and the docs. */
  classes: {
    'blueprint-added': 'a new blueprint file',
    'blueprint-removed': 'a blueprint file removed',
    'course-retitled': 'the course title changed',
    'course-changed': 'the course id, language, version or summary changed',
    'audience-changed': 'the audience’s description, level, group size or accessibility changed',
    'prerequisites-changed': 'prerequisites added or removed',
    'duration-changed': 'the total duration (constraints.duration) changed',
    'modality-changed': 'the course modality changed',
    'constraints-changed': 'graded, hours per day, longest session, budget or resources changed',
    'objective-added': 'an objective added',
    'objective-removed': 'an objective removed',
    'objective-renamed': 'an objective’s id changed (matched by position and wording)',
    'objective-reworded': 'an objective’s statement changed',
    'objective-level-changed': 'an objective’s Bloom level raised or lowered',
    'objective-parent-changed': 'an objective’s parent changed',
    'objective-knowledge-changed': 'an objective’s knowledge dimension changed',
    'objective-competencies-changed': 'the competencies an objective maps to changed',
    'module-added': 'a module added',
    'module-removed': 'a module removed',
    'module-renamed': 'a module’s id changed',
    'module-retitled': 'a module’s title changed',
    'module-moved': 'a module delivered at another point of the plan',
    'module-duration-changed': 'a module lengthened or shortened',
    'module-modality-changed': 'a module’s own modality changed',
    'module-kind-changed': 'a module’s kind changed (teaching, break…)',
    'module-objectives-changed': 'the objectives a module teaches changed',
    'module-content-changed': 'a module’s summary or contents changed',
    'activity-added': 'an activity added to a module',
    'activity-removed': 'an activity removed from a module',
    'activity-renamed': 'an activity’s id changed',
    'activity-retitled': 'an activity’s title changed',
    'activity-moved': 'an activity moved to another module',
    'activity-duration-changed': 'an activity lengthened or shortened',
    'activity-type-changed': 'an activity’s learning type changed',
    'activity-objectives-changed': 'the objectives an activity serves changed',
    'assessment-added': 'an assessment added',
    'assessment-removed': 'an assessment removed',
    'assessment-renamed': 'an assessment’s id changed',
    'assessment-retitled': 'an assessment’s title changed',
    'assessment-kind-changed': 'an assessment’s kind changed (diagnostic, formative, summative)',
    'assessment-type-changed': 'an assessment’s type changed (quiz, project…)',
    'assessment-level-changed': 'an assessment’s Bloom level changed',
    'assessment-weight-changed': 'an assessment’s weight changed',
    'assessment-objectives-changed': 'the objectives an assessment measures changed',
    'assessment-module-changed': 'the module an assessment takes place in changed',
    'assessment-criteria-changed': 'an assessment’s criteria changed',
    'competency-added': 'a competency added',
    'competency-removed': 'a competency removed',
    'competency-renamed': 'a competency’s id changed',
    'competency-retitled': 'a competency’s title or block changed',
    'competencies-changed': 'the framework, its file or the targeted competencies changed',
    'price-changed': 'the price (admin.price) changed',
    'admin-changed': 'another admin item changed (contact, access, trainers, update date…)',
    'programme-changed-without-update':
      'a published programme’s duration, modality, price or prerequisites changed and admin.updated did not move',
    'finding-introduced': 'the change introduces a rule finding',
  } satisfies Record<ChangeClass | 'finding-introduced', string>,
};

/** The wording of one language: every key of the English catalogue. */
export type Messages = typeof en;
