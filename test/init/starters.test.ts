import { describe, expect, it } from 'vitest';
import {
  completeAnswers,
  type InitAnswers,
  LANGUAGES,
  MODALITIES,
  planFiles,
  STARTERS,
  starterDefaults,
} from '../../src/init/index.js';
import { fillStarter, readStarter } from '../../src/init/starter.js';
import { parseDuration } from '../../src/model/duration.js';
import { checkAll, describeFindings } from './helpers.js';

const starters = STARTERS.flatMap((starter) => LANGUAGES.map((language) => ({ starter, language })));

describe('the ten starters', () => {
  it.each(starters)(
    '$starter ($language) passes check with no finding under every rule',
    ({ starter, language }) => {
      const { findings, model } = checkAll(readStarter(starter, language));
      expect(describeFindings(findings)).toEqual([]);
      expect(model?.language).toBe(language);
    },
  );

  it.each(starters)(
    '$starter ($language) comes out unchanged with its own defaults',
    ({ starter, language }) => {
      const source = readStarter(starter, language);
      const defaults = starterDefaults(starter, language);
      const id = /^id: (.*)$/m.exec(source)?.[1];
      expect(fillStarter(source, defaults, id)).toBe(source);
    },
  );

  it.each(starters)(
    '$starter ($language) teaches with comments and links every objective',
    ({ starter, language }) => {
      const source = readStarter(starter, language);
      expect(source.match(/^#/gm)?.length ?? 0).toBeGreaterThanOrEqual(8);
      const { model } = checkAll(source);
      for (const objective of model?.objectives ?? []) {
        const assessed = model?.assessments.some(
          (assessment) =>
            assessment.kind === 'summative' && assessment.objectives.some((ref) => ref.id === objective.id),
        );
        expect(assessed, `${objective.id} is measured by a summative assessment`).toBe(true);
      }
    },
  );
});

const durations = ['15min', '20min', '45min', '1h30', '3h', '7h', '2d', '12h30', '30h'];
const combinations = STARTERS.flatMap((starter) =>
  LANGUAGES.flatMap((language) =>
    durations.flatMap((duration) =>
      MODALITIES.map((modality) => ({ starter, language, duration, modality })),
    ),
  ),
);

describe('any duration and modality', () => {
  it.each(combinations)(
    '$starter ($language), $duration, $modality: clean, durations add up, sessions fit, modalities agree',
    ({ starter, language, duration, modality }) => {
      const answers: InitAnswers = completeAnswers({ starter, language, duration, modality });
      const [blueprint] = planFiles(answers, { id: 'scaled', version: '0.0.0', dir: '/nonexistent' });
      const { findings, model } = checkAll(blueprint?.content ?? '');
      expect(describeFindings(findings)).toEqual([]);
      if (!model) throw new Error('no model');

      const total = parseDuration(duration) ?? 0;
      expect(model.duration).toBe(total);
      expect(model.modules.reduce((sum, module) => sum + module.minutes, 0)).toBe(total);
      for (const module of model.modules) {
        const activities = module.activities.reduce((sum, activity) => sum + activity.minutes, 0);
        if (module.activities.length > 0) expect(activities).toBe(module.minutes);
        expect(module.minutes).toBeLessThanOrEqual(model.maxSession ?? Number.POSITIVE_INFINITY);
        if (modality === 'blended') expect(module.modalityDeclared).toBe(true);
        else expect(module.data.modality).toBeUndefined();
      }
      const moduleIds = new Set(model.modules.map((module) => module.id));
      for (const assessment of model.assessments)
        if (assessment.module) expect(moduleIds.has(assessment.module.id)).toBe(true);
    },
  );

  it('writes the same bytes for the same answers', () => {
    const answers = completeAnswers({
      starter: 'course',
      language: 'fr',
      duration: '27h',
      modality: 'blended',
    });
    const plan = () =>
      planFiles(answers, { id: 'same', version: '1.2.3', ci: 'github', dir: '/nonexistent' });
    expect(plan()).toEqual(plan());
  });

  it('fills in the answers: title, id, audience, level, duration, modality', () => {
    const answers = completeAnswers({
      starter: 'elearning',
      language: 'fr',
      title: 'Sécurité: les bases, « vite »',
      audience: 'Tout le personnel # y compris les stagiaires',
      level: 'advanced',
      duration: '1.5h',
      modality: 'remote',
    });
    const [blueprint] = planFiles(answers, {
      id: 'securite-les-bases-vite',
      version: '0.0.0',
      dir: '/nonexistent',
    });
    const { findings, model } = checkAll(blueprint?.content ?? '');
    expect(describeFindings(findings)).toEqual([]);
    expect(model?.data).toMatchObject({
      id: 'securite-les-bases-vite',
      title: 'Sécurité: les bases, « vite »',
      language: 'fr',
      audience: { description: 'Tout le personnel # y compris les stagiaires', level: 'advanced' },
      constraints: { duration: '1.5h', modality: 'remote' },
    });
  });
});
