import type { CheckOptions } from './check.js';
import { checkCharacters, decodeBlueprint } from './load/decode.js';
import { parseYamlFast } from './load/fast-parse.js';
import { buildModel } from './model/model.js';
import { enabledRules } from './rules/enabled.js';
import type { Blueprint } from './schema/generated/blueprint.js';
import { validateBlueprint } from './schema/generated/validators.cjs';
import type { FileResult } from './types.js';
import { SUPPORTED_VERSIONS } from './versions.js';

/**
 * The fast path of `checkBlueprint`: plain data from a fast parser, validation, model and rules,
 * with no positions and no messages. It returns the result only for a file with no finding at
 * all; for anything else (a finding, or YAML the fast parser cannot read exactly as the full one)
 * it returns `undefined` and the full path computes the result, so results never depend on the
 * path taken.
 */
export function checkBlueprintQuickly(
  source: string | Uint8Array,
  options: CheckOptions = {},
): FileResult | undefined {
  let text: string;
  if (typeof source === 'string') {
    text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  } else {
    const decoded = decodeBlueprint(source);
    if (!decoded.ok) return undefined;
    text = decoded.text;
  }
  if (checkCharacters(text)) return undefined;
  const parsed = parseYamlFast(text);
  if (!parsed) return undefined;
  const data = parsed.data as Record<string, unknown> | null | undefined;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  if (!SUPPORTED_VERSIONS.includes(data.blueprint as number)) return undefined;
  if (!validateBlueprint(data)) return undefined;

  const blueprint = data as unknown as Blueprint;
  const external = blueprint.competencies?.file
    ? options.loadCompetencies?.(blueprint.competencies.file)
    : undefined;
  if (external && 'problem' in external) return undefined;
  const { model, findings } = buildModel(blueprint, external);
  if (findings.length > 0) return undefined;
  const context = options.context ?? {};
  for (const { rule } of enabledRules(options)) if (rule.check(model, context).length > 0) return undefined;
  return { file: options.file ?? '<input>', findings: [], errorCount: 0, warningCount: 0 };
}
