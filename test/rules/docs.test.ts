import { describe, expect, it } from 'vitest';
import { parseRuleDoc, readRuleDoc } from '../../src/rules/docs.js';
import { tempProject } from '../helpers/project.js';

const good = `# some-rule
Does one thing.

## Why

Because.

## Failing example

\`\`\`yaml
a: 1
\`\`\`

## Passing example

\`\`\`yaml
a: 2
\`\`\`

## Configure

\`\`\`yaml
rules:
  some-rule: off
\`\`\`
`;

describe('parseRuleDoc', () => {
  it('reads the id, the description and each section', () => {
    const doc = parseRuleDoc(good);
    expect(doc).toEqual({
      id: 'some-rule',
      description: 'Does one thing.',
      sections: {
        Why: 'Because.',
        'Failing example': '```yaml\na: 1\n```',
        'Passing example': '```yaml\na: 2\n```',
        Configure: '```yaml\nrules:\n  some-rule: off\n```',
      },
    });
    expect(parseRuleDoc(good.replace(/\n/g, '\r\n'))).toEqual(doc);
  });

  it('says what is missing or out of order', () => {
    expect(parseRuleDoc(good.replace('## Why\n\nBecause.\n\n', ''))).toEqual({
      problems: [
        "the sections are 'Failing example', 'Passing example', 'Configure'; expected 'Why', 'Failing example', 'Passing example', 'Configure'",
        "the section '## Why' is empty",
      ],
    });
    expect(parseRuleDoc(good.replace('```yaml\na: 2\n```', 'a: 2'))).toEqual({
      problems: ["the section '## Passing example' has no yaml code block"],
    });
    expect(parseRuleDoc(good.replace('Does one thing.', 'Does one thing.\nAnd another.'))).toEqual({
      problems: ['the title is not followed by a single one-line description'],
    });
    expect(parseRuleDoc(good.replace('# some-rule', 'some-rule'))).toEqual({
      problems: ['the first line is not `# <rule-id>`'],
    });
  });

  it('says when a doc file is missing', () => {
    expect(readRuleDoc('no-such-rule', tempProject({}))).toEqual({
      problems: ['docs/rules/no-such-rule.md is missing'],
    });
  });
});
