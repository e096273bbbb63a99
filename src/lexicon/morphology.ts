import type { Language } from './text.js';

/**
 * The spelling a lexicon key and a word are compared in: accents folded (done by the caller),
 * and in English British -ise/-yse folded to -ize/-yze (`analyse` = `analyze`,
 * `organise` = `organize`).
 */
export function canonicalSpelling(word: string, language: Language): string {
  if (language !== 'en' || !/[iy]s/.test(word)) return word;
  return word.replace(/ys(e|es|ed|ing)$/, 'yz$1').replace(/is(e|es|ed|ing)$/, 'iz$1');
}

const VOWEL = /[aeiouy]/;
/** Verb prefixes, on accent-folded words; the rest must have four letters, or three after a hyphen ("re-run"). */
const EN_PREFIX = /^(?:re|pre|un|de|co)(?:-([a-z]{3,})|([a-z]{4,}))$/;
const FR_PREFIX = /^(?:re|pre|de|des|r)(?:-([a-z]{3,})|([a-z]{4,}))$/;

function englishCandidates(word: string): string[] {
  const out = [word];
  const n = word.length;
  const doubled = (stem: string) =>
    stem.length > 2 && stem.at(-1) === stem.at(-2) && !VOWEL.test(stem.at(-1) ?? 'a')
      ? [stem.slice(0, -1)]
      : [];
  if (word.endsWith('ies') && n > 4) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es') && n > 3) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss') && n > 3) out.push(word.slice(0, -1));
  if (word.endsWith('ied') && n > 4) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed') && n > 3) {
    const stem = word.slice(0, -2);
    out.push(stem, word.slice(0, -1), ...doubled(stem));
  }
  if (word.endsWith('ing') && n > 4) {
    const stem = word.slice(0, -3);
    out.push(stem, `${stem}e`, ...doubled(stem));
  }
  return out;
}

function frenchCandidates(word: string): string[] {
  const out = [word];
  const n = word.length;
  const cut = (suffix: string) => word.slice(0, n - suffix.length);
  if (word.endsWith('issent') || word.endsWith('issant')) out.push(`${cut('issent')}ir`);
  if (word.endsWith('eant')) out.push(`${cut('eant')}er`);
  if (word.endsWith('ent') && n > 5) out.push(`${cut('ent')}er`, `${cut('ent')}re`, `${cut('ent')}ir`);
  if (word.endsWith('ant') && n > 5) out.push(`${cut('ant')}er`, `${cut('ant')}re`, `${cut('ant')}ir`);
  if (word.endsWith('eront') || word.endsWith('iront') || word.endsWith('ront'))
    out.push(cut('ont'), `${cut('ront')}re`);
  if (word.endsWith('era') || word.endsWith('ira')) out.push(cut('a'));
  if (word.endsWith('ra') && n > 4) out.push(`${cut('ra')}re`);
  if (word.endsWith('es') && n > 4) out.push(`${cut('es')}er`);
  if (word.endsWith('e') && n > 3) out.push(`${cut('e')}er`);
  if (word.endsWith('it') && n > 4) out.push(`${cut('it')}ir`, `${cut('t')}re`);
  if (word.endsWith('is') && n > 4) out.push(`${cut('is')}ir`, `${cut('s')}re`);
  return out;
}

/**
 * The forms a word may be an inflection of, the word itself first: `designs`, `designing`,
 * `designed` → `design`; `conçoit` (through `irregular`) → `concevoir`; `analyse` → `analyser`.
 * The word is given accent-folded; results are in canonical spelling.
 */
export function lemmaCandidates(
  word: string,
  language: Language,
  irregular: ReadonlyMap<string, string>,
): string[] {
  const inflected = language === 'en' ? englishCandidates(word) : frenchCandidates(word);
  // A prefixed verb the lexicon may not list: "re-run", "reorder", "réécrire", "ré-exécuter", "unzip".
  const prefix = (language === 'en' ? EN_PREFIX : FR_PREFIX).exec(word);
  const base = prefix?.[1] ?? prefix?.[2];
  const raw = base
    ? [...inflected, ...(language === 'en' ? englishCandidates(base) : frenchCandidates(base))]
    : inflected;
  const known = irregular.get(word);
  const all = known === undefined ? raw : [word, known, ...raw.slice(1)];
  return [...new Set(all.map((candidate) => canonicalSpelling(candidate, language)))];
}

/** How a verb is inflected, to tell a second verb ("and report") from a noun ("and reports"). */
export type VerbForm = 'base' | 'inflected';
