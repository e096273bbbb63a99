import { BLOOM_LEVELS } from '../../model/bloom.js';
import { formatDuration } from '../../model/format-duration.js';
import type { Messages } from '../messages/index.js';
import type { Change, Consequence, Subject, ValueKind } from '../types.js';

/** How a report writes text from the blueprint (`text`) and literal values such as ids (`code`). */
export interface Escapes {
  text: (text: string) => string;
  code: (text: string) => string;
}

/** The groups a report shows changes in, in order. */
export const CHANGE_GROUPS = ['course', 'objectives', 'modules', 'assessments', 'programme'] as const;

/** A group of changes. */
export type ChangeGroup = (typeof CHANGE_GROUPS)[number];

/** The group a change is shown in. */
export function groupOf(change: Change): ChangeGroup {
  switch (change.subject.kind) {
    case 'objective':
      return 'objectives';
    case 'module':
    case 'activity':
      return 'modules';
    case 'assessment':
      return 'assessments';
    case 'competency':
    case 'competencies':
    case 'admin':
      return 'programme';
    default:
      return 'course';
  }
}

/** Names what a change or a finding is about: "objective O2", "activity “Warm-up” in M1". */
export function describeSubject(subject: Subject, m: Messages, esc: Escapes): string {
  const kind = m.subjects[subject.kind];
  if (subject.kind === 'activity') {
    const name = subject.id !== undefined ? esc.code(subject.id) : esc.text(m.quote(subject.label ?? ''));
    return `${kind} ${subject.module === undefined ? name : m.activity(name, esc.code(subject.module))}`;
  }
  return subject.id === undefined ? kind : `${kind} ${esc.code(subject.id)}`;
}

/** A value as the language writes it. */
export function formatValue(value: unknown, kind: ValueKind, m: Messages, esc: Escapes): string {
  if (value === undefined || value === null) return m.none;
  if (kind === 'duration' && typeof value === 'number') return formatDuration(value);
  if (kind === 'text' && typeof value === 'string') return esc.text(m.quote(value));
  if (kind === 'code' && typeof value === 'string') return esc.code(value);
  return esc.text(plainData(value, m));
}

/** Any value in one line: lists joined by commas, mappings as `key: value; …`. */
function plainData(value: unknown, m: Messages): string {
  if (typeof value === 'boolean') return value ? m.yes : m.no;
  if (typeof value === 'number') return m.number(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item) => plainData(item, m)).join(', ');
  if (isAmount(value)) {
    const basis = typeof value.basis === 'string' ? ` (${value.basis})` : '';
    return `${m.number(value.amount)} ${value.currency}${basis}`;
  }
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => !key.startsWith('x-'))
      .map(
        ([key, item]) =>
          `${key}: ${item && typeof item === 'object' ? `(${plainData(item, m)})` : plainData(item, m)}`,
      )
      .join('; ');
  }
  return String(value);
}

/** A price or a budget: `{ amount, currency, basis? }`. */
function isAmount(value: unknown): value is { amount: number; currency: string; basis?: unknown } {
  if (!value || typeof value !== 'object') return false;
  const { amount, currency } = value as Record<string, unknown>;
  return typeof amount === 'number' && typeof currency === 'string';
}

/**
 * One change in a line: "objective O3: Bloom level analyze → evaluate (raised)", "module M4 added:
 * 3h30", "activity “Warm-up” in M1 removed", "audience: prerequisites + A; − B".
 */
export function describeChange(change: Change, m: Messages, esc: Escapes): string {
  const subject = describeSubject(change.subject, m, esc);
  const field = change.field === undefined ? '' : (m.fields[change.field] ?? change.field);
  const value = change.value ?? 'data';
  const kind = change.subject.kind;
  // An activity without id is already named by its title.
  const named = change.subject.id === undefined && change.subject.label !== undefined;
  const event = (word: string, shown: unknown) =>
    named ? `${subject} ${word}` : `${subject} ${word}${m.colon}${formatValue(shown, value, m, esc)}`;
  if (change.class.endsWith('-added')) return event(m.added(kind), change.after);
  if (change.class.endsWith('-removed')) return event(m.removed(kind), change.before);
  if (change.class.endsWith('-renamed'))
    return `${subject}${m.colon}${m.renamed(esc.code(String(change.before)))}`;
  if (change.class === 'programme-changed-without-update') {
    const items = (change.items ?? []).map((item) => m.fields[item] ?? item);
    return `${subject}${m.colon}${m.programmeWithoutUpdate(items, formatValue(change.before, 'code', m, esc))}`;
  }
  if (value === 'list') {
    const added = (change.added ?? []).map(esc.text).join(', ');
    const removed = (change.removed ?? []).map(esc.text).join(', ');
    return `${subject}${m.colon}${field} ${[added && `+ ${added}`, removed && `− ${removed}`].filter(Boolean).join('; ')}`;
  }
  const before = formatValue(change.before, value, m, esc);
  const after = formatValue(change.after, value, m, esc);
  return `${subject}${m.colon}${field} ${before} → ${after}${note(change, m)}`;
}

/** Says by how much a duration moved, or which way a Bloom level went. */
function note(change: Change, m: Messages): string {
  const { before, after } = change;
  if (change.value === 'duration' && typeof before === 'number' && typeof after === 'number') {
    const delta = after - before;
    return ` (${delta > 0 ? '+' : '−'}${formatDuration(Math.abs(delta))})`;
  }
  if (change.field === 'bloom' && typeof before === 'string' && typeof after === 'string') {
    const rank = (level: string) => (BLOOM_LEVELS as readonly string[]).indexOf(level);
    return ` (${rank(after) > rank(before) ? m.raised : m.lowered})`;
  }
  return '';
}

/** A finding introduced or resolved: "objective not taught — objective O4 (objective-not-taught)". */
export function describeConsequence(consequence: Consequence, m: Messages, esc: Escapes): string {
  const label = m.rules[consequence.rule] ?? consequence.rule;
  return `${label}${m.colon}${describeSubject(consequence.subject, m, esc)} (${esc.code(consequence.rule)})`;
}

/** The counts a summary line gives. */
export function countChanges(files: readonly { changes: Change[]; consequences: Consequence[] }[]) {
  let learners = 0;
  let programme = 0;
  let introduced = 0;
  let resolved = 0;
  for (const file of files) {
    for (const change of file.changes) {
      if (change.scope === 'learners') learners++;
      else programme++;
    }
    for (const consequence of file.consequences) {
      if (consequence.status === 'introduced') introduced++;
      else resolved++;
    }
  }
  return { files: files.length, learners, programme, introduced, resolved };
}
