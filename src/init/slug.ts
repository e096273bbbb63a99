/** Letters that Unicode does not decompose into a base letter and an accent. */
const LIGATURES: Readonly<Record<string, string>> = {
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

/** The longest id `init` derives from a title. */
export const MAX_SLUG_LENGTH = 60;

/**
 * The course id derived from a title: lower-case ASCII letters, digits and dashes, accents
 * dropped ('Éléments de Ruby' → 'elements-de-ruby'), at most 60 characters cut at a dash.
 * Returns '' when the title has no Latin letter or digit at all.
 */
export function slugify(title: string): string {
  const ascii = title
    .toLowerCase()
    .replace(/[æœßøđðþłı]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}
