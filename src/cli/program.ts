import { createRequire } from 'node:module';
import { Command, CommanderError, Help, Option } from 'commander';
import { FAIL_ON_CLASSES } from '../diff/classes.js';
import { UsageError } from '../errors.js';
import { type Locale, messages } from '../i18n/index.js';
import { printableLine } from '../report/text.js';
import { localizeCommanderError } from './commander-messages.js';
import type { DiffFlags } from './commands/diff.js';
import { ExitCode } from './exit-codes.js';
import type { IO } from './io.js';
import { runLocale } from './locale.js';

const require = createRequire(import.meta.url);
/** The package's version, as `--version` prints it. */
export const VERSION: string = (require('../../package.json') as { version: string }).version;

/** Options every command takes. */
export interface CommonOptions {
  color?: boolean;
  debug?: boolean;
  /** The language of the run's messages (`--locale`, the config's `locale`, the environment). */
  locale?: Locale;
}

type Action = (io: IO, ...args: never[]) => Promise<number>;

/**
 * Runs the `blueprint` command line: `argv` without the node and script paths, all I/O through
 * `io`. Resolves to the exit code; never throws.
 */
export async function run(argv: readonly string[], io: IO): Promise<number> {
  let locale: Locale;
  try {
    locale = await runLocale(argv, io);
  } catch (error) {
    return reportFailure(error, argv, io, 'en');
  }
  let exitCode: number = ExitCode.Ok;
  const help = messages(locale).help;
  const program = createProgram(help, locale, io);
  const command: DeclareCommand = (name, load) =>
    program
      .command(name)
      .option('--color', help.color)
      .option('--no-color', help.noColor)
      .option('--debug', help.debug)
      .helpOption('-h, --help', help.help)
      .exitOverride()
      .action(async (...args: unknown[]) => {
        const action = await load();
        // Commander hands the command's options second to last: the run's locale joins them.
        (args[args.length - 2] as CommonOptions).locale = locale;
        exitCode = await action(io, ...(args.slice(0, -1) as never[]));
      });
  declareInit(command, help);
  declareCheck(command, help);
  declareDiff(command, help, argv);
  declareOtherCommands(command, help);
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFailure(error, argv, io, locale);
  }
}

/** The words of `--help`, in the run's locale. */
type HelpWords = ReturnType<typeof messages>['help'];

/** Declares a command with the options every command takes; `load` imports its action when it runs. */
type DeclareCommand = (name: string, load: () => Promise<Action>) => Command;

/** The `blueprint` program: its global options, help in the run's locale, output through `io`. */
function createProgram(help: HelpWords, locale: Locale, io: IO): Command {
  const localizeDefault = (text: string) => text.replace(/\(default: /g, help.defaultValue);
  return new Command('blueprint')
    .description(help.program)
    .version(VERSION, '-v, --version', help.version)
    .helpOption('-h, --help', help.help)
    .helpCommand('help [command]', help.helpCommand)
    .option('--locale <lang>', help.locale)
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => help.titles[title] ?? title,
      // Commander words the defaults it appends itself: "(default: …)".
      optionDescription: (option) => localizeDefault(new Help().optionDescription(option)),
    })
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(localizeCommanderError(text, locale)),
    });
}

function declareInit(command: DeclareCommand, help: HelpWords): void {
  command('init', async () => (await import('./commands/init.js')).initCommand)
    .summary(help.init.summary)
    .description(help.init.description)
    .argument('[dir]', help.init.dir)
    .option('-y, --yes', help.init.yes)
    .option('--title <text>', help.init.title)
    .option('--lang <code>', help.init.lang)
    .option('--starter <name>', help.init.starter)
    .option('--duration <duration>', help.init.duration)
    .option('--modality <mode>', help.init.modality)
    .option('--audience <text>', help.init.audience)
    .option('--level <level>', help.init.level)
    .option('--ci <system>', help.init.ci)
    .option('--force', help.init.force)
    .option('--force-config', help.init.forceConfig)
    .option('--vscode', help.init.vscode);
}

