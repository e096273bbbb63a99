import type { Rule, RuleReport } from './types.js';

/** A competency the course claims to develop that no objective lists. */
export const competencyNotCovered: Rule = {
  meta: {
    id: 'competency-not-covered',
    description: 'Every targeted competency is listed by at least one objective.',
    severity: 'warning',
    preset: 'recommended',
    when: 'a targeted competency is listed by no objective',
    pointsAt: 'the competency',
  },
  check(model) {
    const listed = new Set(
      model.objectives.flatMap((objective) => objective.competencies.map((ref) => ref.id)),
    );
    const known = new Set(model.competencies.map((competency) => competency.id));
    const fix = 'list it in the `competencies` of the objectives that develop it';
    const reports: RuleReport[] = [];
    if (model.competencyTargets) {
      const seen = new Set<string>();
      for (const target of model.competencyTargets) {
        if (listed.has(target.id) || !known.has(target.id) || seen.has(target.id)) continue;
        seen.add(target.id);
        reports.push({
          path: target.path,
          message: `targeted competency \`${target.id}\` is developed by no objective: ${fix}, or drop it from \`targets\``,
        });
      }
      return reports;
    }
    const seen = new Set<string>();
    for (const competency of model.competencies) {
      if (listed.has(competency.id) || seen.has(competency.id)) continue;
      seen.add(competency.id);
      const where = competency.external ? ' (from `competencies.file`)' : '';
      reports.push({
        path: competency.external ? '/competencies/file' : competency.path,
        message: `competency \`${competency.id}\`${where} is developed by no objective: ${fix}, or name the competencies the course does target in \`competencies.targets\``,
      });
    }
    return reports;
  },
};
