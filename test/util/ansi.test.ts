import { describe, expect, it } from 'vitest';
import { ansiStyles } from '../../src/util/ansi.js';

describe('ansiStyles', () => {
  it('wraps text in the 16-colour SGR codes terminals read, each closed by its own reset', () => {
    const style = ansiStyles(true);
    expect(style.red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(style.red(style.bold('x'))).toBe('\u001b[31m\u001b[1mx\u001b[22m\u001b[39m');
    expect(style.dim('x')).toBe('\u001b[2mx\u001b[22m');
    expect(style.underline('x')).toBe('\u001b[4mx\u001b[24m');
    expect([style.green('x'), style.yellow('x'), style.cyan('x')]).toEqual([
      '\u001b[32mx\u001b[39m',
      '\u001b[33mx\u001b[39m',
      '\u001b[36mx\u001b[39m',
    ]);
  });

  it('leaves text alone when colour is off', () => {
    const style = ansiStyles(false);
    expect(style.enabled).toBe(false);
    for (const paint of [
      style.bold,
      style.dim,
      style.underline,
      style.red,
      style.green,
      style.yellow,
      style.cyan,
    ])
      expect(paint('text')).toBe('text');
  });
});
