import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { schemaReference } from '../../src/init/files.js';
import { completeAnswers, planFiles } from '../../src/init/index.js';
import { validateConfig } from '../../src/schema/generated/validators.cjs';
import { freshDir } from './helpers.js';

const answers = completeAnswers({});

describe('the files init plans', () => {
  it('a config that its own schema accepts, extending recommended', () => {
    const config = planFiles(answers, { id: 'x', version: '1.0.0', dir: '/nonexistent' })[1];
    expect(config?.path).toBe('.blueprintrc.yaml');
    const data = parse(config?.content ?? '');
    expect(validateConfig(data), JSON.stringify(validateConfig.errors)).toBe(true);
    expect(data).toEqual({ extends: ['recommended'] });
    expect(config?.content.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://cdn.jsdelivr.net/npm/course-blueprint@1.0.0/schemas/blueprintrc.schema.json',
    );
  });

  it('CI files that are YAML and pin this version', () => {
    for (const ci of ['github', 'gitlab'] as const) {
      const file = planFiles(answers, { id: 'x', version: '9.8.7', ci, dir: '/nonexistent' })[2];
      expect(file?.path).toBe(
        ci === 'github' ? '.github/workflows/blueprint.yml' : '.gitlab/ci/blueprint.gitlab-ci.yml',
      );
      expect(() => parse(file?.content ?? '')).not.toThrow();
      expect(file?.content).toContain('--package course-blueprint@^9.8.7 -- blueprint check');
    }
    const github = parse(
      planFiles(answers, { id: 'x', version: '1.0.0', ci: 'github', dir: '/x' })[2]?.content ?? '',
    );
    expect(Object.keys(github.on)).toEqual(['push', 'pull_request']);
  });

  it('the modeline points at the installed schema when course-blueprint is installed above the folder', () => {
    const project = freshDir();
    const schemas = join(project, 'node_modules', 'course-blueprint', 'schemas');
    mkdirSync(schemas, { recursive: true });
    writeFileSync(join(schemas, 'blueprint.schema.json'), '{}');
    const dir = join(project, 'courses', 'sql');
    expect(schemaReference(dir, 'blueprint.schema.json', '1.0.0')).toBe(
      '../../node_modules/course-blueprint/schemas/blueprint.schema.json',
    );
    expect(schemaReference(project, 'blueprint.schema.json', '1.0.0')).toBe(
      'node_modules/course-blueprint/schemas/blueprint.schema.json',
    );
  });

  it("else the published file's address at this exact version", () => {
    expect(schemaReference(freshDir(), 'blueprint.schema.json', '1.2.3-rc.1')).toBe(
      'https://cdn.jsdelivr.net/npm/course-blueprint@1.2.3-rc.1/schemas/blueprint.schema.json',
    );
  });
});
