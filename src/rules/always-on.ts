import type { RuleMeta } from './types.js';

/** The checks that always run and cannot be configured. */
export const alwaysOnRules: readonly Pick<RuleMeta, 'id' | 'description' | 'descriptionFr' | 'severity'>[] = [
  {
    id: 'yaml-syntax',
    description:
      'The file is valid UTF-8 YAML 1.2: one document, no tabs in indentation, no unknown alias, within the size and depth limits.',
    descriptionFr:
      'Le fichier est du YAML 1.2 valide en UTF-8 : un seul document, pas de tabulation dans l’indentation, pas d’alias inconnu, dans les limites de taille et de profondeur.',
    severity: 'error',
  },
  {
    id: 'duplicate-key',
    description: 'No key appears twice in the same mapping.',
    descriptionFr: 'Aucune clé n’apparaît deux fois dans le même mapping.',
    severity: 'error',
  },
  {
    id: 'schema',
    description: 'The blueprint follows the format: required keys, types, allowed values, durations, ids.',
    descriptionFr:
      'Le blueprint respecte le format : clés obligatoires, types, valeurs permises, durées, ids.',
    severity: 'error',
  },
  {
    id: 'unsupported-version',
    description: 'The `blueprint` format version is one this release reads (1).',
    descriptionFr: 'La version de format `blueprint` est une version que cette release sait lire (1).',
    severity: 'error',
  },
];

/** Ids of the always-on checks. */
export const alwaysOnRuleIds: ReadonlySet<string> = new Set(alwaysOnRules.map((rule) => rule.id));
