/**
 * Words that published programmes write where a fact should be ("Non précisé", "TBD", "-"), in the
 * form `isPlaceholder` compares: lower case, without surrounding spaces or a final full stop.
 */
const PLACEHOLDERS: ReadonlySet<string> = new Set([
  '',
  '-',
  '--',
  '—',
  '–',
  '…',
  '...',
  '?',
  'tbd',
  'tba',
  'tbc',
  'n/a',
  'na',
  'n.a',
  'todo',
  'to be defined',
  'to be announced',
  'to be confirmed',
  'not specified',
  'unknown',
  'non précisé',
  'non précisée',
  'non précisés',
  'non précisées',
  'non communiqué',
  'non communiquée',
  'non communiqués',
  'non communiquées',
  'non renseigné',
  'non renseignée',
  'à définir',
  'à préciser',
  'à venir',
  'à compléter',
  'nc',
  'n.c',
]);

/**
 * Whether a text says nothing: empty, or a placeholder such as "Non précisé", "à définir", "TBD",
 * "N/A", "-", "—" or "…" (case, surrounding spaces and a final full stop aside).
 */
export function isPlaceholder(text: string): boolean {
  const normal = text
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(?<!\.)\.$/, '');
  return PLACEHOLDERS.has(normal);
}

/** Whether a text states something: present, and not a placeholder. */
export function isStated(text: string | undefined): text is string {
  return text !== undefined && !isPlaceholder(text);
}
