// Schema findings in French: the same findings at the same places as in English, worded in
// French, with a did-you-mean and the values described in French.
import { describe, expect, it } from 'vitest';
import { checkBlueprint } from '../../src/check/blueprint.js';

const BAD = `blueprint: 1
id: Bad Course
title: Test
audience: { description: x, level: beginer }
constraints: { duration: 0h, modality: remote }
objectives:
  - { id: O1, statement: Explain a chart, blom: apply }
  - { id: O2, statement: Explain a chart, bloom: 3 }
modules:
  - { id: M1, title: M, duration: 1h, objectives: [O1, O2], tіtle: x }
assessments:
  - { id: A1, title: A, kind: summative, type: quiz, bloom: apply, objectives: [O1, O2], weight: -5, due: 2026-02-30 }
`;

describe('schema findings in French', () => {
  const english = checkBlueprint(BAD).findings;
  const french = checkBlueprint(BAD, { locale: 'fr' }).findings;

  it('are the English findings, at the same places', () => {
    const where = (f: (typeof english)[number]) => `${f.rule} ${f.line}:${f.column} ${f.path}`;
    expect(english.length).toBeGreaterThanOrEqual(8);
    expect(french.map(where)).toEqual(english.map(where));
    for (const [index, finding] of french.entries())
      expect(finding.message).not.toBe(english[index]?.message);
  });

  it('are worded in French, with French typography', () => {
    const messages = french.map((finding) => finding.message);
    expect(messages).toContain(
      "`level` doit valoir l’une des valeurs beginner, intermediate, advanced\u00a0; reçu le texte «\u00a0beginer\u00a0». Vouliez-vous dire 'beginner'\u00a0?",
    );
    expect(messages).toContain('objectif O1\u00a0: il manque `bloom`');
    expect(messages).toContain('clé inconnue `blom` dans objectif O1. Vouliez-vous dire `bloom`\u00a0?');
    expect(messages).toContain('objectif O2\u00a0: `bloom` doit être du texte, reçu le nombre 3');
    expect(messages).toContain('évaluation A1\u00a0: `weight` doit valoir au moins 0, reçu -5');
    expect(messages).toContain('`duration` ne peut pas être nul\u00a0: une durée est d’au moins une minute');
    expect(messages.join('\n')).toMatch(
      /clé inconnue `tіtle` dans module M1 \(elle contient le caractère non ASCII «\u00a0і\u00a0», U\+0456\)/,
    );
    for (const message of messages) expect(message).not.toMatch(/ [:;?!»]|« /);
  });
});
