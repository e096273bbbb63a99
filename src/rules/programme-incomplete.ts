import type { Model } from '../model/model.js';
import type { Rule, RuleReport } from './types.js';

/** One piece of information a published training programme must state. */
interface ProgrammeItem {
  /** What a reader of the programme looks for. */
  name: string;
  /** Where the blueprint states it. */
  key: string;
  /** How to state it. */
  fix: string;
  stated(model: Model): boolean;
  /** Where to add it: the existing node closest to where it belongs. */
  where(model: Model): Pick<RuleReport, 'path' | 'key'>;
}

const filled = (text: string | undefined): boolean => text !== undefined && text.trim() !== '';
const admin = (model: Model): Pick<RuleReport, 'path' | 'key'> =>
  model.data.admin === undefined ? { path: '' } : { path: '/admin', key: true };
const audience = { path: '/audience', key: true };

const items: readonly ProgrammeItem[] = [
  {
    name: 'target public',
    key: 'audience.description',
    fix: 'describe who the course is for',
    stated: (model) => filled(model.data.audience.description),
    where: () => ({ path: '/audience/description' }),
  },
  {
    name: 'prerequisites',
    key: 'audience.prerequisites',
    fix: 'list them, or write `prerequisites: []` to state that there are none',
    stated: (model) => model.data.audience.prerequisites !== undefined,
    where: () => audience,
  },
  {
    name: 'objectives',
    key: 'objectives',
    fix: 'state what learners will be able to do',
    stated: (model) => model.objectives.length > 0,
    where: () => ({ path: '/objectives', key: true }),
  },
  {
    name: 'duration',
    key: 'constraints.duration',
    fix: 'state the total planned learning time',
    stated: (model) => model.duration > 0,
    where: () => ({ path: '/constraints', key: true }),
  },
  {
    name: 'access modalities and delay',
    key: 'admin.access',
    fix: 'add `access: { modalities: …, delay: … }` saying how to enrol and how long before the start',
    stated: (model) => {
      const access = model.data.admin?.access;
      return access !== undefined && filled(access.modalities) && filled(access.delay);
    },
    where: admin,
  },
  {
    name: 'price',
    key: 'admin.price',
    fix: 'add `price`, as text or `{ amount, currency, basis }`',
    stated: (model) => {
      const price = model.data.admin?.price;
      return typeof price === 'string' ? filled(price) : price !== undefined;
    },
    where: admin,
  },
  {
    name: 'contact',
    key: 'admin.contact',
    fix: 'add `contact: { name, email, phone }`',
    stated: (model) => filled(model.data.admin?.contact?.name),
    where: admin,
  },
  {
    name: 'teaching methods',
    key: 'modules[].activities',
    fix: 'describe at least one activity in a module',
    stated: (model) => model.activities.length > 0,
    where: () => ({ path: '/modules', key: true }),
  },
  {
    name: 'assessment methods',
    key: 'assessments',
    fix: 'describe at least one assessment',
    stated: (model) => model.assessments.length > 0,
    where: (model) =>
      model.data.assessments === undefined ? { path: '' } : { path: '/assessments', key: true },
  },
  {
    name: 'accessibility for learners with disabilities',
    key: 'audience.accessibility',
    fix: 'state the arrangements, or whom to contact about them',
    stated: (model) => filled(model.data.audience.accessibility),
    where: () => audience,
  },
  {
    name: 'date of last update',
    key: 'admin.updated',
    fix: 'add `updated: YYYY-MM-DD`',
    stated: (model) => filled(model.data.admin?.updated),
    where: admin,
  },
];

/** Each piece of information a published training programme must state and the blueprint lacks. */
export const programmeIncomplete: Rule = {
  meta: {
    id: 'programme-incomplete',
    description:
      'The blueprint states everything a published training programme must (Qualiopi indicator 1): public, prerequisites, objectives, duration, access, price, contact, methods, accessibility, update date.',
    severity: 'error',
    preset: 'qualiopi',
  },
  check(model) {
    return items
      .filter((item) => !item.stated(model))
      .map((item) => ({
        ...item.where(model),
        message: `the programme does not state its ${item.name} (\`${item.key}\`): ${item.fix}`,
      }));
  },
};
