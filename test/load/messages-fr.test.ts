// What reading a file can find (YAML syntax, duplicate keys, encodings, an empty file, a format
// version, a group size) is worded in French too, at the same place as in English.
import { describe, expect, it } from 'vitest';
import { checkBlueprint } from '../../src/check/blueprint.js';
import { VALID } from '../helpers/check.js';

const cases: Array<[string, string | Uint8Array, RegExp]> = [
  ['tab indentation', 'blueprint: 1\nid: x\n\ttitle: T\n', /^les tabulations ne sont pas permises/],
  [
    'a duplicate key',
    `${VALID}title: Again\n`,
    /^clé en double `title`\u00a0: elle est déjà définie à la ligne \d+\u00a0; n’en gardez qu’une$/,
  ],
  ['a second document', `${VALID}---\nblueprint: 1\n`, /^un blueprint est un seul document YAML\u00a0:/],
  [
    'an unclosed quote',
    'blueprint: 1\ntitle: "never closed\n',
    /^ce texte entre guillemets n’est jamais fermé/,
  ],
  [
    'an unknown alias',
    'blueprint: 1\ntitle: *nothing\n',
    /^alias inconnu \*nothing\u00a0: aucune ancre &nothing ne le précède$/,
  ],
  [
    'Latin-1 bytes',
    Uint8Array.from([...Buffer.from('title: caf'), 0xe9, 0x0a]),
    /^le fichier n’est pas en UTF-8 \(peut-être en Latin-1 ou Windows-1252\)\u00a0: l’octet 0xE9 à la position 10 est invalide/,
  ],
  ['CR-only line ends', 'blueprint: 1\rid: x\r', /^les fins de ligne sont des retours chariot seuls/],
  [
    'a control character',
    'blueprint: 1\ntitle: a\u0007b\n',
    /^le caractère de contrôle U\+0007 n’est pas permis en YAML/,
  ],
  ['an empty file', '# nothing here\n', /^blueprint vide\u00a0: le fichier ne contient aucune valeur YAML/],
  [
    'a future format version',
    VALID.replace('blueprint: 1', 'blueprint: 7'),
    /^la version de format 7 n’est pas lue par cette release \(elle lit 1\)/,
  ],
];

describe('reading findings in French', () => {
  it.each(cases)('words %s in French, where English reports it', (_, source, french) => {
    const english = checkBlueprint(source).findings;
    const found = checkBlueprint(source, { locale: 'fr' }).findings;
    expect(english.length).toBeGreaterThan(0);
    const where = (f: (typeof english)[number]) => `${f.rule} ${f.line}:${f.column}`;
    expect(found.map(where)).toEqual(english.map(where));
    expect(found[0]?.message).toMatch(french);
    expect(found[0]?.message).not.toBe(english[0]?.message);
    for (const finding of found) expect(finding.message).not.toMatch(/ [:;?!»]|« /);
  });
});
