// The parts of schemas/blueprintrc.schema.json that come from the code: the preset names (an
// enum for `extends`) and one property per configurable rule (so `rules` takes no other key), so
// that an editor flags `extends: [recomended]` and `rules: { no-such-rule: warn }` as the command
// line does. Edited in place with jsonc-parser: the rest of the file keeps its hand-made layout.
import { applyEdits, type FormattingOptions, modify, parse } from 'jsonc-parser';
import { rules } from '../src/rules/index.js';
import { presetNames } from '../src/rules/presets.js';

const formatting: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

interface RulesSchema {
  properties?: Record<string, { if?: unknown }>;
}

/** The config schema's text with its generated parts brought up to date. */
export function withGeneratedConfigParts(text: string): string {
  const schema = parse(text) as { properties: { rules: RulesSchema } };
  const existing = schema.properties.rules.properties ?? {};
  const properties: Record<string, unknown> = {};
  for (const { meta } of [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) {
    // A rule that takes options has a hand-written [severity, { options }] form: kept as written.
    const current = existing[meta.id];
    properties[meta.id] =
      current?.if !== undefined
        ? current
        : { title: meta.id, description: meta.description, $ref: '#/definitions/severity' };
  }
  const edits = [
    ...modify(
      text,
      ['properties', 'extends', 'items'],
      {
        type: 'string',
        title: 'Preset',
        description: `A preset name: ${presetNames.join(', ')}.`,
        enum: presetNames,
      },
      { formattingOptions: formatting },
    ),
  ];
  let updated = applyEdits(text, edits);
  updated = applyEdits(
    updated,
    modify(updated, ['properties', 'rules', 'properties'], properties, { formattingOptions: formatting }),
  );
  updated = applyEdits(
    updated,
    modify(updated, ['properties', 'rules', 'additionalProperties'], false, {
      formattingOptions: formatting,
    }),
  );
  return updated;
}
