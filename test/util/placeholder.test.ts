import { describe, expect, it } from 'vitest';
import { isPlaceholder, isStated } from '../../src/util/placeholder.js';

describe('isPlaceholder', () => {
  it('knows the placeholders real programmes publish, whatever the case, spaces or final full stop', () => {
    for (const text of [
      '',
      '  ',
      'Non précisé',
      'non communiqué',
      'À définir',
      'à venir',
      'TBD',
      'tba.',
      'N/A',
      'n.a.',
      '-',
      '—',
      '…',
      '...',
      ' Non  précisée. ',
    ])
      expect(isPlaceholder(text), text).toBe(true);
  });

  it('leaves real statements alone, even short ones or ones that contain a placeholder word', () => {
    for (const text of [
      'Aucun',
      'None',
      '2 semaines',
      'Non précisé par le client, voir contrat',
      'A',
      '4.6/5',
      'TBD-free',
    ])
      expect(isPlaceholder(text), text).toBe(false);
    expect(isStated(undefined)).toBe(false);
    expect(isStated('Step-free room')).toBe(true);
  });
});
