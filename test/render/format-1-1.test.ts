import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkBlueprint } from '../../src/check/blueprint.js';
import { type Blueprint, buildModel, type Model } from '../../src/model/model.js';
import { missingProgrammeItems } from '../../src/render/programme.js';
import { computeFigures, renderModel } from '../../src/render/render.js';
import { lintMarkdown, readWithMarkdownIt, readWithMarked } from './markdown-readers.js';

// The format 1.1 keys (constraints.graded, modules[].kind and contents, a modality list, a group
// size with one bound, participation assessments, admin.sessions, trainers, means, completion,
// results), rendered from the model of two blueprints that the schema accepts (tested below).
const folder = fileURLToPath(new URL('./format-1-1/', import.meta.url));
const modelOf = (name: string): Model =>
  buildModel(parse(readFileSync(join(folder, `${name}.blueprint.yaml`), 'utf8')) as Blueprint).model;
const workshop = modelOf('carpentries-workshop');
const programme = modelOf('programme-qualiopi');
const NBSP = '\u00a0';

const render = (model: Model, template: string, language: 'en' | 'fr') =>
  renderModel(model, { template, language });

describe('the format 1.1 blueprints', () => {
  it.each(['carpentries-workshop', 'programme-qualiopi'])('%s passes the schema', (name) => {
    const source = readFileSync(join(folder, `${name}.blueprint.yaml`), 'utf8');
    const { findings } = checkBlueprint(source, { severities: {} });
    expect(findings.filter((finding) => ['schema', 'yaml-syntax'].includes(finding.rule))).toEqual([]);
  });
});

describe('format 1.1 keys in the figures', () => {
  it('names a modality list as alternatives, not as blended, and leaves the modules without one of their own', () => {
    const en = computeFigures(workshop, 'en');
    expect(en.modality_label).toBe('remote or in person');
    expect(en.modality_alternatives).toEqual(['remote', 'in-person']);
    expect(en.schedule.map((module) => module.modality)).toEqual([null, null, null, null, null]);
    expect(en.schedule_shows.modality).toBe(false);
    expect(computeFigures(programme, 'fr').modality_label).toBe('à distance ou en présentiel');
  });

  it('gives a number of days only when the blueprint speaks of days', () => {
    // `4h` with the default day is not "half a day" to anyone who did not write it.
    expect(computeFigures(workshop, 'en').duration.days_text).toBeNull();
    const days = buildModel({
      ...(workshop.data as object),
      constraints: { ...workshop.data.constraints, duration: '1d' },
    } as Blueprint).model;
    expect(computeFigures(days, 'en').duration.days_text).toBe('1 day');
  });

  it('writes a group size with only a maximum or only a minimum', () => {
    expect(computeFigures(workshop, 'en').audience.size_text).toBe('30 learners at most');
    expect(computeFigures(workshop, 'fr').audience.size_text).toBe('30 participants maximum');
    expect(computeFigures(programme, 'fr').audience.size_text).toBe('à partir de 1 participant');
    expect(computeFigures(programme, 'en').audience.size_text).toBe('from 1 learner');
  });

  it('tells teaching modules from the time around them, and keeps their content points', () => {
    const schedule = computeFigures(workshop, 'en').schedule;
    expect(schedule.map((module) => [module.kind, module.teaching])).toEqual([
      ['welcome', false],
      ['teaching', true],
      ['break', false],
      ['teaching', true],
      ['wrap-up', false],
    ]);
    expect(schedule[1]?.contents).toEqual(['Paths', 'Listing', 'Moving around']);
    expect(schedule[3]?.contents).toEqual([]);
  });

  it('reads graded: false, and a participation assessment as a sentence in both languages', () => {
    expect(computeFigures(workshop, 'en').graded).toBe(false);
    expect(computeFigures(programme, 'en').graded).toBeNull();
    const [roleplay, participation] = computeFigures(programme, 'fr').assessments;
    expect(roleplay?.sentence).toBe(
      `évaluation sommative par observation, pendant «${NBSP}Mise en pratique${NBSP}»; elle compte pour 90${NBSP}% de la note finale.`,
    );
    expect(participation?.sentence).toBe(
      `évaluation sommative de la participation; elle compte pour 10${NBSP}% de la note finale.`,
    );
    expect(computeFigures(programme, 'en').assessments[1]?.sentence).toBe(
      'a summative assessment of participation; it counts for 10% of the final grade.',
    );
  });

  it('gives the Qualiopi items of admin, and null or [] when the blueprint does not state them', () => {
    const admin = computeFigures(programme, 'fr').admin;
    expect(admin.sessions_text).toBe('intra-entreprise ou inter-entreprises');
    expect(admin.trainers).toEqual([
      { name: 'Alex Durand', profile: "Dix ans de management d'équipes commerciales ; coach certifié." },
      { name: null, profile: 'Consultante en ressources humaines.' },
    ]);
    expect(admin.means?.technical).toEqual([
      "Salle équipée d'un vidéoprojecteur",
      'Plateforme de classe virtuelle',
    ]);
    expect(admin.completion).toEqual({
      kind: 'attestation',
      kind_label: 'attestation de fin de formation',
      description: 'remise en fin de formation',
    });
    expect(admin.results).toEqual({
      date: '2026-06',
      date_text: 'juin 2026',
      lines: [
        `Satisfaction${NBSP}: 4.6/5`,
        `Taux d'achèvement${NBSP}: 98${NBSP}%`,
        `Stagiaires formés${NBSP}: 120`,
      ],
    });
    const none = computeFigures(workshop, 'en').admin;
    expect(none).toMatchObject({
      sessions: null,
      sessions_text: null,
      trainers: [],
      means: null,
      completion: null,
    });
    expect(none.results).toBeNull();
  });
});

