import { alignmentOf } from '../model/alignment.js';
import type { ModuleNode } from '../model/model.js';
import { formatList } from '../util/format-list.js';
import type { Rule, RuleReport } from './types.js';

/**
 * An assessment placed in a module measures objectives that are only taught in later modules.
 * Diagnostic assessments are exempt: measuring before teaching is what they are for.
 */
export const assessmentBeforeTeaching: Rule = {
  meta: {
    id: 'assessment-before-teaching',
    description: 'No assessment takes place in a module before the objectives it measures are taught.',
    severity: 'warning',
    preset: 'recommended',
    when: 'an assessment placed in module M measures an objective first taught in a module after M',
    pointsAt: "the assessment's `module`",
  },
  check(model) {
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
      const facts = late.map(({ id, module }) =>
        firstTaughtDirectly.get(id) === module
          ? `\`${id}\` is first taught in \`${module.id}\``
          : `\`${id}\` is only fully taught (through its children) in \`${module.id}\``,
      );
      const latest = late.reduce((a, b) => (b.module.index > a.module.index ? b : a)).module;
      reports.push({
        path: assessment.module.path,
        message: `\`${assessment.id}\` takes place in \`${placed.id}\` but ${formatList(facts)}: move it to \`${latest.id}\` or later, or teach ${late.length === 1 ? 'that objective' : 'those objectives'} earlier`,
      });
    }
    return reports;
  },
};
