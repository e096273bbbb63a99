// Every rule is explained in French too: docs/rules/fr/<id>.md, with the French headings, the
// rule's French description, and the very code blocks of the English doc (which
// docs-examples.test.ts runs), so that the two docs cannot drift apart on what they show.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alwaysOnRules } from '../../src/rules/always-on.js';
import { isRuleDocProblem, RULE_DOCS_FOLDER, readRuleDoc, ruleDocsFolder } from '../../src/rules/docs.js';
import { rules } from '../../src/rules/index.js';

const metas = [...alwaysOnRules, ...rules.map((rule) => rule.meta)];
const codeBlocks = (markdown: string) => markdown.match(/```[\s\S]*?```/g) ?? [];

describe('the French rule docs', () => {
  it.each(metas.map((meta) => [meta.id, meta] as const))(
    '%s has docs/rules/fr/<id>.md with the French sections and description',
    (id, meta) => {
      const doc = readRuleDoc(id, ruleDocsFolder('fr'), 'fr');
      if (isRuleDocProblem(doc)) throw new Error(`docs/rules/fr/${id}.md: ${doc.problems.join('; ')}`);
      expect(doc.id).toBe(id);
      expect(doc.description).toBe(meta.descriptionFr);
      expect(doc.sections.Why).not.toBe((readRuleDoc(id) as { sections: { Why: string } }).sections.Why);
    },
  );

  it.each(metas.map((meta) => meta.id))('%s shows the same examples in both languages', (id) => {
    const english = readFileSync(join(RULE_DOCS_FOLDER, `${id}.md`), 'utf8');
    const french = readFileSync(join(ruleDocsFolder('fr'), `${id}.md`), 'utf8');
    expect(codeBlocks(french)).toEqual(codeBlocks(english));
    expect(codeBlocks(french).length).toBeGreaterThanOrEqual(3);
  });

  it('has no doc without a rule, and one per rule', () => {
    const docs = readdirSync(ruleDocsFolder('fr')).map((file) => file.replace(/\.md$/, ''));
    expect(docs.sort()).toEqual(metas.map((meta) => meta.id).sort());
  });

  it('refuses an English doc read as French, naming the expected headings', () => {
    const doc = readRuleDoc('session-too-long', RULE_DOCS_FOLDER, 'fr');
    expect(isRuleDocProblem(doc) && doc.problems[0]).toBe(
      "the sections are 'Why', 'Failing example', 'Passing example', 'Configure'; expected 'Pourquoi', 'Exemple en échec', 'Exemple correct', 'Configurer'",
    );
  });
});
