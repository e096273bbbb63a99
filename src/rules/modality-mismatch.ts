import { french, guillemets } from '../i18n/typography.js';
import type { Model, ModuleNode } from '../model/model.js';
import { formatList } from '../util/format-list.js';
import { defineRule, type RuleReport } from './types.js';

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
export const modalityMismatch = defineRule({
  meta: {
    id: 'modality-mismatch',
    description: "No module's modality contradicts the course's `constraints.modality`.",
    descriptionFr:
      'Aucun module n’a une modalité qui contredit celle de la formation (`constraints.modality`).',
    severity: 'error',
    preset: 'recommended',
    when: "a module's modality contradicts the course's (`in-person` course with a `remote` module, `remote` course with an `in-person` module, `self-paced` course with a non-self-paced module); with a list of alternatives, when it contradicts every one of them",
    pointsAt: "the module's `modality`",
    messages: {
      en: {
        alternatives: (module: string, own: string, offered: readonly string[]) =>
          `\`${module}\` is '${own}' but the course is offered ${offered.map((mode) => `'${mode}'`).join(' or ')}: make the module one of these, or add '${own}' to \`constraints.modality\``,
        single: (module: string, own: string, course: string) =>
          `\`${module}\` is '${own}' but the course is '${course}': make the module '${course}', or set \`constraints.modality: blended\` if the course mixes modes`,
      },
      fr: {
        alternatives: (module, own, offered) =>
          french`\`${module}\` est ${guillemets(own)} alors que la formation est proposée ${formatList(offered.map(guillemets), 'ou')} : donnez au module l’une de ces modalités, ou ajoutez ${guillemets(own)} à \`constraints.modality\``,
        single: (module, own, course) =>
          french`\`${module}\` est ${guillemets(own)} alors que la formation est ${guillemets(course)} : passez le module en ${guillemets(course)}, ou indiquez \`constraints.modality: blended\` si la formation combine plusieurs modalités`,
      },
    },
  },
  check(model, _context, say) {
    const reports: RuleReport[] = [];
    for (const module of model.modules) {
      const own = module.modality;
      if (!module.modalityDeclared || !own || !model.modalities.every((mode) => contradicts(mode, own)))
        continue;
      reports.push({
        path: `${module.path}/modality`,
        message: model.modalityAlternatives
          ? say.alternatives(module.id, own, model.modalities)
          : say.single(module.id, own, String(model.modality)),
      });
    }
    return reports;
  },
});
