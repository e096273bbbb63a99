import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { type DiffReport, diffFilePair } from '../../src/diff/files.js';
import { diffJson } from '../../src/diff/report/json.js';
import { diffMarkdown, markdownCode, markdownText } from '../../src/diff/report/markdown.js';
import { diffStylish } from '../../src/diff/report/stylish.js';
import { edit, WORKSHOP } from './helpers.js';

const AFTER = edit(
  WORKSHOP,
  ['    bloom: evaluate\n    knowledge: metacognitive', '    bloom: create\n    knowledge: metacognitive'],
  ['    title: Role plays\n    duration: 2h', '    title: Role plays\n    duration: 1h30'],
  ['      - { title: Debrief, type: discussion, duration: 20min }\n', ''],
  ['objectives: [O4]\n    weight: 40', 'objectives: []\n    weight: 40'],
);

function report(before: string, after: string): DiffReport {
  const file = diffFilePair(
    { file: 'feedback.blueprint.yaml', before: { source: before }, after: { source: after } },
    () => ({
      file: 'feedback.blueprint.yaml',
    }),
  );
  return { from: 'main', to: 'working tree', files: [file] };
}

describe('diffStylish', () => {
  it('groups the changes, then the findings introduced, the planned time and a summary', () => {
    expect(diffStylish(report(WORKSHOP, AFTER), { locale: 'en' })).toBe(
      [
        'main → working tree',
        '',
        'feedback.blueprint.yaml  changed',
        '  Objectives',
        '    ~ objective O4: Bloom level evaluate → create (raised)',
        '  Modules and activities',
        '    ~ module M3: duration 2h → 1h30 (−30min)',
        '    − activity “Debrief” in M3 removed',
        '  Assessments',
        '    ~ assessment A2: objectives − O4',
        '  Alignment',
        '    introduced — plan under the duration budget: constraints (duration-under-budget)',
        '    introduced — objective not assessed: objective O4 (objective-not-assessed)',
        '    introduced — verb does not match the Bloom level: objective O4 (objective-verb-level-mismatch)',
        '    introduced — activities longer than their module: module M3 (activities-exceed-module)',
        '    introduced — assessment measures no objective: assessment A2 (assessment-without-objective)',
        '  planned time 7h → 6h30',
        '',
        '4 changes for learners, 5 findings introduced, 0 resolved (1 file compared)',
        '',
      ].join('\n'),
    );
  });

  it('in French', () => {
    const text = diffStylish(report(WORKSHOP, AFTER), { locale: 'fr' });
    expect(text).toContain('    ~ objectif O4\u00a0: niveau de Bloom evaluate → create (relevé)');
    expect(text).toContain('    − activité « Debrief » dans M3 supprimée');
    expect(text).toContain(
      '    nouveau constat — objectif non évalué\u00a0: objectif O4 (objective-not-assessed)',
    );
    expect(text).toMatch(
      /4 changements pour les apprenants, 5 nouveaux constats, 0 résolu \(1 fichier comparé\)\n$/,
    );
  });

  it('says "no change for learners" for a reformatted file', () => {
    const reformatted = edit(WORKSHOP, [
      '  size: { min: 6, max: 12 }',
      '  size:\n    max: 12 # at most\n    min: 6',
    ]);
    expect(diffStylish(report(WORKSHOP, reformatted), { locale: 'en' })).toBe(
      'main → working tree\n\nfeedback.blueprint.yaml  no change for learners\n\nNo change for learners (1 file compared)\n',
    );
  });

  it('shows control characters from the blueprint as escapes', () => {
    const hostile = edit(WORKSHOP, ['title: Role plays', 'title: "Role \\e[31mplays"']);
    const text = diffStylish(report(WORKSHOP, hostile), { locale: 'en', color: false });
    expect(text).toContain('“Role \\x1B[31mplays”');
    expect(text).not.toContain('\u001b');
  });
});

