import { describe, expect, it } from 'vitest';
import { completeAnswers, planFiles } from '../../src/init/index.js';
import { checkAll, describeFindings } from './helpers.js';

describe('titles and audiences that YAML would read as something else', () => {
  it.each([
    '123',
    '1.5',
    'true',
    'null',
    '~',
    '- dash first',
    '[brackets]',
    '{braces}',
    '#hash first',
    'colon: inside',
    "it's",
    '"quoted"',
    '@at',
    '`tick',
    '%percent',
    '* star',
    '& anchor',
    '! tag',
    '| pipe',
    '> fold',
    '? question',
    'trailing colon:',
    'comment # inside',
    '2026-11-02',
    'Ünïcödé — “curly” ‘quotes’ … ✓',
  ])('%j stays the same string', (text) => {
    const answers = completeAnswers({ title: text, audience: text });
    const [blueprint] = planFiles(answers, { id: 'odd-title', version: '0.0.0', dir: '/nonexistent' });
    const { findings, model } = checkAll(blueprint?.content ?? '');
    expect(describeFindings(findings)).toEqual([]);
    expect(model?.data.title).toBe(text);
    expect(model?.data.audience.description).toBe(text);
  });
});
