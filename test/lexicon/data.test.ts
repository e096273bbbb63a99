import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type LexiconData, loadLexicon } from '../../src/lexicon/lexicon.js';
import { readStatement } from '../../src/lexicon/reader.js';
import { BLOOM_LEVELS } from '../../src/model/bloom.js';

const LEVELS = [...BLOOM_LEVELS, 'analyse'];

describe.each(['en', 'fr'] as const)('the %s lexicon', (language) => {
  const yaml = fileURLToPath(new URL(`../../src/lexicon/data/${language}.yaml`, import.meta.url));
  const data = parse(readFileSync(yaml, 'utf8'), { uniqueKeys: true }) as LexiconData;
  const lexicon = loadLexicon(language);

  it('is the data file, read once', () => {
    expect(lexicon.data).toEqual(data);
    expect(loadLexicon(language)).toBe(lexicon);
  });

  it('cites its sources', () => {
    const text = readFileSync(yaml, 'utf8');
    for (const source of ['Newton', 'Frontiers in Education 5:107', 'CC-BY', 'Anderson', 'Krathwohl'])
      expect(text).toContain(source);
    if (language === 'fr') expect(text).toMatch(/Qualiopi|QUALIOPI/);
  });

  it('has hundreds of verbs, each with valid levels, and verbs to avoid', () => {
    const verbs = Object.entries(data.verbs);
    expect(verbs.length).toBeGreaterThan(300);
    for (const [verb, levels] of verbs) {
      expect(levels.length, verb).toBeGreaterThan(0);
      for (const level of levels) expect(LEVELS, verb).toContain(level);
    }
    const avoided = Object.entries(data.avoid);
    expect(avoided.length).toBeGreaterThan(20);
    for (const [verb, levels] of avoided) for (const level of levels) expect(LEVELS, verb).toContain(level);
  });

  it('names verbs of means that are verbs of the lexicon', () => {
    const lemmas = new Set([...lexicon.words.values(), ...lexicon.phrases].map((entry) => entry.lemma));
    expect(data.instruments.length).toBeGreaterThan(3);
    for (const verb of data.instruments) expect(lemmas.has(verb), verb).toBe(true);
  });

  it('names a learner-outcome wording for the teacher and for activities', () => {
    expect(data.voices.teacher.length).toBeGreaterThan(5);
    expect(data.voices.activity.length).toBeGreaterThan(5);
  });

  it('writes no alternative with a space inside, which the pattern syntax cannot read', () => {
    const patterns = [
      ...Object.keys(data.verbs),
      ...Object.keys(data.avoid),
      ...Object.keys(data.through),
      ...Object.keys(data.hides),
      ...data.voices.teacher,
      ...data.voices.activity,
    ];
    for (const pattern of patterns) expect(pattern, pattern).not.toMatch(/\([^)]*\s[^)]*\)/);
  });

  it('reads every plain verb back as itself, at its levels', () => {
    const stem = language === 'en' ? 'Learners will be able to' : 'Être capable de';
    for (const [verb, levels] of Object.entries(data.verbs)) {
      if (/[@|()?]/.test(verb)) continue;
      const reading = readStatement(`${stem} ${verb} ceci`, lexicon);
      expect(reading.verbs[0]?.lemma, verb).toBe(verb);
      const canonical = levels.map((level) => (level === 'analyse' ? 'analyze' : level));
      // a verb with a cue is read at its other levels when no cue word follows ("ceci"), or its own
      const cue = lexicon.cues.get(verb);
      const dropped = cue?.otherwise === 'drop' ? cue.levels : [];
      const expected = canonical.filter((level) => !dropped.includes(level as never));
      expect([...reading.levels].sort(), verb).toEqual([...expected].sort());
    }
  });

  it('reads every plain verb to avoid as one, at the levels it points at', () => {
    for (const [verb, levels] of Object.entries(data.avoid)) {
      if (/[@|()?]/.test(verb)) continue;
      const [found] = readStatement(`${verb} ceci`, lexicon).verbs;
      expect(found?.measurable, verb).toBe(false);
      // a longer phrase may read it ("have an appreciation of" is also "have a … knowledge of")
      expect(found?.levels, verb).toEqual(expect.arrayContaining(levels));
    }
  });

  it('suggests, at each level, measurable verbs of that level', () => {
    for (const level of BLOOM_LEVELS) {
      const suggestions = data.suggestions[level];
      expect(suggestions.length).toBeGreaterThanOrEqual(5);
      for (const verb of suggestions) {
        expect(readStatement(`${verb} ceci`, lexicon).levels, `${level}: ${verb}`).toContain(level);
      }
    }
  });
});
