import { french } from '../i18n/typography.js';
import { alignmentOf } from '../model/alignment.js';
import type { ModuleNode } from '../model/model.js';
import { formatList } from '../util/format-list.js';
import { defineRule, type RuleReport } from './types.js';

/** An objective taught after the assessment that measures it. */
interface Late {
  id: string;
  module: string;
  /** Whether the objective itself is listed there, rather than reached through its children. */
  direct: boolean;
}

/**
 * An assessment placed in a module measures objectives that are only taught in later modules.
 * Diagnostic assessments are exempt: measuring before teaching is what they are for.
 */
export const assessmentBeforeTeaching = defineRule({
  meta: {
    id: 'assessment-before-teaching',
    description: 'No assessment takes place in a module before the objectives it measures are taught.',
    descriptionFr:
      'Aucune évaluation n’a lieu dans un module avant que les objectifs qu’elle mesure soient enseignés.',
    severity: 'warning',
    preset: 'recommended',
    when: 'an assessment placed in module M measures an objective first taught in a module after M',
    pointsAt: "the assessment's `module`",
    messages: {
      en: {
        tooEarly: (assessment: string, placed: string, late: readonly Late[], latest: string) => {
          const facts = late.map(({ id, module, direct }) =>
            direct
              ? `\`${id}\` is first taught in \`${module}\``
              : `\`${id}\` is only fully taught (through its children) in \`${module}\``,
          );
          return `\`${assessment}\` takes place in \`${placed}\` but ${formatList(facts)}: move it to \`${latest}\` or later, or teach ${late.length === 1 ? 'that objective' : 'those objectives'} earlier`;
        },
      },
      fr: {
        tooEarly: (assessment, placed, late, latest) => {
          const facts = late.map(({ id, module, direct }) =>
            direct
              ? `\`${id}\` n’est enseigné qu’à partir de \`${module}\``
              : `\`${id}\` n’est entièrement enseigné (par ses sous-objectifs) que dans \`${module}\``,
          );
          return french`\`${assessment}\` a lieu dans \`${placed}\` alors que ${formatList(facts, 'et')} : déplacez-la dans \`${latest}\` ou après, ou enseignez ${late.length === 1 ? 'cet objectif' : 'ces objectifs'} plus tôt`;
        },
      },
    },
  },
  check(model, _context, say) {
    const { taughtBy, firstTaughtDirectly } = alignmentOf(model);
    const reports: RuleReport[] = [];
    for (const assessment of model.assessments) {
      const placed = assessment.module && model.moduleById.get(assessment.module.id);
      if (!assessment.module || !placed || assessment.kind === 'diagnostic') continue;
      const late: Array<{ id: string; module: ModuleNode }> = [];
      for (const id of new Set(assessment.objectives.map((ref) => ref.id))) {
        const module = taughtBy.get(id);
        if (module && module.index > placed.index) late.push({ id, module });
      }
      if (late.length === 0) continue;
      const facts = late.map(({ id, module }) => ({
        id,
        module: module.id,
        direct: firstTaughtDirectly.get(id) === module,
      }));
      const latest = late.reduce((a, b) => (b.module.index > a.module.index ? b : a)).module;
      reports.push({
        path: assessment.module.path,
        message: say.tooEarly(assessment.id, placed.id, facts, latest.id),
      });
    }
    return reports;
  },
});
