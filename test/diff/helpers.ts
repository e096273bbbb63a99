import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffVersions, isInvalid, readVersion, type Version } from '../../src/diff/diff.js';
import type { BlueprintDiff } from '../../src/diff/types.js';

const example = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../examples/${name}.blueprint.yaml`, import.meta.url)), 'utf8');

/** A one-day English workshop, as published in examples/. */
export const WORKSHOP = example('feedback-workshop');
/** A French inter-company programme with a full `admin` section, as published in examples/. */
export const PROGRAMME = example('excel-tcd-inter');

/** A blended university course with enabling objectives and an inline competency framework. */
export const COURSE = example('software-testing-course');

/** The workshop with a competency framework in `framework.yaml` next to it, whose C1 an objective names. */
export const WITH_FRAMEWORK = edit(
  WORKSHOP,
  ['assessments:\n', 'competencies:\n  file: framework.yaml\nassessments:\n'],
  ['    knowledge: conceptual\n', '    knowledge: conceptual\n    competencies: [C1]\n'],
);

/** The text with each `[old, new]` replaced once; fails when `old` is not in it, so an edit never silently misses. */
export function edit(text: string, ...edits: [string, string][]): string {
  let result = text;
  for (const [from, to] of edits) {
    if (!result.includes(from)) throw new Error(`edit not applicable: ${from}`);
    result = result.replace(from, to);
  }
  return result;
}

/** A version read as `check` reads it, with the recommended rules. */
export function version(text: string): Version {
  const read = readVersion(text, { file: 'x.blueprint.yaml' });
  if (isInvalid(read)) throw new Error(`not a valid blueprint: ${read.problem.message}`);
  return read;
}

/** What changed between two texts. */
export function compare(before: string, after: string): BlueprintDiff {
  return diffVersions(version(before), version(after));
}
