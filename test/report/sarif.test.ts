import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstParagraph, SARIF_MAX_RESULTS, sarif } from '../../src/report/sarif.js';
import { alwaysOnRules } from '../../src/rules/always-on.js';
import { readRuleDocs } from '../../src/rules/docs.js';
import { rules } from '../../src/rules/index.js';
import type { FileResult, Finding } from '../../src/types.js';
import { CWD, cannedDocs, cannedRules, checkedExamples, hostilePaths, ROOT, scenarios } from './canned.js';
import { sarifSchemaErrors } from './consumers.js';

interface SarifLog {
  runs: {
    tool: {
      driver: {
        rules: {
          id: string;
          help: { text: string; markdown: string };
          fullDescription: { text: string };
          defaultConfiguration: { level: string };
        }[];
      };
    };
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId?: string };
          region: Record<string, number>;
        };
      }[];
    }[];
    invocations?: { toolExecutionNotifications: { message: { text: string } }[] }[];
  }[];
}

function render(results: readonly FileResult[]): string {
  return sarif(results, {
    color: false,
    version: '1.2.3',
    cwd: CWD,
    rules: cannedRules,
    ruleDocs: cannedDocs,
  });
}

/** What GitHub code scanning needs beyond the schema. */
function githubProblems(text: string): string[] {
  const log = JSON.parse(text) as SarifLog;
  const problems: string[] = [];
  for (const run of log.runs) {
    const ids = run.tool.driver.rules.map((rule) => rule.id);
    for (const result of run.results) {
      if (result.ruleIndex !== undefined && ids[result.ruleIndex] !== result.ruleId)
        problems.push(`ruleIndex ${result.ruleIndex} is not ${result.ruleId}`);
      const { artifactLocation, region } = result.locations[0]?.physicalLocation ?? {};
      if (!artifactLocation || !region) {
        problems.push('no physical location');
        continue;
      }
      if (!/^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]+$/.test(artifactLocation.uri))
        problems.push(`not a percent-encoded URI: ${artifactLocation.uri}`);
      if (artifactLocation.uriBaseId !== undefined && /^(\/|\.\.\/|[a-z]+:)/.test(artifactLocation.uri))
        problems.push(`not a relative path: ${artifactLocation.uri}`);
      const { startLine = 0, startColumn = 0, endLine = 0, endColumn = 0 } = region;
      if (
        startLine < 1 ||
        startColumn < 1 ||
        endLine < startLine ||
        (endLine === startLine && endColumn < startColumn)
      )
        problems.push(`bad region ${JSON.stringify(region)}`);
    }
  }
  return problems;
}

