import { type Locale, messages } from '../i18n/index.js';

type Say = ReturnType<typeof messages>['commander'];

/** Commander's own error lines (commander 14), each with the words it fills in, and their rewording. */
const PATTERNS: ReadonlyArray<[RegExp, (say: Say, match: RegExpExecArray) => string]> = [
  [/^unknown option '(.*)'$/, (say, m) => say.unknownOption(m[1] as string)],
  [/^unknown command '(.*)'$/, (say, m) => say.unknownCommand(m[1] as string)],
  [/^missing required argument '(.*)'$/, (say, m) => say.missingArgument(m[1] as string)],
  [/^option '(.*)' argument missing$/, (say, m) => say.optionArgumentMissing(m[1] as string)],
  [
    /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (say, m) => say.tooManyArguments(m[1], Number(m[2]), Number(m[3])),
  ],
  [/^\(Did you mean one of (.*)\?\)$/, (say, m) => say.didYouMeanOneOf(m[1] as string)],
  [/^\(Did you mean (.*)\?\)$/, (say, m) => say.didYouMean(m[1] as string)],
];

/**
 * An error text of commander (`error: unknown option '--x'\n(Did you mean --y?)\n`) in the locale,
 * line by line, with `blueprint: ` in place of `error: `. English text is returned as commander
 * wrote it; a line commander words in a way not listed here stays in English.
 */
export function localizeCommanderError(text: string, locale: Locale): string {
  const named = text.replace(/^error: /, 'blueprint: ');
  if (locale === 'en') return named;
  const say = messages(locale).commander;
  return named
    .split('\n')
    .map((line) => {
      const prefix = line.startsWith('blueprint: ') ? 'blueprint: ' : '';
      const body = line.slice(prefix.length);
      for (const [pattern, reword] of PATTERNS) {
        const match = pattern.exec(body);
        if (match) return prefix + reword(say, match);
      }
      return line;
    })
    .join('\n');
}
