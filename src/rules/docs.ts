import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../i18n/locale.js';

/** The folder of the rule docs shipped with the package (docs/rules/<rule-id>.md). */
export const RULE_DOCS_FOLDER: string = fileURLToPath(new URL('../../docs/rules/', import.meta.url));

/** The folder of a locale's rule docs: docs/rules/ in English, docs/rules/fr/ in French. */
export function ruleDocsFolder(locale: Locale = 'en'): string {
  return locale === 'en' ? RULE_DOCS_FOLDER : `${RULE_DOCS_FOLDER}${locale}/`;
}

/** The sections every rule doc has, in order, after its `# id` title and one-line description. */
export const RULE_DOC_SECTIONS = ['Why', 'Failing example', 'Passing example', 'Configure'] as const;

/** A section of a rule doc. */
export type RuleDocSection = (typeof RULE_DOC_SECTIONS)[number];

/** The heading of each section in each locale's docs (`## Pourquoi` in docs/rules/fr/). */
export const RULE_DOC_HEADINGS: Readonly<Record<Locale, Readonly<Record<RuleDocSection, string>>>> = {
  en: {
    Why: 'Why',
    'Failing example': 'Failing example',
    'Passing example': 'Passing example',
    Configure: 'Configure',
  },
  fr: {
    Why: 'Pourquoi',
    'Failing example': 'Exemple en échec',
    'Passing example': 'Exemple correct',
    Configure: 'Configurer',
  },
};

/** A rule's doc, read from docs/rules/<rule-id>.md. */
export interface RuleDoc {
  /** The id in the `# id` title. */
  id: string;
  /** The one-line description under the title (equal to the rule's meta.description). */
  description: string;
  /** Each section's Markdown body, trimmed, by its English name whatever the doc's language. */
  sections: Record<RuleDocSection, string>;
}

/** A doc that could not be read in the expected shape: what is wrong with it. */
export interface RuleDocProblem {
  problems: string[];
}

/** The Markdown of a rule's doc (`<folder>/<id>.md`), or undefined when there is none. */
export function readRuleDocText(id: string, folder: string = RULE_DOCS_FOLDER): string | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  try {
    return readFileSync(join(folder, `${id}.md`), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The Markdown of the doc of each rule that has one; rules without a doc are absent from the
 * result, so formats (sarif) fall back to the rule's description.
 */
export function readRuleDocs(
  ids: readonly string[],
  folder: string = RULE_DOCS_FOLDER,
): Record<string, string> {
  const docs: Record<string, string> = Object.create(null);
  for (const id of ids) {
    const markdown = readRuleDocText(id, folder);
    if (markdown !== undefined) docs[id] = markdown;
  }
  return docs;
}

/** Reads the doc of a rule from the docs folder of a locale, or says why it cannot be used. */
export function readRuleDoc(
  id: string,
  folder: string = RULE_DOCS_FOLDER,
  locale: Locale = 'en',
): RuleDoc | RuleDocProblem {
  const markdown = readRuleDocText(id, folder);
  if (markdown === undefined)
    return { problems: [`docs/rules/${locale === 'en' ? '' : `${locale}/`}${id}.md is missing`] };
  return parseRuleDoc(markdown, locale);
}

/**
 * Reads a rule doc's Markdown: `# id`, a one-line description, then the sections `## Why`,
 * `## Failing example`, `## Passing example` and `## Configure`, the middle two with a yaml block.
 */
export function parseRuleDoc(markdown: string, locale: Locale = 'en'): RuleDoc | RuleDocProblem {
  const headingOf = RULE_DOC_HEADINGS[locale];
  const expected = RULE_DOC_SECTIONS.map((name) => headingOf[name]);
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const problems: string[] = [];
  const id = /^# (\S+)\s*$/.exec(lines[0] ?? '')?.[1];
  if (!id) problems.push('the first line is not `# <rule-id>`');
  const firstSection = lines.findIndex((line) => line.startsWith('## '));
  const intro = lines
    .slice(1, firstSection < 0 ? lines.length : firstSection)
    .map((line) => line.trim())
    .filter(Boolean);
  if (intro.length !== 1) problems.push('the title is not followed by a single one-line description');
  const bodies = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines.slice(firstSection < 0 ? lines.length : firstSection)) {
    const heading = /^## (.+?)\s*$/.exec(line)?.[1];
    if (heading !== undefined) {
      if (bodies.has(heading)) problems.push(`the section '## ${heading}' appears twice`);
      current = [];
      bodies.set(heading, current);
    } else current?.push(line);
  }
  const headings = [...bodies.keys()];
  if (headings.join('\n') !== expected.join('\n'))
    problems.push(
      `the sections are ${headings.map((h) => `'${h}'`).join(', ') || 'missing'}; expected ${expected.map((h) => `'${h}'`).join(', ')}`,
    );
  const sections = Object.fromEntries(
    RULE_DOC_SECTIONS.map((name) => [name, (bodies.get(headingOf[name]) ?? []).join('\n').trim()]),
  ) as Record<RuleDocSection, string>;
  for (const name of RULE_DOC_SECTIONS) {
    if (sections[name] === '') problems.push(`the section '## ${headingOf[name]}' is empty`);
  }
  for (const name of ['Failing example', 'Passing example', 'Configure'] as const) {
    if (!/^```ya?ml\n[\s\S]*?\n```$/m.test(sections[name]))
      problems.push(`the section '## ${headingOf[name]}' has no yaml code block`);
  }
  if (problems.length > 0) return { problems };
  return { id: id as string, description: intro[0] as string, sections };
}

/** Whether reading a rule doc failed. */
export function isRuleDocProblem(doc: RuleDoc | RuleDocProblem): doc is RuleDocProblem {
  return 'problems' in doc;
}
