import type { Model } from '../model/model.js';
import type { Severity } from '../types.js';

/** The presets a config can extend. */
export type PresetName = 'recommended' | 'qualiopi';

/** What a rule says about itself: `explain`, SARIF rule descriptors and the README table read it. */
export interface RuleMeta {
  /** The rule id, also its file name and its doc's name (docs/rules/<id>.md). */
  id: string;
  /** One line: what the rule reports. */
  description: string;
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
}

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
}

/** A rule: its meta and a pure check over the model. */
export interface Rule {
  meta: RuleMeta;
  check(model: Model, context: RuleContext): RuleReport[];
}
