import { type CheckOptions, checkBlueprint } from '../../src/check/blueprint.js';
import type { Finding } from '../../src/types.js';

/** A valid blueprint, small but complete: tests change one thing in it. */
export const VALID = `blueprint: 1
id: tiny-course
title: Tiny course
audience:
  description: Anyone
constraints:
  duration: 1h
  modality: in-person
objectives:
  - id: O1
    statement: Explain what a blueprint is
    bloom: understand
modules:
  - id: M1
    title: The only module
    duration: 1h
    objectives: [O1]
assessments:
  - id: A1
    title: Short quiz
    kind: summative
    type: quiz
    bloom: understand
    objectives: [O1]
`;

/** Checks a source with no configurable rule: only the always-on checks. */
export function alwaysOn(source: string | Uint8Array, options: CheckOptions = {}): Finding[] {
  return checkBlueprint(source, { rules: [], ...options }).findings;
}

/** "rule line:column" of each finding, the shape most tests compare. */
export function where(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.rule} ${finding.line}:${finding.column}`);
}
