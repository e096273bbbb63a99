import type { Locale } from '../i18n/locale.js';
import { french } from '../i18n/typography.js';
import { defineRule } from './types.js';

const en = {
  unknownDirective: (kind: string, hint: string) =>
    `unknown directive '${kind}': use blueprint-disable-line or blueprint-disable-next-line.${hint}`,
  noRules: (kind: string) => `name the rules to disable: # ${kind} RULE[, RULE…]`,
  alwaysOn: (name: string) =>
    `'${name}' is always on and cannot be disabled: fix the problem instead, then remove '${name}' from this comment`,
  unknownRule: (name: string, kind: string, hint: string) =>
    `unknown rule '${name}' in ${kind}.${hint || " See 'blueprint explain' for the list."}`,
  unused: (name: string, line: number, kind: string) =>
    `'${name}' reports nothing on line ${line}: remove it from this ${kind} comment`,
};

/** The messages of `unused-disable`, which the suppression step (src/suppress.ts) words. */
export const unusedDisableMessages: Readonly<Record<Locale, typeof en>> = {
  en,
  fr: {
    unknownDirective: (kind, hint) =>
      french`directive inconnue « ${kind} » : utilisez blueprint-disable-line ou blueprint-disable-next-line.${hint}`,
    noRules: (kind) => french`nommez les règles à désactiver : # ${kind} RÈGLE[, RÈGLE…]`,
    alwaysOn: (name) =>
      french`la règle « ${name} » est toujours active et ne peut pas être désactivée : corrigez plutôt le problème, puis retirez « ${name} » de ce commentaire`,
    unknownRule: (name, kind, hint) =>
      french`règle inconnue « ${name} » dans ${kind}.${hint || french` Voir « blueprint explain » pour la liste.`}`,
    unused: (name, line, kind) =>
      french`la règle « ${name} » ne signale rien à la ligne ${line} : retirez-la de ce commentaire ${kind}`,
  },
};

/**
 * `unused-disable`: an inline `blueprint-disable-line` or `blueprint-disable-next-line` comment
 * that suppresses nothing. Its findings come from the suppression step (src/suppress.ts), which
 * runs after every other rule; the rule is registered so that presets, configs, `--rule` and
 * `blueprint explain` know it.
 */
export const unusedDisable = defineRule({
  meta: {
    id: 'unused-disable',
    description: 'Every inline blueprint-disable comment suppresses a finding of a rule it names.',
    descriptionFr:
      'Chaque commentaire blueprint-disable en ligne masque un signalement d’une règle qu’il nomme.',
    severity: 'warning',
    preset: 'recommended',
    when: 'a `# blueprint-disable-line` or `# blueprint-disable-next-line` comment names a rule that reports nothing on its line, an unknown rule, or no rule at all',
    pointsAt: 'the rule name in the comment, or the comment',
    messages: unusedDisableMessages,
  },
  check: () => [],
});
