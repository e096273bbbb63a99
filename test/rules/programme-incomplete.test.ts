import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/check-fixture.js';

const RULE = 'programme-incomplete';

describe(RULE, () => {
  it('reports each missing item once, naming it and where it goes', () => {
    const messages = findingsOf(RULE, 'invalid-nothing-practical.blueprint.yaml').map(
      (finding) => finding.message,
    );
    expect(messages.map((message) => /its (.*?) \(`/.exec(message)?.[1]).sort()).toEqual(
      [
        'access modalities and delay',
        'accessibility for learners with disabilities',
        'assessment methods',
        'contact',
        'date of last update',
        'prerequisites',
        'price',
        'teaching methods',
        'trainers',
        'pedagogical means',
        'technical means',
        'completion certificate',
        'results indicators',
      ].sort(),
    );
    expect(messages).toContain(
      'the programme does not state its prerequisites (`audience.prerequisites`): list them, or write `prerequisites: []` to state that there are none',
    );
  });

  it('counts blank text as missing and points at it', () => {
    const findings = findingsOf(RULE, 'invalid-partial-admin.blueprint.yaml');
    expect(findings.map((finding) => finding.path)).toEqual([
      '/audience/description',
      '/admin/price',
      '/admin/access',
    ]);
    expect(findings[0]?.message).toBe(
      'the programme does not state its target public (`audience.description`): describe who the course is for',
    );
  });

  it('counts placeholders such as "Non précisé", "N/A", "TBD", "-" as missing, in text and in lists', () => {
    const findings = findingsOf(RULE, 'invalid-placeholders.blueprint.yaml');
    expect(findings.map((finding) => finding.path)).toEqual([
      '/audience/prerequisites',
      '/audience/accessibility',
      '/admin/price',
      '/admin/contact',
      '/admin/access',
      '/admin/trainers',
      '/admin/means/pedagogical',
      '/admin/completion',
      '/admin/results',
    ]);
    expect(findings.find((finding) => finding.path === '/admin/results')?.message).toBe(
      'the programme does not state its results indicators (`admin.results`): add `results: { date, satisfaction, completion_rate, success_rate }` with at least one figure',
    );
  });
});