function declareCheck(command: DeclareCommand, help: HelpWords): void {
  command('check', async () => (await import('./commands/check.js')).checkCommand)
    .summary(help.check.summary)
    .description(help.check.description)
    .argument('[paths...]', help.check.paths)
    .addOption(
      new Option('-f, --format <name[=file]>', help.check.format).argParser(collect).default([], 'stylish'),
    )
    .option('-o, --output <file>', help.check.output)
    .option('--max-warnings <n>', help.check.maxWarnings)
    .option('--quiet', help.check.quiet)
    .option('-c, --config <file>', help.check.config)
    .option('--preset <name>', help.check.preset, collect, [])
    .option('--rule <rule=severity>', help.check.rule, collect, [])
    .option('--print-config <file>', help.check.printConfig)
    .option('--ignore-pattern <pattern>', help.check.ignorePattern, collect, [])
    .option('--no-gitignore', help.check.noGitignore)
    .option('--stdin', help.check.stdin)
    .option('--stdin-filename <file>', help.check.stdinFilename);
}

function declareDiff(command: DeclareCommand, help: HelpWords, argv: readonly string[]): void {
  command('diff', async () => {
    const { diffCommand } = await import('./commands/diff.js');
    // Commander drops `--`: what follows it in argv are the paths, the operands before it revisions.
    const dashes = argv.indexOf('--');
    const after = dashes === -1 ? 0 : argv.length - dashes - 1;
    return (io: IO, operands: string[], flags: DiffFlags) =>
      diffCommand(
        io,
        {
          revisions: operands.slice(0, operands.length - after),
          paths: operands.slice(operands.length - after),
        },
        flags,
      );
  })
    .summary(help.diff.summary)
    .description(help.diff.description)
    .argument('[revisions-or-files...]', help.diff.operands)
    .addOption(
      new Option('-f, --format <name[=file]>', help.diff.format).argParser(collect).default([], 'stylish'),
    )
    .option('-o, --output <file>', help.check.output)
    .option('--fail-on <classes>', help.diff.failOn, collect, [])
    // The report's language is the run's: the global --locale, the config's locale, the environment.
    .option('-c, --config <file>', help.diff.config)
    .addHelpText('after', `\n${help.diff.classes}\n${wrap(FAIL_ON_CLASSES.join(', '), 80, '  ')}\n`);
}

/** explain, render, schema and verbs. */
function declareOtherCommands(command: DeclareCommand, help: HelpWords): void {
  command('explain', async () => (await import('./commands/explain.js')).explainCommand)
    .summary(help.explain.summary)
    .description(help.explain.description)
    .argument('[rule]', help.explain.rule);

  command('render', async () => (await import('./commands/render.js')).renderCommand)
    .summary(help.render.summary)
    .description(help.render.description)
    .argument('<file>', help.render.file)
    .option('-t, --template <name|path>', help.render.template, 'syllabus')
    .option('-o, --out <file>', help.render.out)
    .option('--lang <lang>', help.render.lang)
    .option('--allow-incomplete', help.render.allowIncomplete);

  command('schema', async () => (await import('./commands/schema.js')).schemaCommand)
    .summary(help.schema.summary)
    .description(help.schema.description);

  command('verbs', async () => (await import('./commands/verbs.js')).verbsCommand)
    .summary(help.verbs.summary)
    .description(help.verbs.description)
    .argument('[level]', help.verbs.level)
    .option('--lang <language>', help.verbs.lang, 'en');
}

/** The exit code of a run that threw, after one line on stderr (a stack trace only with --debug). */
function reportFailure(error: unknown, argv: readonly string[], io: IO, locale: Locale): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.Ok;
    if (error.code === 'commander.help') return ExitCode.Ok;
    return ExitCode.Usage;
  }
  if (error instanceof UsageError) {
    // Its message may name a file or repeat a flag: never a control character to the terminal.
    io.stderr.write(`blueprint: ${printableLine(error.message)}\n`);
    return ExitCode.Usage;
  }
  const debug = argv.includes('--debug');
  const detail =
    error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
  io.stderr.write(`blueprint: ${messages(locale).cli.internalError(detail, debug)}\n`);
  return ExitCode.Usage;
}

/** A text in lines of at most `width` characters, each after `indent`, broken at spaces. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
