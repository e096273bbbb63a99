import { UsageError } from './errors.js';
import { type Locale, messages } from './i18n/index.js';
import { alwaysOnRuleIds, alwaysOnRules } from './rules/always-on.js';
import { isRuleDocProblem, RULE_DOC_SECTIONS, readRuleDoc, ruleDocsFolder } from './rules/docs.js';
import { findRule, ruleIds, rules } from './rules/index.js';
import { didYouMean } from './schema/did-you-mean.js';
import { ansiStyles, type Styles } from './util/ansi.js';

/** How to print an explanation. */
export interface ExplainOptions {
  color: boolean;
  /** The language of the explanation: docs/rules/<id>.md, or docs/rules/fr/<id>.md. English when absent. */
  locale?: Locale;
}

/** Every rule id `explain` knows: the always-on checks, then the configurable rules. */
export function explainableRuleIds(): string[] {
  return [...alwaysOnRuleIds, ...ruleIds];
}

/**
 * What `blueprint explain <rule>` prints: the rule's description, its severity and preset (or
 * that it is always on), why it matters, a failing and a passing example, and how to configure
 * it. An unknown rule is a UsageError with a did-you-mean.
 */
export function explainRule(id: string, options: ExplainOptions): string {
  const style = ansiStyles(options.color);
  const locale = options.locale ?? 'en';
  const say = messages(locale).explain;
  const alwaysOn = alwaysOnRules.find((rule) => rule.id === id);
  const rule = findRule(id);
  if (!alwaysOn && !rule) {
    throw new UsageError(say.unknownRule(id, didYouMean(id, explainableRuleIds(), "'", locale)));
  }
  const doc = readRuleDoc(id, ruleDocsFolder(locale), locale);
  if (isRuleDocProblem(doc)) throw new Error(`the doc of '${id}' is broken: ${doc.problems.join('; ')}`);
  const status = alwaysOn
    ? say.alwaysOnStatus(alwaysOn.severity)
    : say.presetStatus(String(rule?.meta.severity), String(rule?.meta.preset));
  const out = [
    `${style.bold(id)}${locale === 'fr' ? '\u00a0' : ''}: ${doc.description}`,
    style.dim(status),
    '',
  ];
  for (const section of RULE_DOC_SECTIONS) {
    out.push(style.bold(say.sections[section]), ...formatBody(doc.sections[section], style), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** What `blueprint explain` without a rule prints: every rule with its severity and one-line description. */
export function listRules(options: ExplainOptions): string {
  const style = ansiStyles(options.color);
  const locale = options.locale ?? 'en';
  const say = messages(locale).explain;
  const describe = (meta: { description: string; descriptionFr?: string }) =>
    locale === 'fr' ? (meta.descriptionFr ?? meta.description) : meta.description;
  const width = Math.max(...explainableRuleIds().map((id) => id.length));
  const row = (id: string, status: string, description: string) =>
    `  ${style.bold(id.padEnd(width))}  ${status.padEnd(22)}  ${description}`;
  const out = [say.alwaysOnHeading];
  for (const rule of alwaysOnRules) out.push(row(rule.id, rule.severity, describe(rule)));
  out.push('', say.rulesHeading);
  for (const { meta } of rules) out.push(row(meta.id, `${meta.severity} (${meta.preset})`, describe(meta)));
  out.push('', say.footer);
  return `${out.join('\n')}\n`;
}

/** A section's Markdown for a terminal: prose indented by 2, code blocks by 4, fences dropped. */
function formatBody(body: string, style: Styles): string[] {
  const lines: string[] = [];
  let inCode = false;
  for (const line of body.split('\n')) {
    if (/^```/.test(line)) {
      inCode = !inCode;
      continue;
    }
    if (inCode) lines.push(`    ${style.cyan(line)}`);
    else if (line === '') lines.push('');
    // With colour, inline code is coloured instead of quoted; without, the backticks stay.
    else
      lines.push(
        `  ${style.enabled ? line.replace(/`([^`]+)`/g, (_, code: string) => style.cyan(code)) : line}`,
      );
  }
  return lines;
}