describe('diffMarkdown', () => {
  const md = new MarkdownIt({ html: true });

  it('puts a title and the summary first, a table of files, then the details folded', () => {
    const text = diffMarkdown(report(WORKSHOP, AFTER), { locale: 'en' });
    const tokens = md.parse(text, {});
    expect(tokens[0]).toMatchObject({ type: 'heading_open', tag: 'h3' });
    expect(tokens[1]?.content).toBe('Blueprint changes: main → working tree');
    expect(tokens[4]?.content).toBe(
      '**4 changes for learners, 5 findings introduced, 0 resolved (1 file compared)**',
    );
    expect(tokens.some((token) => token.type === 'table_open')).toBe(true);
    const html = md.render(text);
    expect(html).toMatch(/<details><summary>feedback\.blueprint\.yaml: changed \(9\)<\/summary>/);
    expect(html).toContain(
      '<li>objective <code>O4</code>: Bloom level <code>evaluate</code> → <code>create</code> (raised)</li>',
    );
    expect(html.indexOf('<table>')).toBeLessThan(html.indexOf('<details>'));
  });

  it('keeps text from the blueprint inert: no HTML, no link, no emphasis, the fold intact', () => {
    const hostile = edit(WORKSHOP, [
      'title: Role plays',
      'title: "</details><img src=x onerror=alert(1)> [click](http://evil) **bold** `code` |pipe|"',
    ]);
    const html = md.render(diffMarkdown(report(WORKSHOP, hostile), { locale: 'en' }));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('<strong>bold');
    expect(html.match(/<\/details>/g)).toHaveLength(1);
    expect(html).toContain(
      '&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt; [click](http://evil) **bold** `code` |pipe|',
    );
  });

  it('escapes what a code span cannot hold', () => {
    expect(markdownCode('O1')).toBe('`O1`');
    expect(markdownCode('a`b')).toBe('a\\`b');
    expect(markdownText('a_b*c')).toBe('a\\_b\\*c');
  });

  it('warns outside the fold when a published programme changed without a new update date', () => {
    const withAdmin = `${WORKSHOP}admin:\n  price: 690 EUR\n  updated: "2026-03-01"\n`;
    const text = diffMarkdown(report(withAdmin, edit(withAdmin, ['price: 690 EUR', 'price: 750 EUR'])), {
      locale: 'fr',
    });
    const quote = text.split('\n').find((line) => line.startsWith('> '));
    expect(quote).toBe(
      '> **`feedback.blueprint.yaml`**\u00a0: programme\u00a0: changement de tarif sans nouvelle date de mise à jour (admin.updated\u00a0: `2026-03-01`)\u00a0: actualisez-la, le programme publié doit l’indiquer',
    );
    expect(text.indexOf(quote as string)).toBeLessThan(text.indexOf('<details>'));
  });
});

describe('diffJson', () => {
  it('has a stable shape: version, names, summary, files with changes and consequences', () => {
    const json = JSON.parse(
      diffJson(report(WORKSHOP, AFTER), {
        locale: 'en',
        failOn: ['objective-level-changed'],
        matched: ['objective-level-changed'],
      }),
    );
    expect(Object.keys(json)).toEqual(['version', 'from', 'to', 'locale', 'summary', 'files', 'failOn']);
    expect(json).toMatchObject({
      version: 1,
      from: 'main',
      summary: { files: 1, learners: 4, programme: 0, introduced: 5, resolved: 0 },
    });
    const [file] = json.files;
    expect(file).toMatchObject({
      file: 'feedback.blueprint.yaml',
      status: 'modified',
      plannedMinutes: { before: 420, after: 390 },
    });
    expect(file.changes[1]).toEqual({
      class: 'module-duration-changed',
      scope: 'learners',
      subject: { kind: 'module', id: 'M3' },
      field: 'duration',
      value: 'duration',
      before: 120,
      after: 90,
      message: 'module M3: duration 2h → 1h30 (−30min)',
    });
    expect(file.consequences[1]).toMatchObject({
      status: 'introduced',
      rule: 'objective-not-assessed',
      severity: 'error',
      path: '/objectives/3',
      summary: 'objective not assessed: objective O4 (objective-not-assessed)',
    });
    expect(json.failOn).toEqual({
      classes: ['objective-level-changed'],
      matched: ['objective-level-changed'],
    });
  });
});
