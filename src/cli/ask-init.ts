import { styleText } from 'node:util';
import { confirm, input, select } from '@inquirer/prompts';
import { type Locale, messages } from '../i18n/index.js';
import {
  answerProblem,
  type InitAnswers,
  type Language,
  QUESTIONS,
  type StarterName,
  starterDefaults,
  VSCODE_QUESTION,
} from '../init/index.js';

/**
 * Asks the questions not answered by flags, on the terminal, each with its default (the
 * chosen starter's, in the chosen language), in the language of the messages (`locale`).
 * Resolves to undefined when the user cancels (Ctrl-C).
 */
export async function askAnswers(
  given: Partial<InitAnswers>,
  titleProblem: (title: string, language: Language) => string | undefined = () => undefined,
  locale: Locale = 'en',
): Promise<InitAnswers | undefined> {
  const answers: Partial<Record<keyof InitAnswers, string>> = { ...given };
  try {
    for (const question of QUESTIONS) {
      if (answers[question.name] !== undefined) continue;
      const defaults = starterDefaults(
        (answers.starter ?? 'workshop') as StarterName,
        (answers.language ?? 'en') as Language,
      );
      const fallback = defaults[question.name];
      answers[question.name] = question.choices
        ? await select({
            message: question.message[locale],
            choices: question.choices.map((choice) => ({
              value: choice.value,
              name: choice.label?.[locale] ?? choice.value,
              ...(choice.description ? { description: choice.description[locale] } : {}),
            })),
            default: fallback,
            ...menuTheme(locale),
          })
        : (
            await input({
              message: question.message[locale],
              default: fallback,
              validate: (value) =>
                promptProblem(
                  answerProblem(question, value, locale) ??
                    (question.name === 'title'
                      ? titleProblem(value.trim(), (answers.language ?? 'en') as Language)
                      : undefined),
                ),
            })
          ).trim();
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') return undefined;
    throw error;
  }
  return answers as InitAnswers;
}

/** Asks whether to set VS Code up (default no); undefined when the user cancels (Ctrl-C). */
export async function askVscode(locale: Locale = 'en'): Promise<boolean | undefined> {
  try {
    return await confirm({ message: VSCODE_QUESTION.message[locale], default: false });
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') return undefined;
    throw error;
  }
}

/**
 * The menu's theme in the locale: its key help line ("↑↓ navigate • ⏎ select") reworded, styled as
 * inquirer styles it; nothing for English, which inquirer words itself.
 */
function menuTheme(locale: Locale): {
  theme?: { style: { keysHelpTip: (keys: [string, string][]) => string } };
} {
  if (locale === 'en') return {};
  const words = messages(locale).init.keys;
  const keysHelpTip = (keys: [string, string][]) =>
    keys
      .map(([key, action]) => `${styleText('bold', key)} ${styleText('dim', words[action] ?? action)}`)
      .join(styleText('dim', ' • '));
  return { theme: { style: { keysHelpTip } } };
}

/** A flag's problem as the prompt shows it: without the flag's name ('Takes a duration such as…'). */
function promptProblem(problem: string | undefined): string | true {
  if (problem === undefined) return true;
  if (!/^--[\w-]+ /.test(problem)) return problem;
  const text = problem.replace(/^--[\w-]+ /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
