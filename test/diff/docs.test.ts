import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_DOCUMENTS, withExamples } from '../../scripts/diff-examples.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the examples of blueprint diff in the docs', () => {
  for (const document of EXAMPLE_DOCUMENTS) {
    it(`are the tool's own output in ${document} (npm run docs rewrites them)`, async () => {
      const text = readFileSync(join(root, document), 'utf8');
      expect(text).toMatch(/<!-- example: diff /);
      expect(await withExamples(text)).toBe(text);
    });
  }
});
