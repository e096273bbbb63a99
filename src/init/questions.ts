/**
 * What `blueprint init` asks, as data: the prompts and the `--yes` flags both read this list,
 * so a question and its flag cannot drift apart. Each text is here in English and French.
 */
import type { Locale } from '../i18n/locale.js';

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

/** A text in each language of the tool's messages (`--locale`), not of the course content. */
export type Localized = Readonly<Record<Locale, string>>;

/** One choice of a question that offers a fixed list. */
export interface Choice {
  value: string;
  /** What the menu shows; the value itself when absent. */
  label?: Localized;
  description?: Localized;
}

/** One question: how it is asked and which flag answers it. */
export interface Question {
  name: keyof InitAnswers;
  /** The command-line flag that answers it under `--yes`. */
  flag: string;
  /** The question as the prompt asks it, in each language of the messages. */
  message: Localized;
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
    message: { en: 'Language of the course content', fr: 'Langue du contenu de la formation' },
    choices: [
      { value: 'en', label: { en: 'English (en)', fr: 'anglais (en)' } },
      { value: 'fr', label: { en: 'French (fr)', fr: 'français (fr)' } },
    ],
    synonyms: { english: 'en', anglais: 'en', french: 'fr', francais: 'fr', français: 'fr' },
  },
  {
    name: 'starter',
    flag: '--starter',
    message: { en: 'Kind of course', fr: 'Type de formation' },
    choices: [
      {
        value: 'workshop',
        description: { en: 'a one-day in-person workshop', fr: 'un atelier d’une journée en présentiel' },
      },
      {
        value: 'course',
        description: {
          en: 'a university course: weekly sessions, exam, project',
          fr: 'un cours universitaire\u00a0: séances hebdomadaires, examen, projet',
        },
      },
      {
        value: 'elearning',
        description: {
          en: 'short self-paced e-learning modules',
          fr: 'de courts modules e-learning en autonomie',
        },
      },
      {
        value: 'blended',
        description: {
          en: 'online preparation, sessions in the room, remote follow-up',
          fr: 'préparation en ligne, séances en salle, suivi à distance',
        },
      },
      {
        value: 'flash',
        description: { en: 'a twenty-minute flash module', fr: 'un module flash de vingt minutes' },
      },
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
  { name: 'title', flag: '--title', message: { en: 'Course title', fr: 'Titre de la formation' } },
  {
    name: 'audience',
    flag: '--audience',
    message: { en: 'Who is it for (target audience)', fr: 'À qui s’adresse-t-elle (public visé)' },
  },
  {
    name: 'level',
    flag: '--level',
    message: { en: "Audience's level", fr: 'Niveau du public' },
    choices: [
      { value: 'beginner', label: { en: 'beginner', fr: 'débutant (beginner)' } },
      { value: 'intermediate', label: { en: 'intermediate', fr: 'intermédiaire (intermediate)' } },
      { value: 'advanced', label: { en: 'advanced', fr: 'avancé (advanced)' } },
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
  {
    name: 'duration',
    flag: '--duration',
    message: {
      en: 'Total planned time (e.g. 7h, 1h30, 2d, 45min)',
      fr: 'Durée totale prévue (par ex. 7h, 1h30, 2d, 45min)',
    },
  },
  {
    name: 'modality',
    flag: '--modality',
    message: { en: 'Delivery mode', fr: 'Modalité' },
    choices: [
      { value: 'in-person', label: { en: 'in-person', fr: 'présentiel (in-person)' } },
      {
        value: 'remote',
        label: { en: 'remote', fr: 'distanciel (remote)' },
        description: { en: 'live, online', fr: 'en direct, en ligne' },
      },
      {
        value: 'blended',
        label: { en: 'blended', fr: 'mixte (blended)' },
        description: {
          en: 'a mix: each module says how it is delivered',
          fr: 'un mélange\u00a0: chaque module dit comment il se déroule',
        },
      },
      {
        value: 'self-paced',
        label: { en: 'self-paced', fr: 'en autonomie (self-paced)' },
        description: {
          en: 'learners on their own, at their pace',
          fr: 'les apprenants seuls, à leur rythme',
        },
      },
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
  message: {
    en: 'Set up VS Code for blueprints (.vscode: the schemas, the YAML extension)?',
    fr: 'Configurer VS Code pour les blueprints (.vscode\u00a0: les schémas, l’extension YAML)\u00a0?',
  } as Localized,
} as const;
