import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CATALOGUE_FILES,
  CATALOGUE_V8_FLAG,
  tuneCompilerForCatalogue,
} from '../../src/cli/compiler-tuning.js';

// V8 flags cannot be read back from JavaScript: the call that sets one is what is observed.
const setFlagsFromString = vi.hoisted(() => vi.fn());
vi.mock('node:v8', () => ({ setFlagsFromString }));

describe('tuneCompilerForCatalogue', () => {
  afterEach(() => setFlagsFromString.mockClear());

  it('leaves V8 alone for a run of a few files', () => {
    for (const files of [0, 1, CATALOGUE_FILES - 1]) tuneCompilerForCatalogue(files);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });

  it('limits inlining from a catalogue on, with the V8 of Node 20 it was measured on', () => {
    tuneCompilerForCatalogue(CATALOGUE_FILES, '11.3.244.8-node.33');
    expect(setFlagsFromString.mock.calls).toEqual([[CATALOGUE_V8_FLAG]]);
  });

  it('leaves other V8 versions alone', () => {
    for (const version of ['12.4.254.21-node.33', '13.6.233.10-node.28', '110.0.0'])
      tuneCompilerForCatalogue(CATALOGUE_FILES, version);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });

  it('sets the flag only on a V8 that knows it (an unknown one is printed on standard output)', () => {
    tuneCompilerForCatalogue(CATALOGUE_FILES); // this Node's own V8
    if (setFlagsFromString.mock.calls.length === 0) return; // another V8: nothing is set
    const script = `require('node:v8').setFlagsFromString(${JSON.stringify(CATALOGUE_V8_FLAG)})`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect([result.status, result.stdout, result.stderr]).toEqual([0, '', '']);
    const typo = spawnSync(process.execPath, ['-e', script.replace('cumulative', 'cumulativ')], {
      encoding: 'utf8',
    });
    expect(typo.stdout + typo.stderr).toContain('unrecognized flag');
  });
});
