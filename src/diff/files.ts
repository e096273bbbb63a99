import type { CheckOptions } from '../check/data.js';
import { type ChangeClass, FINDING_INTRODUCED } from './classes.js';
import { diffVersions, isInvalid, plannedMinutes, readVersion } from './diff.js';
import type { Change, Consequence } from './types.js';
import { change } from './values.js';

/** One side of a file to compare: its source, or why it could not be read (one line). */
export type Side = { source: string | Uint8Array } | { unreadable: string };

/** A file to compare: its path in each version (absent where the file does not exist). */
export interface FilePair {
  /** The path shown: the new one, else the old one. */
  file: string;
  /** The old path, when the file was moved or renamed. */
  oldFile?: string;
  before?: Side;
  after?: Side;
}

/** How a file compares: changed, the same for learners, new, gone, or not comparable. */
export type FileStatus = 'modified' | 'unchanged' | 'added' | 'removed' | 'invalid';

/** What `blueprint diff` says about one file. */
export interface FileDiff {
  file: string;
  oldFile?: string;
  status: FileStatus;
  changes: Change[];
  consequences: Consequence[];
  /** The modules' durations added up, in minutes, in each version that exists. */
  plannedMinutes?: { before?: number; after?: number };
  /** Why an `invalid` file could not be compared: which version, and one line. */
  problem?: { version: 'old' | 'new'; message: string };
}

/** The whole comparison: what was compared with what, and each file. */
export interface DiffReport {
  /** The old version's name: a revision or a file. */
  from: string;
  /** The new version's name: a revision, a file or `working tree`. */
  to: string;
  files: FileDiff[];
}

/**
 * Compares the two versions of one file. `options` gives the check options of each version
 * (file name, severities, how to read a competency framework).
 */
export function diffFilePair(pair: FilePair, options: (version: 'old' | 'new') => CheckOptions): FileDiff {
  const base = {
    file: pair.file,
    ...(pair.oldFile && pair.oldFile !== pair.file ? { oldFile: pair.oldFile } : {}),
  };
  const read = (side: Side, version: 'old' | 'new') => {
    if ('unreadable' in side) return { problem: { version, message: side.unreadable } };
    const read = readVersion(side.source, options(version));
    if (!isInvalid(read)) return { version: read };
    const { problem, count } = read;
    const more = count > 1 ? ` (+${count - 1})` : '';
    return {
      problem: {
        version,
        message: `${problem.line}:${problem.column}: ${problem.message} (${problem.rule})${more}`,
      },
    };
  };
  const before = pair.before && read(pair.before, 'old');
  const after = pair.after && read(pair.after, 'new');
  const invalid = before?.problem ?? after?.problem;
  if (invalid) return { ...base, status: 'invalid', changes: [], consequences: [], problem: invalid };
  const old = before?.version;
  const neu = after?.version;
  if (old && neu) {
    const diff = diffVersions(old, neu);
    const status = diff.changes.length + diff.consequences.length === 0 ? 'unchanged' : 'modified';
    return {
      ...base,
      status,
      changes: diff.changes,
      consequences: diff.consequences,
      plannedMinutes: diff.plannedMinutes,
    };
  }
  const only = (neu ?? old)?.model;
  if (!only) throw new Error('a file pair has at least one version');
  const subject = { kind: 'blueprint' as const, id: only.data.id };
  const shown = { field: 'title', value: 'text' as const };
  return neu
    ? {
        ...base,
        status: 'added',
        changes: [change('blueprint-added', subject, { ...shown, after: only.data.title })],
        consequences: [],
        plannedMinutes: { after: plannedMinutes(only) },
      }
    : {
        ...base,
        status: 'removed',
        changes: [change('blueprint-removed', subject, { ...shown, before: only.data.title })],
        consequences: [],
        plannedMinutes: { before: plannedMinutes(only) },
      };
}

/** The `--fail-on` classes the report contains, in the order asked. */
export function matchedClasses(report: DiffReport, classes: readonly string[]): string[] {
  const present = new Set<string>();
  for (const file of report.files) {
    for (const item of file.changes) present.add(item.class);
    if (file.consequences.some((consequence) => consequence.status === 'introduced'))
      present.add(FINDING_INTRODUCED);
  }
  return classes.filter((name) => present.has(name as ChangeClass | typeof FINDING_INTRODUCED));
}
