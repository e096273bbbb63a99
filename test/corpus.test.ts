/**
 * The fuzzing corpus (test/corpus/, see its READMEs): every input of the YAML test suite, and the
 * Big List of Naughty Strings put into a valid blueprint as values and as keys, raw and quoted.
 * `checkBlueprint` must never throw and its findings must be well formed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkBlueprint } from '../src/check/blueprint.js';
import { problemsWith } from './support/well-formed.js';

const corpus = join(import.meta.dirname, 'corpus');
const suiteDir = join(corpus, 'yaml-test-suite');
const suiteFiles = readdirSync(suiteDir).filter((name) => name.endsWith('.yaml'));
const naughty = JSON.parse(readFileSync(join(corpus, 'naughty-strings', 'blns.json'), 'utf8')) as string[];

const base = {
  blueprint: 1,
  id: 'naughty',
  title: 'Naughty strings',
  audience: { description: 'Testers' },
  constraints: { duration: '2h', modality: 'remote' },
  objectives: [{ id: 'O1', statement: 'Explain why input is hostile', bloom: 'understand' }],
  modules: [{ id: 'M1', title: 'Hostile input', duration: '2h', objectives: ['O1'] }],
};
const baseText = stringify(base);
const core = new Set(['yaml-syntax', 'duplicate-key', 'schema', 'unsupported-version']);

describe('the YAML test suite corpus', () => {
  it('holds the suite inputs', () => {
    expect(suiteFiles.length).toBeGreaterThan(300);
  });

  it('gives well-formed findings for every input, as text and as bytes, without throwing', () => {
    const problems: string[] = [];
    for (const name of suiteFiles) {
      const bytes = readFileSync(join(suiteDir, name));
      for (const source of [bytes, bytes.toString('utf8')]) {
        problems.push(
          ...problemsWith(checkBlueprint(source), source).map((problem) => `${name}: ${problem}`),
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it('reports every input at least once, since none of them is a blueprint', () => {
    const silent = suiteFiles.filter(
      (name) => checkBlueprint(readFileSync(join(suiteDir, name))).findings.length === 0,
    );
    expect(silent).toEqual([]);
  });
});

describe('the naughty strings corpus', () => {
  it('holds the list', () => {
    expect(naughty.length).toBeGreaterThan(400);
  });

  it('the base blueprint is clean of core findings', () => {
    expect(checkBlueprint(baseText).findings.filter((finding) => core.has(finding.rule))).toEqual([]);
  });

  it('accepts every non-empty naughty string as a properly quoted value', () => {
    const problems: string[] = [];
    for (const value of naughty.filter((entry) => entry.trim() !== '')) {
      const text = stringify({ ...base, title: value, summary: value });
      const result = checkBlueprint(text);
      problems.push(...problemsWith(result, text));
      const coreFindings = result.findings.filter((finding) => core.has(finding.rule));
      if (coreFindings.length > 0) problems.push(`${JSON.stringify(value)}: ${coreFindings[0]?.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('reports every naughty string used as a key as an unknown key on its own line', () => {
    const problems: string[] = [];
    for (const key of naughty.filter((entry) => entry !== '' && !entry.startsWith('x-'))) {
      const text = `${baseText}${stringify({ [key]: 'value' })}`;
      const result = checkBlueprint(text);
      problems.push(...problemsWith(result, text));
      const keyLine = baseText.split('\n').length;
      const reported = result.findings.some(
        (finding) => finding.rule === 'schema' && finding.line === keyLine,
      );
      if (!reported) problems.push(`key ${JSON.stringify(key)} not reported on line ${keyLine}`);
    }
    expect(problems).toEqual([]);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('gives well-formed findings for every naughty string pasted raw as a value or a key', () => {
    const problems: string[] = [];
    for (const value of naughty) {
      for (const text of [
        baseText.replace('title: Naughty strings', `title: ${value}`),
        `${baseText}${value}: 1\n`,
        `${value}\n${baseText}`,
        baseText.replace('  - O1', `  - ${value}`),
      ]) {
        problems.push(
          ...problemsWith(checkBlueprint(text), text).map(
            (problem) => `${JSON.stringify(value)}: ${problem}`,
          ),
        );
      }
    }
    expect(problems).toEqual([]);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
