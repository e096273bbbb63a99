import { UsageError } from '../errors.js';
import { type Locale, messages } from '../i18n/index.js';
import { parseDuration } from '../model/duration.js';
import { closestMatch } from '../schema/did-you-mean.js';
import {
  CI_SYSTEMS,
  type CiSystem,
  DURATION_LIMITS,
  type InitAnswers,
  QUESTIONS,
  type Question,
} from './questions.js';
import { formatMinutes } from './schedule.js';
import { starterDefaults } from './starter.js';

/** Answers given as flags, before they are checked. */
export type RawAnswers = Partial<Record<keyof InitAnswers, string>>;

/**
 * Checks answers given as flags and returns them typed; throws a UsageError naming the flag,
 * the accepted values and the closest one ("did you mean") for the first bad one, in `locale`.
 */
export function checkAnswers(raw: RawAnswers, locale: Locale = 'en'): Partial<InitAnswers> {
  const checked: Partial<Record<keyof InitAnswers, string>> = {};
  for (const question of QUESTIONS) {
    const value = raw[question.name];
    if (value === undefined) continue;
    const problem = answerProblem(question, value, locale);
    if (problem) throw new UsageError(problem);
    checked[question.name] = value.trim();
  }
  return checked as Partial<InitAnswers>;
}

/** The answers to use: those given, the rest from the chosen starter (default workshop, en). */
export function completeAnswers(given: Partial<InitAnswers>): InitAnswers {
  const defaults = starterDefaults(given.starter ?? 'workshop', given.language ?? 'en');
  return { ...defaults, ...definedOnly(given) };
}

/**
 * Why an answer is not acceptable, as one line naming the flag (in `locale`), or undefined when
 * it is fine.
 */
export function answerProblem(question: Question, value: string, locale: Locale = 'en'): string | undefined {
  const say = messages(locale).init;
  const text = value.trim();
  if (question.choices) {
    if (question.choices.some((choice) => choice.value === text)) return undefined;
    const values = question.choices.map((choice) => choice.value);
    const guess = question.synonyms?.[text.toLowerCase()] ?? closestMatch(text, values);
    const hint = guess ? say.didYouMean(guess) : '';
    return say.takesOneOf(question.flag, values.join(', '), value, hint);
  }
  if (text === '') return say.empty(question.flag);
  if (/[\u0000-\u001f\u007f]/.test(text)) return say.control(question.flag);
  if (text.length > 200) return say.tooLong(question.flag, text.length);
  if (question.name === 'duration') return durationProblem(question.flag, text, value, say);
  return undefined;
}

function durationProblem(
  flag: string,
  text: string,
  value: string,
  say: ReturnType<typeof messages>['init'],
): string | undefined {
  const minutes = parseDuration(text);
  if (minutes === undefined) {
    const guess = guessDuration(text);
    return say.duration(flag, value, guess ? say.didYouMean(guess) : '');
  }
  if (minutes < DURATION_LIMITS.min || minutes > DURATION_LIMITS.max)
    return say.durationRange(
      flag,
      formatMinutes(DURATION_LIMITS.min),
      formatMinutes(DURATION_LIMITS.max),
      value,
      formatMinutes(minutes),
    );
  return undefined;
}

const UNIT_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\s*(?:hours?|hrs?|heures?)\b/gi, 'h'],
  [/\s*(?:minutes?|mins|mn)\b/gi, 'min'],
  [/\s*(?:days?|jours?|j)\b/gi, 'd'],
];

/** A duration the user probably meant ('3 hours' → '3h', '1,5h' → '1.5h'), if one parses. */
function guessDuration(text: string): string | undefined {
  let guess = text.replace(/(\d),(\d)/g, '$1.$2');
  for (const [words, unit] of UNIT_WORDS) guess = guess.replace(words, unit);
  guess = guess.replace(/\s+/g, ' ').trim();
  if (/^\d+(?:\.\d+)?$/.test(guess)) guess = `${guess}h`;
  return guess !== text && parseDuration(guess) !== undefined ? guess : undefined;
}

/** Checks `--ci`: github or gitlab; a bad value is a UsageError in `locale`. */
export function checkCi(value: string | undefined, locale: Locale = 'en'): CiSystem | undefined {
  if (value === undefined) return undefined;
  if ((CI_SYSTEMS as readonly string[]).includes(value)) return value as CiSystem;
  const guess = closestMatch(value, CI_SYSTEMS);
  const say = messages(locale).init;
  throw new UsageError(
    say.takesOneOf('--ci', CI_SYSTEMS.join(', '), value, guess ? say.didYouMean(guess) : ''),
  );
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
