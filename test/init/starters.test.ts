import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkBlueprintFully } from '../../src/check/blueprint.js';
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
import { checkAll, describeFindings, everyRule } from './helpers.js';

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
        if (modality === 'blended' && module.teaching) expect(module.modalityDeclared).toBe(true);
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

/** Every string in parsed YAML data, with the path where it sits. */
function stringsOf(value: unknown, path = ''): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsOf(item, `${path}/${index}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringsOf(item, `${path}/${key}`));
  return [];
}

/** Whether each opening mark of a pair is closed, in order: (…), […], «…». */
function balanced(text: string): boolean {
  const pairs: Record<string, string> = { ')': '(', ']': '[', '»': '«' };
  const open: string[] = [];
  for (const char of text) {
    if (char === '(' || char === '[' || char === '«') open.push(char);
    else if (pairs[char] && open.pop() !== pairs[char]) return false;
  }
  return open.length === 0;
}

describe("the starters' lists hold what the prose means", () => {
  // `prerequisites: [Statistics (mean, median)]` is three items in YAML: the first ends inside
  // the parentheses, the last closes them. Every string of a starter must close what it opens.
  it.each(starters)(
    '$starter ($language): every string closes the brackets it opens',
    ({ starter, language }) => {
      const strings = stringsOf(parse(readStarter(starter, language)));
      expect(strings.filter(({ text }) => !balanced(text))).toEqual([]);
    },
  );

  // A prose item cut at a comma leaves a piece that starts in lower case ("sur ordinateur ou
  // mobile"): every item of a prose list starts with a capital letter or a digit.
  it.each(starters)(
    '$starter ($language): every item of a prose list starts a sentence',
    ({ starter, language }) => {
      const prose = /\/(prerequisites|resources|criteria|pedagogical|technical|contents)\/\d+$/;
      const items = stringsOf(parse(readStarter(starter, language))).filter(({ path }) => prose.test(path));
      expect(items.filter(({ text }) => !/^[\p{Lu}\d]/u.test(text))).toEqual([]);
    },
  );

  it.each(starters)('$starter ($language): each prerequisite is one item', ({ starter, language }) => {
    const data = parse(readStarter(starter, language)) as { audience: { prerequisites?: unknown[] } };
    for (const item of data.audience.prerequisites ?? []) {
      expect(typeof item).toBe('string');
      expect(String(item)).toMatch(/^\S.*\S$/);
    }
  });

  it('catches the list that YAML splits at the commas', () => {
    const split = parse('prerequisites: [Introductory statistics (mean, median, standard deviation)]');
    expect(stringsOf(split).filter(({ text }) => !balanced(text))).toHaveLength(2);
    const cut = stringsOf(parse("technical: [Intranet de l'entreprise, sur ordinateur ou mobile]"));
    expect(cut.map(({ text }) => /^[\p{Lu}\d]/u.test(text))).toEqual([true, false]);
  });
});

describe('the French starters state what a published programme must', () => {
  const french = STARTERS.map((starter) => ({ starter }));
  it.each(french)(
    '$starter (fr) passes programme-incomplete: Qualiopi items with real values',
    ({ starter }) => {
      const checked = checkBlueprintFully(readStarter(starter, 'fr'), {
        severities: { ...everyRule(), 'programme-incomplete': 'error' },
      });
      expect(describeFindings(checked.result.findings)).toEqual([]);
      const admin = checked.model?.data.admin;
      expect(admin?.trainers?.length).toBeGreaterThan(0);
      expect(admin?.completion?.kind).toBeDefined();
    },
  );
});

describe('breaks and meals in a scaled starter', () => {
  const scaled = (duration: string) => {
    const answers = completeAnswers({ starter: 'workshop', language: 'en', duration, modality: 'in-person' });
    const [blueprint] = planFiles(answers, { id: 'scaled', version: '0.0.0', dir: '/nonexistent' });
    return checkAll(blueprint?.content ?? '').model?.modules ?? [];
  };

  it('keeps them at their own length in a day or more, the teaching modules sharing the rest', () => {
    const modules = scaled('2d');
    const others = modules.filter((module) => !module.teaching);
    expect(others.map((module) => `${module.kind} ${module.minutes}`)).toEqual([
      'break 15',
      'meal 0',
      'break 15',
    ]);
    expect(modules.reduce((sum, module) => sum + module.minutes, 0)).toBe(14 * 60);
  });

  it('leaves them out of a course shorter than the starter', () => {
    expect(scaled('3h').filter((module) => !module.teaching)).toEqual([]);
  });
});

describe('objectives in a starter scaled down', () => {
  const objectivesOf = (starter: 'workshop' | 'course', duration: string) => {
    const answers = completeAnswers({ starter, language: 'en', duration, modality: 'in-person' });
    const [blueprint] = planFiles(answers, { id: 'scaled', version: '0.0.0', dir: '/nonexistent' });
    const { findings, model } = checkAll(blueprint?.content ?? '');
    expect(describeFindings(findings)).toEqual([]);
    return model;
  };

  it('keeps no more than objective-overload allows: 3 an hour, an hour at least', () => {
    expect(objectivesOf('workshop', '15min')?.objectives.map((objective) => objective.id)).toEqual([
      'O1',
      'O2',
      'O3',
    ]);
    expect(objectivesOf('course', '1h30')?.objectives.map((objective) => objective.id)).toEqual([
      'O1',
      'O2',
      'O3',
      'O4',
    ]);
    expect(objectivesOf('course', '3h')?.objectives).toHaveLength(5);
  });

  it('drops what taught or measured only the objectives that went, and shares the weights again', () => {
    const model = objectivesOf('course', '1h30');
    expect(model?.modules.map((module) => module.id)).toEqual(['M1', 'M2', 'M3', 'M4']);
    const summative = model?.assessments.filter((assessment) => assessment.kind === 'summative') ?? [];
    expect(summative.map((assessment) => [assessment.id, assessment.weight, assessment.module?.id])).toEqual([
      ['A2', 40, 'M3'],
      ['A3', 60, 'M4'],
    ]);
    const workshop = objectivesOf('workshop', '15min');
    expect(workshop?.assessments.map((assessment) => [assessment.id, assessment.weight])).toEqual([
      ['A1', undefined],
      ['A2', 100],
    ]);
  });
});
