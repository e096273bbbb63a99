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

/** A module's modality contradicts the course's `constraints.modality`. */
export const modalityMismatch: Rule = {
  meta: {
    id: 'modality-mismatch',
    description: "No module's modality contradicts the course's `constraints.modality`.",
    severity: 'error',
    preset: 'recommended',
  },
  check(model) {
    const reports: RuleReport[] = [];
    for (const module of model.modules) {
      if (!module.modalityDeclared || !module.modality || !contradicts(model.modality, module.modality))
        continue;
      reports.push({
        path: `${module.path}/modality`,
        message: `\`${module.id}\` is '${module.modality}' but the course is '${model.modality}': make the module '${model.modality}', or set \`constraints.modality: blended\` if the course mixes modes`,
      });
    }
    return reports;
  },
};