describe('sarif reporter', () => {
  for (const [name, results] of Object.entries(scenarios)) {
    it(`matches its snapshot and the SARIF 2.1.0 schema: ${name}`, async () => {
      const text = render(results);
      await expect(text).toMatchFileSnapshot(`__snapshots__/sarif/${name}.sarif`);
      expect(sarifSchemaErrors(text)).toEqual([]);
      expect(githubProblems(text)).toEqual([]);
      const log = JSON.parse(text) as SarifLog;
      const findings = results.flatMap((result) => result.findings);
      expect(log.runs[0]?.results.map((r) => [r.ruleId, r.level, r.message.text])).toEqual(
        findings.map((f) => [f.rule, f.severity, f.message]),
      );
    });
  }

  it('gives paths inside the working folder as percent-encoded URIs relative to %SRCROOT%', () => {
    const log = JSON.parse(render(scenarios.hostile ?? [])) as SarifLog;
    const run = log.runs[0];
    expect(run?.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/project/' } });
    const locations = run?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation);
    expect(locations?.[0]).toEqual({
      uri: 'courses/with%20space/100%25%20done%2C%20v2%3A%20final.blueprint.yaml',
      uriBaseId: '%SRCROOT%',
    });
    const relative = locations?.filter((location) => location?.uriBaseId === '%SRCROOT%') ?? [];
    expect(relative.map((location) => decodeURIComponent(location?.uri ?? ''))).toEqual([
      hostilePaths.spaces,
      hostilePaths.spaces,
      hostilePaths.unicode,
      hostilePaths.control,
      hostilePaths.markup,
      hostilePaths.markup,
    ]);
    // Outside the working folder: an absolute file URI, no base.
    expect(locations?.slice(-2)).toEqual([
      { uri: 'file:///work/elsewhere/up.blueprint.yaml' },
      { uri: 'file:///srv/other/abs%20path.blueprint.yaml' },
    ]);
  });

  it('keeps the region of each finding, end column exclusive', () => {
    const log = JSON.parse(render(scenarios.hostile ?? [])) as SarifLog;
    expect(log.runs[0]?.results[2]?.locations[0]?.physicalLocation.region).toEqual({
      startLine: 3,
      startColumn: 7,
      endLine: 5,
      endColumn: 2,
    });
  });

  it('omits ruleIndex for a rule the driver does not list', () => {
    const log = JSON.parse(render(scenarios.hostile ?? [])) as SarifLog;
    const unknown = log.runs[0]?.results.find((r) => r.ruleId === 'unknown-rule-id');
    expect(unknown).toBeDefined();
    expect(unknown).not.toHaveProperty('ruleIndex');
  });

  it('takes help from the rule doc, and falls back to the description without one', () => {
    const log = JSON.parse(render([])) as SarifLog;
    const byId = new Map(log.runs[0]?.tool.driver.rules.map((rule) => [rule.id, rule]));
    expect(byId.get('objective-not-taught')?.help.markdown).toBe(cannedDocs['objective-not-taught']);
    expect(byId.get('objective-not-taught')?.fullDescription.text).toBe(
      'Reports an objective that no activity teaches: learners are assessed on what they never practised.',
    );
    expect(byId.get('schema')?.help).toEqual({
      text: 'The blueprint follows the format.',
      markdown: 'The blueprint follows the format.',
    });
    expect(byId.get('objective-not-assessed')?.defaultConfiguration.level).toBe('warning');
  });

  it('lists every rule of the release by default: the always-on checks and the registry', () => {
    const log = JSON.parse(sarif([], { color: false, version: '1.2.3' })) as SarifLog;
    const ids = log.runs[0]?.tool.driver.rules.map((rule) => rule.id) ?? [];
    expect(new Set(ids)).toEqual(
      new Set([...alwaysOnRules.map((r) => r.id), ...rules.map((r) => r.meta.id)]),
    );
    expect(ids).toEqual([...ids].sort());
  });

  it(`holds at most ${SARIF_MAX_RESULTS} results, errors first, and says how many it left out`, () => {
    const findings: Finding[] = Array.from({ length: SARIF_MAX_RESULTS + 2 }, (_, i) => ({
      rule: 'objective-not-assessed',
      severity: 'warning',
      message: `w${i}`,
      path: '',
      line: i + 1,
      column: 1,
      endLine: i + 1,
      endColumn: 2,
    }));
    findings.push({ ...(findings[0] as Finding), rule: 'schema', severity: 'error', message: 'the error' });
    const log = JSON.parse(
      render([{ file: 'big.blueprint.yaml', findings, errorCount: 1, warningCount: findings.length - 1 }]),
    ) as SarifLog;
    const results = log.runs[0]?.results ?? [];
    expect(results).toHaveLength(SARIF_MAX_RESULTS);
    expect(results[0]?.message.text).toBe('the error');
    expect(log.runs[0]?.invocations?.[0]?.toolExecutionNotifications[0]?.message.text).toMatch(
      /^3 of 25003 findings left out/,
    );
  });

  it('is accepted on the examples and on a file with findings, as the check gives them', () => {
    const { results } = checkedExamples();
    expect(results.at(-1)?.errorCount).toBeGreaterThan(0);
    const text = sarif(results, {
      color: false,
      version: '0.1.0',
      cwd: ROOT,
      ruleDocs: readRuleDocs(['schema']),
    });
    expect(sarifSchemaErrors(text)).toEqual([]);
    expect(githubProblems(text)).toEqual([]);
    const log = JSON.parse(text) as SarifLog;
    expect(log.runs[0]?.results).toHaveLength(results.reduce((sum, r) => sum + r.findings.length, 0));
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(
      'test/fixtures/ci/findings.blueprint.yaml',
    );
  });

  it('fails the schema check on a broken log (the validator is not a no-op)', () => {
    const log = JSON.parse(render(scenarios['warnings-only'] ?? [])) as {
      runs: { results: { level: string }[] }[];
    };
    (log.runs[0]?.results[0] as { level: string }).level = 'fatal';
    expect(sarifSchemaErrors(JSON.stringify(log)).length).toBeGreaterThan(0);
  });
});

describe('rule docs', () => {
  it('finds the docs shipped in docs/rules for the configurable rules', () => {
    const ids = rules.map((rule) => rule.meta.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(Object.keys(readRuleDocs(ids)).sort()).toEqual([...ids].sort());
  });

  it('reads docs/rules/<id>.md for the rules that have one', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rule-docs-'));
    writeFileSync(join(folder, 'schema.md'), '# schema\n\nFollows the format.\n');
    expect(readRuleDocs(['schema', 'yaml-syntax', '../etc/passwd'], folder)).toEqual({
      schema: '# schema\n\nFollows the format.\n',
    });
  });

  it('takes the first paragraph of prose as the full description', () => {
    expect(firstParagraph('# t\n\n```yaml\na: 1\n\nb: 2\n```\n\n- list\n\nThe prose\nhere.\n\nMore.')).toBe(
      'The prose here.',
    );
    expect(firstParagraph('# only a heading\n')).toBeUndefined();
  });
});
