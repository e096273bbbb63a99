import type { Model, ModuleNode } from '../model/model.js';
import type { Rule, RuleReport } from './types.js';

/** Whether a module's own modality contradicts the course's. */
function contradicts(course: Model['modality'], module: NonNullable<ModuleNode['modality']>): boolean {
  switch (course) {
    case 'in-person':
      return module === 'remote';
    case 'remote':
      return module === 'in-person';
    case 'self-paced':
      return module !== 'self-paced';
    default:
      return false;
  }
}

/**
 * A module's modality contradicts the course's `constraints.modality`: its one mode, or every one of
 * the alternatives it is offered in.
 */
export const modalityMismatch: Rule = {
  meta: {
    id: 'modality-mismatch',
    description: "No module's modality contradicts the course's `constraints.modality`.",
    severity: 'error',
    preset: 'recommended',
    when: "a module's modality contradicts the course's (`in-person` course with a `remote` module, `remote` course with an `in-person` module, `self-paced` course with a non-self-paced module); with a list of alternatives, when it contradicts every one of them",
    pointsAt: "the module's `modality`",
  },
  check(model) {
    const reports: RuleReport[] = [];
    for (const module of model.modules) {
      const own = module.modality;
      if (!module.modalityDeclared || !own || !model.modalities.every((mode) => contradicts(mode, own)))
        continue;
      if (model.modalityAlternatives) {
        const offered = model.modalities.map((mode) => `'${mode}'`).join(' or ');
        reports.push({
          path: `${module.path}/modality`,
          message: `\`${module.id}\` is '${own}' but the course is offered ${offered}: make the module one of these, or add '${own}' to \`constraints.modality\``,
        });
        continue;
      }
      reports.push({
        path: `${module.path}/modality`,
        message: `\`${module.id}\` is '${module.modality}' but the course is '${model.modality}': make the module '${model.modality}', or set \`constraints.modality: blended\` if the course mixes modes`,
      });
    }
    return reports;
  },
};
