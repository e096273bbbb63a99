// Every rule speaks both languages: a description and each message in English and French, and on
// its invalid fixtures the French run reports the same findings as the English one, worded in French.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBlueprint } from '../../src/check/blueprint.js';
import type { Locale } from '../../src/i18n/index.js';
import { loadCompetencyFile } from '../../src/load/competency-file.js';
import { alwaysOnRules } from '../../src/rules/always-on.js';
import { rules } from '../../src/rules/index.js';
import { FIXTURES } from '../helpers/check-fixture.js';

/** The findings of one rule on one of its fixtures, in a locale. */
function findings(id: string, name: string, locale: Locale) {
  const path = join(FIXTURES, id, name);
  return checkBlueprint(readFileSync(path), {
    file: path,
    severities: { [id]: 'warn' },
    loadCompetencies: (file) => loadCompetencyFile(file, path, '/'),
    locale,
  }).findings;
}

describe.each(rules.map((rule) => [rule.meta.id, rule.meta] as const))('%s', (id, meta) => {
  it('has its description in French', () => {
    expect(meta.descriptionFr).toMatch(/^[A-ZÀ-Ý`«].*\.$/);
    expect(meta.descriptionFr).not.toBe(meta.description);
    expect(meta.descriptionFr).not.toMatch(/ [:;?!»]|« /);
  });

  it('has each message in English and French, with the same arguments', () => {
    const english = meta.messages?.en ?? {};
    const french = meta.messages?.fr ?? {};
    expect(Object.keys(english).length).toBeGreaterThan(0);
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english)) expect(french[key]?.length, key).toBe(english[key]?.length);
  });

  // The fixtures with findings: `invalid-*`, and the wording rules' `en`/`fr` sets.
  const invalid = readdirSync(join(FIXTURES, id)).filter(
    (name) => /\.blueprint\.ya?ml$/.test(name) && !name.startsWith('valid'),
  );
  it.each(invalid)('words the findings of %s in French, at the same places', (name) => {
    const english = findings(id, name, 'en');
    const french = findings(id, name, 'fr');
    expect(english.length).toBeGreaterThan(0);
    const where = (finding: (typeof english)[number]) =>
      `${finding.rule} ${finding.severity} ${finding.line}:${finding.column} ${finding.path}`;
    expect(french.map(where)).toEqual(english.map(where));
    for (const [index, finding] of french.entries()) {
      expect(finding.message).not.toBe(english[index]?.message);
      // French typography: a no-break space before : ; ? ! and inside « ».
      expect(finding.message).not.toMatch(/ [:;?!»]|« /);
    }
  });
});

describe('the always-on checks', () => {
  it.each(alwaysOnRules.map((rule) => [rule.id, rule] as const))(
    '%s has its description in French',
    (_, rule) => {
      expect(rule.descriptionFr).toMatch(/^[A-ZÀ-Ý`«].*\.$/);
      expect(rule.descriptionFr).not.toBe(rule.description);
    },
  );
});
