import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding these files (path -> content), removed after the test. */
export function tempProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'blueprint-config-'));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** A small blueprint with no finding under the recommended preset; `extra` lines are appended to its title line. */
export function blueprintText(titleComment = ''): string {
  return `blueprint: 1
id: phishing-flash
title: Spot and report a phishing email${titleComment ? `  ${titleComment}` : ''}
language: en
audience:
  description: All employees with a company mailbox
  prerequisites: []
constraints:
  duration: 20min
  modality: self-paced
objectives:
  - id: O1
    statement: Apply the phishing checklist to a suspicious email
    bloom: apply
modules:
  - id: M1
    title: Spot it, report it
    duration: 20min
    objectives: [O1]
assessments:
  - id: A1
    title: Scenario quiz
    kind: summative
    type: quiz
    bloom: apply
    objectives: [O1]
    module: M1
`;
}
