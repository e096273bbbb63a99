import { UsageError } from '../errors.js';
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
 * the accepted values and the closest one ("did you mean") for the first bad one.
 */
export function checkAnswers(raw: RawAnswers): Partial<InitAnswers> {
  const checked: Partial<Record<keyof InitAnswers, string>> = {};
  for (const question of QUESTIONS) {
    const value = raw[question.name];
    if (value === undefined) continue;
    const problem = answerProblem(question, value);
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

/** Why an answer is not acceptable, as one line naming the flag, or undefined when it is fine. */
export function answerProblem(question: Question, value: string): string | undefined {
  const text = value.trim();
  if (question.choices) {
    if (question.choices.some((choice) => choice.value === text)) return undefined;
    const values = question.choices.map((choice) => choice.value);
    const guess = question.synonyms?.[text.toLowerCase()] ?? closestMatch(text, values);
    const hint = guess ? ` Did you mean '${guess}'?` : '';
    return `${question.flag} takes one of ${values.join(', ')}, got '${value}'.${hint}`;
  }
  if (text === '') return `${question.flag} cannot be empty.`;
  if (/[\u0000-\u001f\u007f]/.test(text))
    return `${question.flag} takes one line of text without control characters.`;
  if (text.length > 200) return `${question.flag} takes at most 200 characters, got ${text.length}.`;
  if (question.name === 'duration') return durationProblem(question.flag, text, value);
  return undefined;
}

function durationProblem(flag: string, text: string, value: string): string | undefined {
  const minutes = parseDuration(text);
  if (minutes === undefined) {
    const guess = guessDuration(text);
    const hint = guess ? ` Did you mean '${guess}'?` : '';
    return `${flag} takes a duration such as 45min, 3h, 1h30, 2d or PT1H30M, got '${value}'.${hint}`;
  }
  if (minutes < DURATION_LIMITS.min || minutes > DURATION_LIMITS.max)
    return `${flag} takes a total between ${formatMinutes(DURATION_LIMITS.min)} and ${formatMinutes(DURATION_LIMITS.max)}, got '${value}' (${formatMinutes(minutes)}).`;
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

/** Checks `--ci`: github or gitlab. */
export function checkCi(value: string | undefined): CiSystem | undefined {
  if (value === undefined) return undefined;
  if ((CI_SYSTEMS as readonly string[]).includes(value)) return value as CiSystem;
  const guess = closestMatch(value, CI_SYSTEMS);
  throw new UsageError(
    `--ci takes one of ${CI_SYSTEMS.join(', ')}, got '${value}'.${guess ? ` Did you mean '${guess}'?` : ''}`,
  );
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
