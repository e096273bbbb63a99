import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The languages documents can be rendered in. */
export const RENDER_LANGUAGES = ['en', 'fr'] as const;

/** A language documents can be rendered in. */
export type RenderLanguage = (typeof RENDER_LANGUAGES)[number];

/**
 * The wording of one language, as `templates/render/i18n/<lang>.json` holds it: names of
 * levels, modalities, types and kinds, and the patterns of durations, percentages and dates.
 */
export interface Labels {
  language: RenderLanguage;
  /** BCP 47 locale for numbers and prices, e.g. `fr-FR`. */
  locale: string;
  duration: {
    zero: string;
    minutes: string;
    hours: string;
    hours_minutes: string;
    day: string;
    days: string;
  };
  percent: string;
  months: string[];
  date: string;
  /** The first day of a month in a date, where the language writes it apart (French `1er`). */
  first_day?: string;
  group_size: string;
  group_size_exact: string;
  price_basis: string;
  bloom: Record<string, string>;
  knowledge: Record<string, string>;
  modality: Record<string, string>;
  audience_level: Record<string, string>;
  activity_type: Record<string, string>;
  activity_type_short: Record<string, string>;
  assessment_kind: Record<string, string>;
  assessment_type: Record<string, string>;
  marks: Record<string, string>;
  status: Record<string, string>;
  /** Group size with only a minimum or only a maximum, singular (`one`) and plural (`other`). */
  group_size_min: { one: string; other: string };
  group_size_max: { one: string; other: string };
  /** Joins the last two alternatives of a list (` or `, ` ou `). */
  or: string;
  list_separator: string;
  /** Quotation marks around a quoted title (`“{text}”`, `« {text} »`). */
  quotes: string;
  /** Modalities as alternatives in a sentence (`à distance ou en présentiel`). */
  modality_alternative: Record<string, string>;
  /** `admin.sessions`: intra-company, inter-company. */
  sessions: Record<string, string>;
  /** `modules[].kind`. */
  module_kind: Record<string, string>;
  /** The parts of the sentence that describes an assessment. */
  assessment_sentence: { base: string; module: string; weight: string; end: string };
  /** The assessment type as it follows "assessment" in that sentence (` by quiz`). */
  assessment_by: Record<string, string>;
  /** `admin.completion.kind`. */
  completion_kind: Record<string, string>;
  /** The lines of `admin.results`. */
  results: Record<'satisfaction' | 'completion_rate' | 'success_rate' | 'learners', string>;
}

/** The folder of the built-in templates and their wording. */
export const TEMPLATES_DIR: string = fileURLToPath(new URL('../../templates/render/', import.meta.url));

const cache = new Map<RenderLanguage, Labels>();

/** The wording of a language, read once from its data file. */
export function loadLabels(language: RenderLanguage): Labels {
  let labels = cache.get(language);
  if (!labels) {
    const file = fileURLToPath(new URL(`../../templates/render/i18n/${language}.json`, import.meta.url));
    labels = JSON.parse(readFileSync(file, 'utf8')) as Labels;
    cache.set(language, labels);
  }
  return labels;
}

/** Fills `{name}` placeholders of a pattern. */
export function fill(pattern: string, values: Record<string, string | number>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
