import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBlueprintFully } from '../../src/check/blueprint.js';
import type { Model } from '../../src/model/model.js';
import { rules } from '../../src/rules/index.js';
import type { Finding, SeveritySetting } from '../../src/types.js';
import { type RunResult, runCli } from '../helpers/io.js';

export type { RunResult };

/** Every registered rule except the opt-in qualiopi ones, each at error: a starter must pass them all. */
export function everyRule(): Record<string, SeveritySetting> {
  return Object.fromEntries(
    rules.filter((rule) => rule.meta.preset !== 'qualiopi').map((rule) => [rule.meta.id, 'error']),
  );
}

/** Checks a blueprint with every rule: its findings and its model. */
export function checkAll(source: string): { findings: Finding[]; model?: Model } {
  const checked = checkBlueprintFully(source, { severities: everyRule() });
  return { findings: checked.result.findings, model: checked.model };
}

/** "rule line:col message" of each finding, readable in a failed assertion. */
export function describeFindings(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.rule} ${finding.line}:${finding.column} ${finding.message}`);
}

/** A fresh empty folder under the system's temporary folder. */
export function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'blueprint-init-'));
}

/** Runs `blueprint init` in-process, with or without a terminal on standard input. */
export function runInit(
  argv: string[],
  options: { cwd: string; env?: Record<string, string>; tty?: boolean },
): Promise<RunResult> {
  return runCli(['init', ...argv], options);
}

/** Runs any `blueprint` command in-process. */
export function runCommand(
  argv: string[],
  cwd: string,
  options: { env?: Record<string, string>; tty?: boolean } = {},
): Promise<RunResult> {
  return runCli(argv, { ...options, cwd });
}
