import type { FrameworkCache } from '../load/competency-file.js';
import { createProjectRoots, type ProjectRoots } from '../load/project.js';
import type { FastPathHint } from './fast.js';

/**
 * What the files of one run share, made once per run (or per worker thread) and passed along
 * explicitly: nothing of it is module state, so that two runs never see each other's files.
 */
export interface CheckRun {
  /** Each folder's project root, looked up once. */
  roots: ProjectRoots;
  /** Competency frameworks by path: one named by many blueprints is read and parsed once. */
  frameworks: FrameworkCache;
  /** What the fast path learnt from the last file (whether it had findings). */
  hint: FastPathHint;
}

/** A new run from the working folder `cwd`. */
export function createCheckRun(cwd: string): CheckRun {
  return { roots: createProjectRoots(cwd), frameworks: new Map(), hint: { findingsLikely: false } };
}
