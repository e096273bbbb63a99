import { type Locale, messages } from '../i18n/index.js';
import { buildModel, type ExternalCompetencies, type Model } from '../model/model.js';
import { enabledRules } from '../rules/enabled.js';
import type { Rule, RuleContext } from '../rules/types.js';
import type { Blueprint } from '../schema/generated/blueprint.js';
import { validateBlueprintData } from '../schema/validate.js';
import type { FileResult, Finding, PathFinding, Severity, SeveritySetting } from '../types.js';
import { SUPPORTED_VERSIONS } from '../versions.js';

/** How to check a blueprint. */
export interface CheckOptions {
  /** The file name to put in the result. */
  file?: string;
  /** Severity of each rule (rules absent are off); defaults to the `recommended` preset. */
  severities?: Record<string, SeveritySetting>;
  /** The rules to choose from; defaults to every rule. */
  rules?: readonly Rule[];
  /** What rules may read besides the model. */
  context?: RuleContext;
  /** The language of the findings' messages; English when absent. */
  locale?: Locale;
  /** Reads the competency framework named by `competencies.file`, when there is one. */
  loadCompetencies?: (file: string) => ExternalCompetencies | { problem: string };
}

/**
 * The checks that read a blueprint's plain data, in order, each stopping the file when it finds
 * something: version, schema, competency file, model, rules. `locate` turns each finding's path
 * into a position; the fast and the full path each bring their own.
 */
export function checkData(
  data: unknown,
  options: CheckOptions,
  locate: (found: PathFinding, severity: Severity) => Finding,
): { findings: Finding[]; model?: Model; rulesRan: boolean } {
  const findings: Finding[] = [];
  const done = (model?: Model) => ({ findings, model, rulesRan: false });
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const version = (data as Record<string, unknown>).blueprint;
    if (Number.isInteger(version) && !SUPPORTED_VERSIONS.includes(version as number)) {
      findings.push(
        locate(
          {
            rule: 'unsupported-version',
            path: '/blueprint',
            message: messages(options.locale).input.unsupportedVersion(
              String(version),
              SUPPORTED_VERSIONS.join(', '),
            ),
          },
          'error',
        ),
      );
      return done();
    }
  }
  for (const found of validateBlueprintData(data, options.locale)) findings.push(locate(found, 'error'));
  if (findings.length > 0) return done();

  const blueprint = data as Blueprint;
  const external = blueprint.competencies?.file
    ? options.loadCompetencies?.(blueprint.competencies.file)
    : undefined;
  if (external && 'problem' in external) {
    findings.push(locate({ rule: 'schema', path: '/competencies/file', message: external.problem }, 'error'));
    return done();
  }
  const { model, findings: formatFindings } = buildModel(blueprint, external, options.locale);
  for (const found of formatFindings) findings.push(locate(found, 'error'));
  if (findings.length > 0) return done(model);

  const context = options.locale ? { ...options.context, locale: options.locale } : (options.context ?? {});
  for (const { rule, severity } of enabledRules(options)) {
    for (const report of rule.check(model, context)) {
      findings.push(locate({ rule: rule.meta.id, ...report }, severity));
    }
  }
  return { findings, model, rulesRan: true };
}

/**
 * A file's result, findings in text order (findings at one place by rule id, compared character by
 * character: the order, and so the report, is the same whatever the machine's locale); the source
 * is kept only when there are findings to show it with.
 */
export function summarize(file: string, findings: Finding[], source: string): FileResult {
  if (findings.length === 0) return { file, findings: [], errorCount: 0, warningCount: 0 };
  const sorted = [...findings].sort(
    (a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  const errorCount = sorted.filter((finding) => finding.severity === 'error').length;
  return { file, findings: sorted, errorCount, warningCount: sorted.length - errorCount, source };
}
