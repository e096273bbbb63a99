import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { FAIL_ON_CLASSES } from '../diff/classes.js';
import { UsageError } from '../errors.js';
import { printableLine } from '../report/text.js';
import type { DiffFlags } from './commands/diff.js';
import { ExitCode } from './exit-codes.js';
import type { IO } from './io.js';

const require = createRequire(import.meta.url);
/** The package's version, as `--version` prints it. */
export const VERSION: string = (require('../../package.json') as { version: string }).version;

/** Options every command takes. */
export interface CommonOptions {
  color?: boolean;
  debug?: boolean;
}

type Action = (io: IO, ...args: never[]) => Promise<number>;

/**
 * Runs the `blueprint` command line: `argv` without the node and script paths, all I/O through
 * `io`. Resolves to the exit code; never throws.
 */
export async function run(argv: readonly string[], io: IO): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const program = new Command('blueprint')
    .description('Lint, test and build course blueprints: objectives, Bloom levels, modules, assessments.')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'blueprint: ')),
    });

  const command = (name: string, load: () => Promise<Action>) =>
    program
      .command(name)
      .option('--color', 'force colour output')
      .option('--no-color', 'no colour output')
      .option('--debug', 'show stack traces of internal errors')
      .exitOverride()
      .action(async (...args: unknown[]) => {
        const action = await load();
        exitCode = await action(io, ...(args.slice(0, -1) as never[]));
      });

  command('init', async () => (await import('./commands/init.js')).initCommand)
    .summary('create a new blueprint that passes check')
    .description(
      'Create <id>.blueprint.yaml and .blueprintrc.yaml in dir (default: the current folder), asking a few questions; never overwrites.',
    )
    .argument('[dir]', 'folder to write into, created if missing')
    .option('-y, --yes', 'ask nothing: defaults for every answer not given as a flag')
    .option('--title <text>', 'course title (the id and file name derive from it)')
    .option('--lang <code>', 'language of the content: en, fr')
    .option('--starter <name>', 'kind of course: workshop, course, elearning, blended, flash')
    .option('--duration <duration>', 'total planned time, such as 7h, 1h30, 2d')
    .option('--modality <mode>', 'in-person, remote, blended, self-paced')
    .option('--audience <text>', 'who the course is for')
    .option('--level <level>', "audience's level: beginner, intermediate, advanced")
    .option(
      '--ci <system>',
      'also write a CI pipeline that runs check, at the git repository root: github, gitlab',
    )
    .option(
      '--force',
      'replace the blueprint and CI pipeline if they exist (atomically); keeps an existing config',
    )
    .option('--force-config', 'with --force, replace an existing .blueprintrc.yaml too')
    .option(
      '--vscode',
      'also set VS Code up: .vscode/settings.json (yaml.schemas) and extensions.json (YAML extension), completed if they exist',
    );

  command('check', async () => (await import('./commands/check.js')).checkCommand)
    .summary('check blueprints against the schema and the rules')
    .description(
      'Check blueprint files, folders (searched for *.blueprint.yaml) or globs; none means the current folder.',
    )
    .argument('[paths...]', 'files, folders or glob patterns')
    .addOption(
      new Option(
        '-f, --format <name[=file]>',
        'output format: stylish, json, sarif, junit, github, gitlab; NAME=FILE writes it to FILE (repeatable)',
      )
        .argParser(collect)
        .default([], 'stylish'),
    )
    .option(
      '-o, --output <file>',
      'write the one format given without =FILE to this file instead of standard output',
    )
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (-1: no maximum)')
    .option('--quiet', 'report errors only (warnings still count for --max-warnings)')
    .option('-c, --config <file>', 'use this config file instead of looking one up')
    .option('--preset <name>', 'add a preset (repeatable): recommended, qualiopi', collect, [])
    .option('--rule <rule=severity>', 'set a rule to off, warn or error (repeatable)', collect, [])
    .option(
      '--print-config <file>',
      'print the settings that apply to this blueprint (JSON) and check nothing',
    )
    .option(
      '--ignore-pattern <pattern>',
      'leave out blueprints matching this .gitignore pattern, relative to the current folder (repeatable)',
      collect,
      [],
    )
    .option('--no-gitignore', 'search folders and globs without leaving out what .gitignore files exclude')
    .option('--stdin', 'check the blueprint on standard input')
    .option(
      '--stdin-filename <file>',
      'the file the --stdin blueprint stands for: its config, its name in reports',
    );

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
    .summary('what changed for learners between two versions of a blueprint')
    .description(
      'Compare two blueprint files, or blueprints between git revisions (blueprint diff main, blueprint diff HEAD~1 -- path, blueprint diff v1 v2): objectives, modules, activities, assessments, audience, constraints, admin, and the rule findings the change introduces or resolves.',
    )
    .argument(
      '[revisions-or-files...]',
      'two files, or up to two revisions (default HEAD against the working tree); paths after --',
    )
    .addOption(
      new Option(
        '-f, --format <name[=file]>',
        'output format: stylish, markdown, json; NAME=FILE writes it to FILE (repeatable)',
      )
        .argParser(collect)
        .default([], 'stylish'),
    )
    .option(
      '-o, --output <file>',
      'write the one format given without =FILE to this file instead of standard output',
    )
    .option(
      '--fail-on <classes>',
      'exit 1 when one of these classes of change is found (comma-separated, repeatable), such as objective-removed,programme-changed-without-update',
      collect,
      [],
    )
    .option('--locale <locale>', 'language of the report: en or fr (default: LC_ALL, LC_MESSAGES, LANG)')
    .option(
      '-c, --config <file>',
      'use this config file (for the rules whose findings are compared) instead of looking one up',
    )
    .addHelpText(
      'after',
      `\nClasses for --fail-on (docs/diff.md):\n${wrap(FAIL_ON_CLASSES.join(', '), 80, '  ')}\n`,
    );

  command('explain', async () => (await import('./commands/explain.js')).explainCommand)
    .summary('explain a rule: why it matters, examples, how to configure it')
    .description(
      'Print what a rule checks, why it matters, a failing and a passing example, and how to configure it; without a rule, list every rule.',
    )
    .argument('[rule]', 'a rule id, such as objective-not-taught');

  command('render', async () => (await import('./commands/render.js')).renderCommand)
    .summary('render a syllabus, training programme or alignment matrix from a blueprint')
    .description(
      'Render a document from a blueprint through a Liquid template: built-in syllabus, programme or matrix, or a path to your own.',
    )
    .argument('<file>', 'the blueprint to render')
    .option('-t, --template <name|path>', 'syllabus, programme, matrix, or a .liquid file', 'syllabus')
    .option('-o, --out <file>', 'write the document to a file (atomically) instead of standard output')
    .option(
      '--lang <lang>',
      "language of the built-in templates' wording: en or fr (default: the blueprint's)",
    )
    .option(
      '--allow-incomplete',
      'render the built-in programme even when it lacks items programme-incomplete asks for (they show as "Not stated.")',
    );

  command('schema', async () => (await import('./commands/schema.js')).schemaCommand)
    .summary('print the JSON Schema of the blueprint format')
    .description('Print the JSON Schema (draft-07) of the blueprint format, for editors and other tools.');

  command('verbs', async () => (await import('./commands/verbs.js')).verbsCommand)
    .summary('print the action verbs of the lexicon by Bloom level, and the verbs to avoid')
    .description(
      'Print the action verbs of the lexicon by Bloom level, and the verbs to avoid; with a level, only that level.',
    )
    .argument('[level]', 'a Bloom level: remember, understand, apply, analyze, evaluate, create')
    .option('--lang <language>', 'the lexicon: en or fr', 'en');

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return exitCode;
  } catch (error) {
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
    io.stderr.write(
      `blueprint: internal error: ${detail}${debug ? '' : ' (run with --debug for details)'}\n`,
    );
    return ExitCode.Usage;
  }
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
