import { describe, expect, it } from 'vitest';
import { CHANGE_CLASSES, FAIL_ON_CLASSES } from '../../src/diff/classes.js';
import { en } from '../../src/diff/messages/en.js';
import { fr } from '../../src/diff/messages/fr.js';
import { rules } from '../../src/rules/index.js';

/** Every key path of a catalogue, nested objects included (functions are leaves). */
function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, item]) =>
    item && typeof item === 'object' ? keys(item, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('the diff message catalogues', () => {
  it('French has every key English has, and no other', () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });

  it('name every rule, every class of change and every --fail-on value, in both languages', () => {
    for (const catalogue of [en, fr]) {
      for (const rule of rules) expect(catalogue.rules[rule.meta.id], rule.meta.id).toBeTruthy();
      expect(Object.keys(catalogue.classes).sort()).toEqual([...FAIL_ON_CLASSES].sort());
    }
    expect(FAIL_ON_CLASSES).toEqual([...Object.keys(CHANGE_CLASSES), 'finding-introduced']);
  });

  it('French words agree with the subject and follow French spacing', () => {
    expect([fr.added('activity'), fr.added('objective'), fr.removed('assessment')]).toEqual([
      'ajoutée',
      'ajouté',
      'supprimée',
    ]);
    expect(fr.colon).toBe('\u00a0: ');
    expect(fr.number(33.5)).toBe('33,5');
    expect(fr.summary({ files: 2, learners: 0, programme: 1, introduced: 1, resolved: 0 })).toBe(
      'Aucun changement pour les apprenants, 1 pour le programme, 1 nouveau constat, 0 résolu (2 fichiers comparés)',
    );
    expect(en.summary({ files: 1, learners: 3, programme: 0, introduced: 0, resolved: 0 })).toBe(
      '3 changes for learners (1 file compared)',
    );
  });
});
