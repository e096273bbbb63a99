import { french } from '../i18n/typography.js';
import { defineRule, type RuleReport } from './types.js';

/** A competency the course claims to develop that no objective lists. */
export const competencyNotCovered = defineRule({
  meta: {
    id: 'competency-not-covered',
    description: 'Every targeted competency is listed by at least one objective.',
    descriptionFr: 'Chaque compétence visée est listée par au moins un objectif.',
    severity: 'warning',
    preset: 'recommended',
    when: 'a targeted competency is listed by no objective',
    pointsAt: 'the competency',
    messages: {
      en: {
        target: (id: string) =>
          `targeted competency \`${id}\` is developed by no objective: list it in the \`competencies\` of the objectives that develop it, or drop it from \`targets\``,
        competency: (id: string, external: boolean) =>
          `competency \`${id}\`${external ? ' (from `competencies.file`)' : ''} is developed by no objective: list it in the \`competencies\` of the objectives that develop it, or name the competencies the course does target in \`competencies.targets\``,
      },
      fr: {
        target: (id) =>
          french`la compétence visée \`${id}\` n’est développée par aucun objectif : listez-la dans les \`competencies\` des objectifs qui la développent, ou retirez-la de \`targets\``,
        competency: (id, external) =>
          french`la compétence \`${id}\`${external ? ' (issue de `competencies.file`)' : ''} n’est développée par aucun objectif : listez-la dans les \`competencies\` des objectifs qui la développent, ou indiquez dans \`competencies.targets\` les compétences que la formation vise réellement`,
      },
    },
  },
  check(model, _context, say) {
    // Without competencies, none is left uncovered and no target names a known one.
    if (model.competencies.length === 0) return [];
    const listed = new Set<string>();
    for (const objective of model.objectives) for (const { id } of objective.competencies) listed.add(id);
    const known = new Set(model.competencies.map((competency) => competency.id));
    const reports: RuleReport[] = [];
    if (model.competencyTargets) {
      const seen = new Set<string>();
      for (const target of model.competencyTargets) {
        if (listed.has(target.id) || !known.has(target.id) || seen.has(target.id)) continue;
        seen.add(target.id);
        reports.push({ path: target.path, message: say.target(target.id) });
      }
      return reports;
    }
    const seen = new Set<string>();
    for (const competency of model.competencies) {
      if (listed.has(competency.id) || seen.has(competency.id)) continue;
      seen.add(competency.id);
      reports.push({
        path: competency.external ? '/competencies/file' : competency.path,
        message: say.competency(competency.id, competency.external),
      });
    }
    return reports;
  },
});
