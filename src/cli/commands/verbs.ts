import { UsageError } from '../../errors.js';
import { messages } from '../../i18n/index.js';
import { loadLexicon } from '../../lexicon/lexicon.js';
import { avoidedVerbs, verbsByLevel } from '../../lexicon/listing.js';
import { foldAccents } from '../../lexicon/text.js';
import { BLOOM_LEVELS, type BloomLevel } from '../../model/bloom.js';
import { didYouMean } from '../../schema/did-you-mean.js';
import { ExitCode } from '../exit-codes.js';
import type { IO } from '../io.js';
import type { CommonOptions } from '../program.js';

/** Flags of `blueprint verbs`. */
export interface VerbsFlags extends CommonOptions {
  lang: string;
}

/** Names a level may be given by: the canonical ones, `analyse`, and the French level names. */
const LEVEL_NAMES: Record<string, BloomLevel> = {
  ...Object.fromEntries(BLOOM_LEVELS.map((level) => [level, level])),
  analyse: 'analyze',
  'se souvenir': 'remember',
  souvenir: 'remember',
  comprendre: 'understand',
  appliquer: 'apply',
  analyser: 'analyze',
  evaluer: 'evaluate',
  creer: 'create',
};

const WIDTH = 100;

function wrap(words: readonly string[], indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line}, ${word}` : word;
    if (line && indent.length + next.length + 1 > WIDTH) {
      lines.push(`${indent}${line},`);
      line = word;
    } else line = next;
  }
  if (line) lines.push(`${indent}${line}`);
  return `${lines.join('\n')}\n`;
}

/** `blueprint verbs [level] [--lang en|fr]`: the lexicon's verbs by level, and the verbs to avoid. */
export async function verbsCommand(io: IO, level: string | undefined, flags: VerbsFlags): Promise<number> {
  const locale = flags.locale ?? 'en';
  const say = messages(locale).verbs;
  const language = flags.lang;
  if (language !== 'en' && language !== 'fr') throw new UsageError(say.badLanguage(language));
  let levels: readonly BloomLevel[] = BLOOM_LEVELS;
  if (level !== undefined) {
    const folded = foldAccents(level.trim().toLowerCase());
    const known = LEVEL_NAMES[folded];
    if (!known)
      throw new UsageError(
        say.badLevel(
          level,
          BLOOM_LEVELS.join(', '),
          didYouMean(folded, Object.keys(LEVEL_NAMES), '`', locale),
        ),
      );
    levels = [known];
  }
  const lexicon = loadLexicon(language);
  const byLevel = verbsByLevel(lexicon);
  let out = '';
  for (const each of levels) out += `${each} (${byLevel[each].length})\n${wrap(byLevel[each], '  ')}\n`;
  if (level === undefined) {
    const avoid = avoidedVerbs(lexicon);
    out += `${say.toAvoid} (${avoid.length})\n${wrap(avoid, '  ')}`;
  }
  io.stdout.write(out.endsWith('\n\n') ? out.slice(0, -1) : out);
  return ExitCode.Ok;
}
