import { explainRule, listRules } from '../../explain.js';
import { ExitCode } from '../exit-codes.js';
import { type IO, useColor } from '../io.js';
import type { CommonOptions } from '../program.js';

/** `blueprint explain [rule]`: one rule's doc, or the list of every rule. */
export async function explainCommand(
  io: IO,
  rule: string | undefined,
  flags: CommonOptions,
): Promise<number> {
  const options = { color: useColor(flags.color, io), locale: flags.locale };
  io.stdout.write(rule === undefined ? listRules(options) : explainRule(rule, options));
  return ExitCode.Ok;
}
