import { checkBlueprintFully } from '../check/blueprint.js';
import type { CheckOptions } from '../check/data.js';
import type { Model } from '../model/model.js';
import { alwaysOnRuleIds } from '../rules/always-on.js';
import type { Finding } from '../types.js';
import { diffFindings } from './consequences.js';
import { diffCourse, programmeWithoutUpdate } from './course.js';
import { diffEntities, matchModels } from './entities.js';
import type { BlueprintDiff } from './types.js';

/** One version of a blueprint, read as `check` reads it: its model and its rule findings. */
export interface Version {
  model: Model;
  /** The findings of the configured rules, after inline `blueprint-disable` comments. */
  findings: readonly Finding[];
}

/** A version that is not a valid blueprint: the first always-on finding says why. */
export interface InvalidVersion {
  problem: Finding;
  /** How many always-on findings it has in all. */
  count: number;
}

/**
 * Reads one version of a blueprint from its source (bytes or text), with the loader's guards
 * (size, depth, encoding), the schema and the configured rules: the same facts `check` reports.
 */
export function readVersion(source: string | Uint8Array, options: CheckOptions): Version | InvalidVersion {
  const { result, model } = checkBlueprintFully(source, options);
  const blocking = result.findings.filter((finding) => alwaysOnRuleIds.has(finding.rule));
  const [first] = blocking;
  if (first) return { problem: first, count: blocking.length };
  if (!model) throw new Error('a blueprint without always-on findings has a model');
  return { model, findings: result.findings };
}

/** Whether a version could not be read as a blueprint. */
export function isInvalid(version: Version | InvalidVersion): version is InvalidVersion {
  return 'problem' in version;
}

/** The modules' durations added up: the time the plan takes. */
export function plannedMinutes(model: Model): number {
  return model.modules.reduce((sum, module) => sum + module.minutes, 0);
}

/**
 * What changed between two versions of a blueprint, for learners and for the programme: entities
 * matched by id (renames found by position and wording), every field compared on the model (so a
 * reformatted file has no change), and the rule findings the change introduces or resolves.
 */
export function diffVersions(before: Version, after: Version): BlueprintDiff {
  const matched = matchModels(before.model, after.model);
  const changes = [
    ...diffCourse(before.model, after.model, matched.renames),
    ...diffEntities(before.model, after.model, matched),
  ];
  changes.push(...programmeWithoutUpdate(before.model, after.model, changes));
  return {
    changes,
    consequences: diffFindings(before, after, matched.renames),
    plannedMinutes: { before: plannedMinutes(before.model), after: plannedMinutes(after.model) },
  };
}
