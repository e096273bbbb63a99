import type { RuleMeta } from './types.js';

/** The checks that always run and cannot be configured. */
export const alwaysOnRules: readonly Pick<
  RuleMeta,
  'id' | 'description' | 'descriptionFr' | 'severity' | 'when'
>[] = [
  {
    id: 'yaml-syntax',
    description:
      'The file is valid UTF-8 YAML 1.2: one document, no tabs in indentation, no unknown alias, within the size and depth limits.',
    descriptionFr:
      'Le fichier est du YAML 1.2 valide en UTF-8 : un seul document, pas de tabulation dans l’indentation, pas d’alias inconnu, dans les limites de taille et de profondeur.',
    severity: 'error',
    when: 'the file is not valid YAML 1.2, or not UTF-8; also: a second document, a tab indentation, an unresolved alias, alias expansion past a safe limit, nesting deeper than 64 levels, a file over 10 MB',
  },
  {
    id: 'duplicate-key',
    description: 'No key appears twice in the same mapping.',
    descriptionFr: 'Aucune clé n’apparaît deux fois dans le même mapping.',
    severity: 'error',
    when: 'the same key twice in one mapping',
  },
  {
    id: 'schema',
    description: 'The blueprint follows the format: required keys, types, allowed values, durations, ids.',
    descriptionFr:
      'Le blueprint respecte le format : clés obligatoires, types, valeurs permises, durées, ids.',
    severity: 'error',
    when: "the document violates the JSON Schema; one finding per violation, at the offending node, with a human message (not ajv's raw text)",
  },
  {
    id: 'unsupported-version',
    description: 'The `blueprint` format version is one this release reads (1).',
    descriptionFr: 'La version de format `blueprint` est une version que cette release sait lire (1).',
    severity: 'error',
    when: '`blueprint` is not a version this release reads',
  },
];

/** Ids of the always-on checks. */
export const alwaysOnRuleIds: ReadonlySet<string> = new Set(alwaysOnRules.map((rule) => rule.id));
