import type { Rule } from './types.js';

/**
 * `unused-disable`: an inline `blueprint-disable-line` or `blueprint-disable-next-line` comment
 * that suppresses nothing. Its findings come from the suppression step (src/suppress.ts), which
 * runs after every other rule; the rule is registered so that presets, configs, `--rule` and
 * `blueprint explain` know it.
 */
export const unusedDisable: Rule = {
  meta: {
    id: 'unused-disable',
    description: 'Every inline blueprint-disable comment suppresses a finding of a rule it names.',
    severity: 'warning',
    preset: 'recommended',
    when: 'a `# blueprint-disable-line` or `# blueprint-disable-next-line` comment names a rule that reports nothing on its line, an unknown rule, or no rule at all',
    pointsAt: 'the rule name in the comment, or the comment',
  },
  check: () => [],
};
