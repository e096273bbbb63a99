import type { SeveritySetting } from '../types.js';
import { rules } from './index.js';
import type { PresetName } from './types.js';

/** The preset names a config may extend. */
export const presetNames: readonly PresetName[] = ['recommended', 'qualiopi'];

/** The severities a preset sets: each rule it turns on, at the rule's own severity. */
export function presetSeverities(preset: PresetName): Record<string, SeveritySetting> {
  const settings: Record<string, SeveritySetting> = Object.create(null);
  for (const rule of rules) {
    if (rule.meta.preset === preset)
      settings[rule.meta.id] = rule.meta.severity === 'error' ? 'error' : 'warn';
  }
  return settings;
}

/** Severities from presets applied in order, then explicit settings on top. */
export function resolveSeverities(
  presets: readonly PresetName[] = ['recommended'],
  overrides: Record<string, SeveritySetting> = {},
): Record<string, SeveritySetting> {
  const settings: Record<string, SeveritySetting> = Object.create(null);
  for (const preset of presets) Object.assign(settings, presetSeverities(preset));
  for (const [rule, setting] of Object.entries(overrides)) settings[rule] = setting;
  return settings;
}
