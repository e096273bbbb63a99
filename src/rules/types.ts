import type { Locale } from '../i18n/locale.js';
import type { Model } from '../model/model.js';
import type { Severity } from '../types.js';

/** The presets a config can extend. */
export type PresetName = 'recommended' | 'qualiopi';

/** What a rule says about itself: `explain`, SARIF rule descriptors and the README table read it. */
export interface RuleMeta {
  /** The rule id, also its file name and its doc's name (docs/rules/<id>.md). */
  id: string;
  /** One line: what the rule reports, in English (the README, the spec and SARIF descriptors read it). */
  description: string;
  /**
   * The same line in French (`blueprint explain` in French reads it). Every built-in rule has it
   * (a test says so); a custom rule handed to `check` may go without, and is then described in English.
   */
  descriptionFr?: string;
  /** Its severity in the preset that turns it on. */
  severity: Severity;
  /** The preset that turns it on. */
  preset: PresetName;
  /** For the spec (docs/spec/rules.md): exactly when it reports, in a phrase. */
  when: string;
  /** For the spec: the node its findings point at. */
  pointsAt: string;
  /** The options a config may give the rule (`rule: [severity, { option: value }]`), by name. */
  options?: Readonly<Record<string, RuleOption>>;
  /**
   * The rule's messages by id, in each locale: the same ids, built from the same data. Every
   * built-in rule has them (a test says so); a custom rule may word its reports itself.
   */
  messages?: LocalizedMessages<RuleMessages>;
}

/** A message template: the text of one message, built from what the rule found. */
// biome-ignore lint/suspicious/noExplicitAny: any argument list; each rule's own type is exact (see defineRule)
export type MessageTemplate = (...args: any[]) => string;

/** A rule's message templates by message id. */
export type RuleMessages = Readonly<Record<string, MessageTemplate>>;

/** The same messages in every locale. */
export type LocalizedMessages<M> = Readonly<Record<Locale, M>>;

/** An option of a rule: a number above a bound, with its default. */
export interface RuleOption {
  /** What the option sets, for messages and docs. */
  description: string;
  /** The value when the config gives none. */
  default: number;
  /** The value must be more than this. */
  exclusiveMinimum: number;
}

/** A problem a rule reports, addressed by the JSON Pointer of the node concerned. */
export interface RuleReport {
  path: string;
  message: string;
  /** Point at the key of the last segment rather than at its value. */
  key?: boolean;
}

/** What a rule may read besides the model. */
export interface RuleContext {
  /** Extra verbs from the config, by language: verb -> Bloom levels ([] = a verb to avoid). */
  verbs?: Partial<Record<'en' | 'fr', Record<string, string[]>>>;
  /** Options from the config, by rule id, already checked against each rule's `meta.options`. */
  options?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** The language of the messages; English when absent. */
  locale?: Locale;
}

/** A rule: its meta and a pure check over the model. */
export interface Rule {
  meta: RuleMeta;
  check(model: Model, context: RuleContext): RuleReport[];
}

/** A rule as written in its file: its meta with typed messages, and a check handed those of the locale. */
export interface RuleDefinition<M extends RuleMessages> {
  meta: Omit<RuleMeta, 'descriptionFr' | 'messages'> & {
    descriptionFr: string;
    messages: { en: M; fr: NoInfer<M> };
  };
  /** Finds the problems; `say` holds the messages in the run's locale. */
  check(model: Model, context: RuleContext, say: M): RuleReport[];
}

/**
 * Makes a rule from its definition: TypeScript checks that the French messages have the English
 * ones' ids and arguments, and the check gets the messages of the context's locale.
 */
export function defineRule<M extends RuleMessages>(
  definition: RuleDefinition<M>,
): Rule & { meta: RuleDefinition<M>['meta'] } {
  const { meta } = definition;
  return {
    meta,
    check: (model, context) => definition.check(model, context, meta.messages[context.locale ?? 'en']),
  };
}
