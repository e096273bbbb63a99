import { isUtf8 } from 'node:buffer';
import { type Locale, messages } from '../i18n/index.js';

/** Largest blueprint file read, in bytes: a real one is a few kilobytes. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Text that could not be accepted as a blueprint's source, with where the problem starts. */
export interface DecodeProblem {
  message: string;
  /** Offset in the decoded text (the valid prefix) where the problem starts. */
  offset: number;
  /** The text decoded so far, so that the offset can be turned into a line and column. */
  prefix: string;
}

export type Decoded = { ok: true; text: string } | { ok: false; problem: DecodeProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes an input file's bytes (a blueprint, a config, a competency framework) as UTF-8 (dropping
 * a BOM), refusing anything else without guessing. Text already decoded (a source given as a
 * string) only loses its BOM.
 */
export function decodeInput(source: string | Uint8Array, locale: Locale = 'en'): Decoded {
  const say = messages(locale).input;
  if (typeof source === 'string')
    return { ok: true, text: source.charCodeAt(0) === 0xfeff ? source.slice(1) : source };
  const bytes = source;
  if (bytes.length > MAX_FILE_BYTES) {
    return problem(say.tooLargeMb(MAX_FILE_BYTES / 1024 / 1024), 0, '');
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return problem(say.utf16, 0, '');
  }
  let text: string;
  try {
    // isUtf8 and a plain decode are much faster than a fatal TextDecoder on valid text, the usual case.
    text = isUtf8(bytes) ? fastDecode(bytes) : utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const decodedPrefix = utf8.decode(bytes.subarray(0, at));
    // Positions count from after a BOM, as they do in a file that decodes.
    const prefix = decodedPrefix.charCodeAt(0) === 0xfeff ? decodedPrefix.slice(1) : decodedPrefix;
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    const hint = looksLikeUtf16(bytes) ? say.looksUtf16 : say.perhapsLatin1;
    return problem(say.notUtf8(hint, byte, at), prefix.length, prefix);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/** Checks decoded text for what YAML forbids before parsing: CR-only line ends, control characters. */
export function checkCharacters(text: string, locale: Locale = 'en'): DecodeProblem | undefined {
  const say = messages(locale).input;
  const lone = text.includes('\r') ? /\r(?!\n)/.exec(text) : null;
  if (lone) {
    return {
      message: say.crOnly,
      offset: lone.index,
      prefix: text.slice(0, lone.index),
    };
  }
  // YAML 1.2 c-printable: tab, LF, CR, x20-x7E, x85, xA0-xD7FF, xE000-xFFFD, astral planes.
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/.exec(text);
  if (control) {
    // UTF-16 without a byte-order mark decodes as UTF-8 when it is ASCII: a NUL every other character.
    if (control[0] === '\u0000' && looksLikeUtf16Text(text))
      return {
        message: say.utf16NoBom,
        offset: 0,
        prefix: '',
      };
    const value = control[0].charCodeAt(0);
    const code = value.toString(16).toUpperCase().padStart(4, '0');
    const written = value > 0xff ? `\\u${code}` : `\\x${code.slice(2)}`;
    return {
      message: say.control(code, written),
      offset: control.index,
      prefix: text.slice(0, control.index),
    };
  }
  return undefined;
}

function fastDecode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

function problem(message: string, offset: number, prefix: string): Decoded {
  return { ok: false, problem: { message, offset, prefix } };
}

/** Whether decoded text is UTF-16 read as UTF-8: NUL as a quarter or more of its first 200 characters. */
function looksLikeUtf16Text(text: string): boolean {
  const sample = text.slice(0, 200);
  return (sample.match(/\u0000/g)?.length ?? 0) > sample.length / 4;
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  let zeros = 0;
  const sample = Math.min(bytes.length, 200);
  for (let index = 0; index < sample; index++) if (bytes[index] === 0) zeros++;
  return zeros > sample / 4;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    let length = 0;
    let min = 0;
    if (byte < 0x80) length = 1;
    else if (byte >= 0xc2 && byte <= 0xdf) [length, min] = [2, 0x80];
    else if (byte >= 0xe0 && byte <= 0xef) [length, min] = [3, 0x800];
    else if (byte >= 0xf0 && byte <= 0xf4) [length, min] = [4, 0x10000];
    else return index;
    if (length > 1) {
      let code = byte & (0xff >> (length + 1));
      for (let next = 1; next < length; next++) {
        const continuation = bytes[index + next];
        if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
        code = (code << 6) | (continuation & 0x3f);
      }
      if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return index;
    }
    index += length;
  }
  return index;
}
