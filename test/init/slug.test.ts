import { describe, expect, it } from 'vitest';
import { courseId } from '../../src/init/index.js';
import { MAX_SLUG_LENGTH, slugify } from '../../src/init/slug.js';

describe('slugify', () => {
  it.each([
    ['Giving feedback that helps', 'giving-feedback-that-helps'],
    ["Éléments d'œuvre : l'été à Noël", 'elements-d-oeuvre-l-ete-a-noel'],
    ['Straße & Ærø — Łódź', 'strasse-aero-lodz'],
    ['  SQL: basics (v2)!  ', 'sql-basics-v2'],
    ['2026 cohort', '2026-cohort'],
    ['Ça  --  marche', 'ca-marche'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('gives a valid id pattern or nothing', () => {
    for (const title of ['日本語のコース', '!!!', '']) expect(slugify(title)).toBe('');
    for (const title of ['A', 'Été', 'x'.repeat(300), 'word '.repeat(40)])
      expect(slugify(title)).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  it('cuts a long title at a dash, within the limit', () => {
    const slug = slugify('Introduction to the history of European political thought from Plato to Rawls');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('introduction-to-the-history-of-european-political-thought');
  });

  it('falls back to a word in the course language when the title has no Latin letter', () => {
    expect(courseId('日本語', 'en')).toBe('course');
    expect(courseId('日本語', 'fr')).toBe('formation');
  });
});
