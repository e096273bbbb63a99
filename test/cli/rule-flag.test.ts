import { describe, expect, it } from 'vitest';
import { parseRuleFlag } from '../../src/cli/rule-flag.js';

describe('--rule RULE=SEVERITY', () => {
  it('reads a rule and its severity, spaces around aside', () => {
    expect(parseRuleFlag('duration-under-budget=off')).toEqual(['duration-under-budget', 'off']);
    expect(parseRuleFlag(' objective-overload = warn ')).toEqual(['objective-overload', 'warn']);
  });

  it('refuses a flag without =, an unknown rule and a bad severity, in one line', () => {
    expect(() => parseRuleFlag('objective-overload')).toThrow(
      '--rule objective-overload: expected RULE=SEVERITY, such as --rule duration-under-budget=off',
    );
    expect(() => parseRuleFlag('objective-overlaod=warn')).toThrow(
      "--rule objective-overlaod=warn: unknown rule 'objective-overlaod'.",
    );
    expect(() => parseRuleFlag('objective-overload=warning')).toThrow("Did you mean 'warn'?");
  });
});
