import { activitiesExceedModule } from './activities-exceed-module.js';
import { assessmentBeforeTeaching } from './assessment-before-teaching.js';
import { assessmentBelowObjective } from './assessment-below-objective.js';
import { assessmentWithoutObjective } from './assessment-without-objective.js';
import { competencyNotCovered } from './competency-not-covered.js';
import { duplicateId } from './duplicate-id.js';
import { durationOverBudget } from './duration-over-budget.js';
import { durationUnderBudget } from './duration-under-budget.js';
import { modalityMismatch } from './modality-mismatch.js';
import { moduleWithoutObjective } from './module-without-objective.js';
import { noSummativeAssessment } from './no-summative-assessment.js';
import { objectiveActivityAsOutcome } from './objective-activity-as-outcome.js';
import { objectiveMissingVerb } from './objective-missing-verb.js';
import { objectiveMultipleVerbs } from './objective-multiple-verbs.js';
import { objectiveNotAssessed } from './objective-not-assessed.js';
import { objectiveNotTaught } from './objective-not-taught.js';
import { objectiveOverload } from './objective-overload.js';
import { objectiveTeacherCentred } from './objective-teacher-centred.js';
import { objectiveUnmeasurableVerb } from './objective-unmeasurable-verb.js';
import { objectiveVerbLevelMismatch } from './objective-verb-level-mismatch.js';
import { parentCycle } from './parent-cycle.js';
import { programmeIncomplete } from './programme-incomplete.js';
import { sessionTooLong } from './session-too-long.js';
import type { Rule } from './types.js';
import { unknownReference } from './unknown-reference.js';
import { unusedDisable } from './unused-disable.js';
import { weightsNot100 } from './weights-not-100.js';

/** Every configurable rule, sorted by id. Add a rule by adding one line here. */
export const rules: readonly Rule[] = [
  activitiesExceedModule,
  assessmentBeforeTeaching,
  assessmentBelowObjective,
  assessmentWithoutObjective,
  competencyNotCovered,
  duplicateId,
  durationOverBudget,
  durationUnderBudget,
  modalityMismatch,
  moduleWithoutObjective,
  noSummativeAssessment,
  objectiveActivityAsOutcome,
  objectiveMissingVerb,
  objectiveMultipleVerbs,
  objectiveNotAssessed,
  objectiveNotTaught,
  objectiveOverload,
  objectiveTeacherCentred,
  objectiveUnmeasurableVerb,
  objectiveVerbLevelMismatch,
  parentCycle,
  programmeIncomplete,
  sessionTooLong,
  unknownReference,
  unusedDisable,
  weightsNot100,
];

/** The ids of the configurable rules, in the registry's order. */
export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id);

/** The rule with this id, if there is one. */
export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
