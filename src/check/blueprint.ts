import { type Locale, messages } from '../i18n/index.js';
import { checkCharacters, type DecodeProblem, decodeInput } from '../load/decode.js';
import { locatePointer, positionInText, positionOf } from '../load/locate.js';
import { type ParsedYaml, parseYaml } from '../load/parse.js';
import type { Model } from '../model/model.js';
import { severityOf } from '../rules/enabled.js';
import { rules as allRules } from '../rules/index.js';
import { resolveSeverities } from '../rules/presets.js';
import { applyDirectives, readDirectives, UNUSED_DISABLE } from '../suppress.js';
import type { FileResult, Finding, PathFinding, Severity } from '../types.js';
import { append } from '../util/append.js';
import { type CheckOptions, checkData, summarize } from './data.js';
import { checkBlueprintQuickly, type FastPathHint } from './fast.js';

export { SUPPORTED_VERSIONS } from '../versions.js';
export { type CheckOptions, checkData, summarize } from './data.js';

/** A blueprint read as far as it could be: its result and, when it got that far, its model. */
export interface Checked {
  result: FileResult;
  parsed?: ParsedYaml;
  model?: Model;
}

/**
 * Checks one blueprint's source: the always-on checks, then the configured rules. Never throws on
 * bad input. Most files are settled by the fast path (fast.ts), findings included; what it leaves
 * (YAML only the full parser reads, a finding it cannot place) goes through the full path: the
 * result is the same either way. `hint` carries what the fast path learns from one file of a run
 * to the next (see `FastPathHint`).
 */
export function checkBlueprint(
  source: string | Uint8Array,
  options: CheckOptions = {},
  hint?: FastPathHint,
): FileResult {
  return checkBlueprintQuickly(source, options, hint) ?? checkBlueprintFully(source, options).result;
}

/** Like `checkBlueprint`, also handing back the parsed document and model for `render`. */
export function checkBlueprintFully(source: string | Uint8Array, options: CheckOptions = {}): Checked {
  const file = options.file ?? '<input>';
  const decoded = decodeInput(source, options.locale);
  if (!decoded.ok) return { result: textProblem(file, decoded.problem) };
  const text = decoded.text;
  const characterProblem = checkCharacters(text, options.locale);
  if (characterProblem) return { result: { ...textProblem(file, characterProblem), source: text } };

  const parsed = parseYaml(text, options.locale);
  const { doc, lineCounter } = parsed;
  const findings: Finding[] = parsed.offsetFindings.map((found) => ({
    rule: found.rule,
    severity: 'error',
    message: found.message,
    path: '',
    ...positionOf(lineCounter, found.offset, found.endOffset, text),
  }));
  const locate = (found: PathFinding, severity: Severity): Finding => {
    const { offset, endOffset } = doc
      ? locatePointer(doc, text, found.path, found.key)
      : { offset: 0, endOffset: 0 };
    return {
      rule: found.rule,
      severity,
      message: found.message,
      path: found.path,
      ...positionOf(lineCounter, offset, endOffset, text),
    };
  };
  const done = (model?: Model, final = findings): Checked => ({
    result: summarize(file, final, text),
    parsed,
    model,
  });

  for (const found of parsed.pathFindings) findings.push(locate(found, 'error'));
  // What YAML itself gets wrong stops the file here: the schema would only restate it.
  if (findings.length > 0 || !doc) return done();
  const data = parsed.data;
  if (data === null || data === undefined) {
    findings.push({ ...emptyFinding(options.locale), ...positionOf(lineCounter, 0, 0, text) });
    return done();
  }
  const checked = checkData(data, options, locate);
  append(findings, checked.findings);
  // Inline directives apply to rule findings only: when an always-on check fires, the rules did
  // not run and directives are not examined. The fast path leaves every file that mentions one here.
  if (!checked.rulesRan || !/blueprint-(?:disable|enable)/.test(text)) return done(checked.model);
  const directives = readDirectives(parsed.tokens, lineCounter);
  const suppressed = applyDirectives(findings, directives, lineCounter, {
    ruleIds: [...new Set([...allRules, ...(options.rules ?? [])].map((rule) => rule.meta.id))],
    unusedSeverity: severityOf((options.severities ?? resolveSeverities())[UNUSED_DISABLE]),
    locale: options.locale,
  });
  return done(checked.model, suppressed);
}

function emptyFinding(
  locale: Locale | undefined,
): Omit<Finding, 'line' | 'column' | 'endLine' | 'endColumn'> {
  return { rule: 'schema', severity: 'error', path: '', message: messages(locale).input.empty };
}

function textProblem(file: string, problem: DecodeProblem): FileResult {
  const finding: Finding = {
    rule: 'yaml-syntax',
    severity: 'error',
    message: problem.message,
    path: '',
    ...positionInText(problem.prefix),
  };
  return { file, findings: [finding], errorCount: 1, warningCount: 0 };
}
