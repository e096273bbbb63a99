/**
 * What `blueprint init` asks, as data: the prompts and the `--yes` flags both read this list,
 * so a question and its flag cannot drift apart.
 */

/** The starters `init` can write, one pair of data files each (templates/init/<name>.<lang>.yaml). */
export const STARTERS = ['workshop', 'course', 'elearning', 'blended', 'flash'] as const;
/** A starter's name. */
export type StarterName = (typeof STARTERS)[number];

/** Languages a starter exists in. */
export const LANGUAGES = ['en', 'fr'] as const;
/** A starter's language. */
export type Language = (typeof LANGUAGES)[number];

/** The course modalities of the format (`constraints.modality`). */
export const MODALITIES = ['in-person', 'remote', 'blended', 'self-paced'] as const;
/** A course modality. */
export type Modality = (typeof MODALITIES)[number];

/** The audience levels of the format (`audience.level`). */
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
/** An audience level. */
export type Level = (typeof LEVELS)[number];

/** Everything `init` needs to know to write a blueprint. */
export interface InitAnswers {
  language: Language;
  starter: StarterName;
  title: string;
  audience: string;
  level: Level;
  /** Total planned time, as the user wrote it ('7h', '1h30', '2d', 'PT90M'). */
  duration: string;
  modality: Modality;
}

/** One choice of a question that offers a fixed list. */
export interface Choice {
  value: string;
  name: string;
  description?: string;
}

/** One question: how it is asked and which flag answers it. */
export interface Question {
  name: keyof InitAnswers;
  /** The command-line flag that answers it under `--yes`. */
  flag: string;
  message: string;
  /** A fixed list of answers (asked as a menu), or free text. */
  choices?: readonly Choice[];
  /** Other words users type for a choice, mapped to the choice (for "did you mean"). */
  synonyms?: Readonly<Record<string, string>>;
}

/**
 * The questions in the order they are asked. Language and starter come first because the
 * other defaults (title, audience, level, duration, modality) are the chosen starter's, in
 * the chosen language: pressing Enter throughout writes the starter as shipped.
 */
export const QUESTIONS: readonly Question[] = [
  {
    name: 'language',
    flag: '--lang',
    message: 'Language of the course content',
    choices: [
      { value: 'en', name: 'English (en)' },
      { value: 'fr', name: 'French (fr)' },
    ],
    synonyms: { english: 'en', anglais: 'en', french: 'fr', francais: 'fr', français: 'fr' },
  },
  {
    name: 'starter',
    flag: '--starter',
    message: 'Kind of course',
    choices: [
      { value: 'workshop', name: 'workshop', description: 'a one-day in-person workshop' },
      { value: 'course', name: 'course', description: 'a university course: weekly sessions, exam, project' },
      { value: 'elearning', name: 'elearning', description: 'short self-paced e-learning modules' },
      {
        value: 'blended',
        name: 'blended',
        description: 'online preparation, sessions in the room, remote follow-up',
      },
      { value: 'flash', name: 'flash', description: 'a twenty-minute flash module' },
    ],
    synonyms: {
      'e-learning': 'elearning',
      online: 'elearning',
      university: 'course',
      hybrid: 'blended',
      micro: 'flash',
      microlearning: 'flash',
      'micro-learning': 'flash',
    },
  },
  { name: 'title', flag: '--title', message: 'Course title' },
  { name: 'audience', flag: '--audience', message: 'Who is it for (target audience)' },
  {
    name: 'level',
    flag: '--level',
    message: "Audience's level",
    choices: [
      { value: 'beginner', name: 'beginner' },
      { value: 'intermediate', name: 'intermediate' },
      { value: 'advanced', name: 'advanced' },
    ],
    synonyms: {
      debutant: 'beginner',
      débutant: 'beginner',
      novice: 'beginner',
      intermediaire: 'intermediate',
      intermédiaire: 'intermediate',
      avance: 'advanced',
      avancé: 'advanced',
      expert: 'advanced',
    },
  },
  { name: 'duration', flag: '--duration', message: 'Total planned time (e.g. 7h, 1h30, 2d, 45min)' },
  {
    name: 'modality',
    flag: '--modality',
    message: 'Delivery mode',
    choices: [
      { value: 'in-person', name: 'in-person' },
      { value: 'remote', name: 'remote', description: 'live, online' },
      { value: 'blended', name: 'blended', description: 'a mix: each module says how it is delivered' },
      { value: 'self-paced', name: 'self-paced', description: 'learners on their own, at their pace' },
    ],
    synonyms: {
      online: 'remote',
      virtual: 'remote',
      distance: 'remote',
      distanciel: 'remote',
      onsite: 'in-person',
      'on-site': 'in-person',
      classroom: 'in-person',
      'face-to-face': 'in-person',
      presentiel: 'in-person',
      présentiel: 'in-person',
      inperson: 'in-person',
      hybrid: 'blended',
      mixte: 'blended',
      elearning: 'self-paced',
      'e-learning': 'self-paced',
      async: 'self-paced',
      asynchronous: 'self-paced',
      selfpaced: 'self-paced',
    },
  },
];

/** The CI systems `init --ci` writes a pipeline for. */
export const CI_SYSTEMS = ['github', 'gitlab'] as const;
/** A CI system `init` knows. */
export type CiSystem = (typeof CI_SYSTEMS)[number];

/** The shortest and longest total durations `init` accepts, in minutes. */
export const DURATION_LIMITS = { min: 15, max: 200 * 60 } as const;

/** The yes/no question of `init` on a terminal, answered by `--vscode` under `--yes`. */
export const VSCODE_QUESTION = {
  flag: '--vscode',
  message: 'Set up VS Code for blueprints (.vscode: the schemas, the YAML extension)?',
} as const;