describe('format 1.1 keys in the documents', () => {
  it('shows the schedule with breaks, in italics and without objectives, and no invented fact', async () => {
    const syllabus = await render(workshop, 'syllabus', 'en');
    expect(syllabus).toContain('# The Unix Shell: a \\*hands-on\\* workshop\n');
    expect(syllabus).toContain('- **Modality:** remote or in person\n');
    expect(syllabus).not.toMatch(/blended|Prerequisites/);
    expect(syllabus).toContain('## Audience\n');
    expect(syllabus).toContain(
      '| — | *Welcome and setup check* | 15min |\n| 1 | Navigating files and directories | 1h 30min |\n| — | *Coffee break* | 15min |\n| 2 | Pipes and filters | 1h 45min |\n| — | *Feedback* | 15min |\n',
    );
    // Non-teaching modules have no section of their own.
    expect(syllabus).not.toContain('Coffee break (');
    expect(syllabus).toContain(
      '### 1. Navigating files and directories (1h 30min)\n\n- Paths\n- Listing\n- Moving around\n',
    );
    expect(syllabus).toContain('This course has no graded assessment');
    expect(syllabus).toContain('- **Sticky-note check**: a formative assessment by observation.\n');
  });

  it('writes a French programme under the Qualiopi headings, each stated item in its place', async () => {
    const text = await render(programme, 'programme', 'fr');
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Public visé',
      '## Prérequis',
      '## Objectifs',
      '## Contenu',
      '## Durée',
      "## Modalités et délais d'accès",
      '## Tarif',
      '## Contacts',
      '## Profil du formateur',
      '## Méthodes mobilisées',
      '## Moyens pédagogiques et techniques',
      "## Modalités d'évaluation",
      '## Accessibilité',
      '## Validation / sanction de la formation',
      '## Indicateurs de résultats',
      '## Date de mise à jour',
    ]);
    expect(text).not.toContain('Non renseigné');
    expect(text).toContain(
      "### 1. L'entretien de suivi (3\u00a0h)\n\n- Préparer l'entretien\n- Conduire l'échange\n- Formaliser les engagements\n",
    );
    // The meal is not content, and the modules after it keep their numbers among teaching modules.
    expect(text).not.toContain('Déjeuner');
    expect(text).toContain('### 2. Mise en pratique (3\u00a0h)\n\n- Cas réels\n');
    expect(text).toContain('Programme de formation, mis à jour le 1er octobre 2026.');
    expect(text).toContain(
      `- Modalité${NBSP}: à distance ou en présentiel\n- Sessions${NBSP}: intra-entreprise ou inter-entreprises\n`,
    );
    expect(text).toContain(
      `## Profil du formateur\n\n- **Alex Durand**${NBSP}: Dix ans de management d'équipes commerciales\u202f; coach certifié.\n- Consultante en ressources humaines.\n`,
    );
    expect(text).toContain(
      "## Méthodes mobilisées\n\n- Alternance d'apports et de mises en situation\n- Études de cas tirées du quotidien des participants\n\nActivités",
    );
    expect(text).toMatch(
      /Répartition du temps d'activité\u00a0: apport 1\u00a0h \(17\u00a0%\), pratique 5\u00a0h \(83\u00a0%\)\./,
    );
    expect(text).toContain(
      `## Validation / sanction de la formation\n\nAttestation de fin de formation${NBSP}: remise en fin de formation\n\nCertification${NBSP}: RS5678.\n`,
    );
    expect(text).toContain(
      `## Indicateurs de résultats\n\n- Satisfaction${NBSP}: 4.6/5\n- Taux d'achèvement${NBSP}: 98${NBSP}%\n- Stagiaires formés${NBSP}: 120\n\nDate des indicateurs${NBSP}: juin 2026.\n`,
    );
  });

  // Review any change, then regenerate with `npm run test:golden:update`.
  it.each([
    ['carpentries-workshop', 'syllabus', 'en'],
    ['carpentries-workshop', 'syllabus', 'fr'],
    ['programme-qualiopi', 'programme', 'fr'],
    ['programme-qualiopi', 'programme', 'en'],
  ] as const)('renders %s · %s · %s as its golden file', async (name, template, language) => {
    const model = name === 'programme-qualiopi' ? programme : workshop;
    await expect(await render(model, template, language)).toMatchFileSnapshot(
      join(folder, 'golden', `${name}.${template}.${language}.md`),
    );
  });

  it('passes markdownlint-cli2 and reads the same with both parsers, in both languages', async () => {
    const documents: Record<string, string> = {};
    for (const [name, model] of [
      ['workshop', workshop],
      ['programme', programme],
    ] as const)
      for (const template of ['syllabus', 'programme', 'matrix'])
        for (const language of ['en', 'fr'] as const)
          documents[`${name}.${template}.${language}.md`] = await render(model, template, language);
    expect(await lintMarkdown(documents, mkdtempSync(join(tmpdir(), 'blueprint-lint-')))).toEqual([]);
    for (const [name, text] of Object.entries(documents))
      expect({ name, ...readWithMarkdownIt(text) }).toEqual({ name, ...readWithMarked(text) });
  });

  it('finds nothing missing in the complete programme, and the gaps of the workshop', () => {
    expect(missingProgrammeItems(programme)).toEqual([]);
    expect(missingProgrammeItems(workshop).length).toBeGreaterThan(0);
  });
});
