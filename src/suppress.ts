import type { CST, LineCounter } from 'yaml';
import type { Locale } from './i18n/locale.js';
import { positionOf } from './load/locate.js';
import { alwaysOnRuleIds } from './rules/always-on.js';
import { unusedDisableMessages } from './rules/unused-disable.js';
import { didYouMean } from './schema/did-you-mean.js';
import type { Finding, Severity } from './types.js';

/** The rule that reports inline directives which suppress nothing. */
export const UNUSED_DISABLE = 'unused-disable';

const DISABLE_LINE = 'blueprint-disable-line';
const DISABLE_NEXT_LINE = 'blueprint-disable-next-line';
const directiveNames = [DISABLE_LINE, DISABLE_NEXT_LINE];

/** A rule named in a directive, where it is written. */
interface NamedRule {
  name: string;
  offset: number;
  endOffset: number;
  used: boolean;
}

/** One `# blueprint-disable-line` or `# blueprint-disable-next-line` comment. */
export interface Directive {
  /** The directive as written: blueprint-disable-line, blueprint-disable-next-line, or a misspelling. */
  kind: string;
  /** The 1-based line whose findings it suppresses. */
  targetLine: number;
  /** Offsets of the comment. */
  offset: number;
  endOffset: number;
  rules: NamedRule[];
}

/** A YAML comment with its offset in the text. */
interface Comment {
  offset: number;
  source: string;
}

/** Reads the suppression directives from the comments of a parsed file (never from text inside values). */
export function readDirectives(tokens: readonly CST.Token[], lines: LineCounter): Directive[] {
  const directives: Directive[] = [];
  for (const comment of collectComments(tokens)) {
    const match = /^#\s*(blueprint-(?:disable|enable)[\w-]*)(.*)$/.exec(comment.source);
    if (!match) continue;
    const kind = match[1] as string;
    const ownLine = lines.linePos(comment.offset).line;
    const rest = (match[2] as string).split(/\s--\s|\s--$/)[0] as string;
    const restOffset = comment.offset + comment.source.length - (match[2] as string).length;
    const rules: NamedRule[] = [];
    for (const name of rest.matchAll(/[^\s,]+/g)) {
      const offset = restOffset + name.index;
      rules.push({ name: name[0], offset, endOffset: offset + name[0].length, used: false });
    }
    directives.push({
      kind,
      targetLine: kind === DISABLE_NEXT_LINE ? ownLine + 1 : ownLine,
      offset: comment.offset,
      endOffset: comment.offset + comment.source.length,
      rules,
    });
  }
  return directives;
}

/** What applying the directives needs to know. */
export interface SuppressOptions {
  /** Ids of the rules a directive may name (the configurable rules). */
  ruleIds: readonly string[];
  /** Severity of `unused-disable` findings, or undefined when the rule is off. */
  unusedSeverity: Severity | undefined;
  /** The language of the messages; English when absent. */
  locale?: Locale;
}

/**
 * Drops the findings of configurable rules that a directive names on their line, and adds an
 * `unused-disable` finding for each directive (or rule named in one) that suppressed nothing.
 * Always-on findings are never suppressed.
 */
export function applyDirectives(
  findings: readonly Finding[],
  directives: readonly Directive[],
  lines: LineCounter,
  options: SuppressOptions,
): Finding[] {
  const known = new Set(options.ruleIds);
  // Directives by the line they target: a finding looks at its own line's only.
  const byLine = new Map<number, Directive[]>();
  for (const directive of directives) {
    if (!directiveNames.includes(directive.kind)) continue;
    const onLine = byLine.get(directive.targetLine);
    if (onLine) onLine.push(directive);
    else byLine.set(directive.targetLine, [directive]);
  }
  const kept = findings.filter((finding) => {
    if (!known.has(finding.rule) || finding.rule === UNUSED_DISABLE) return true;
    let suppressed = false;
    for (const directive of byLine.get(finding.line) ?? []) {
      for (const named of directive.rules) {
        if (named.name !== finding.rule) continue;
        named.used = true;
        suppressed = true;
      }
    }
    return !suppressed;
  });
  if (options.unusedSeverity === undefined) return kept;
  const severity = options.unusedSeverity;
  const locale = options.locale ?? 'en';
  const say = unusedDisableMessages[locale];
  const report = (offset: number, endOffset: number, message: string): Finding => ({
    rule: UNUSED_DISABLE,
    severity,
    message,
    path: '',
    ...positionOf(lines, offset, endOffset),
  });
  for (const directive of directives) {
    if (!directiveNames.includes(directive.kind)) {
      kept.push(
        report(
          directive.offset,
          directive.endOffset,
          say.unknownDirective(directive.kind, didYouMean(directive.kind, directiveNames, "'", locale)),
        ),
      );
      continue;
    }
    if (directive.rules.length === 0) {
      kept.push(report(directive.offset, directive.endOffset, say.noRules(directive.kind)));
    }
    for (const named of directive.rules) {
      if (named.used) continue;
      kept.push(report(named.offset, named.endOffset, unusedMessage(named.name, directive, known, locale)));
    }
  }
  return kept;
}

function unusedMessage(
  name: string,
  directive: Directive,
  known: ReadonlySet<string>,
  locale: Locale,
): string {
  const say = unusedDisableMessages[locale];
  if (alwaysOnRuleIds.has(name)) return say.alwaysOn(name);
  if (!known.has(name))
    return say.unknownRule(
      name,
      directive.kind,
      didYouMean(name, [...known, ...alwaysOnRuleIds], "'", locale),
    );
  return say.unused(name, directive.targetLine, directive.kind);
}

/** Every comment token of a concrete syntax tree, in text order, walking without recursion. */
function collectComments(tokens: readonly CST.Token[]): Comment[] {
  const comments: Comment[] = [];
  const stack: unknown[] = [...tokens].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) stack.push(node[index]);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      comments.push({ offset: token.offset, source: token.source });
      continue;
    }
    const children = Object.values(node).filter((value) => typeof value === 'object' && value !== null);
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
  }
  return comments.sort((a, b) => a.offset - b.offset);
}
