import { plural } from './format.js';

const count = (n: number, one: string, many: string) => `${n} ${plural('en', n, one, many)}`;

/**
 * The English messages of everything but the rules (whose messages live in each rule's file):
 * the command line, its help, the reports' summaries, `explain`. `fr.ts` has the same keys.
 */
export const en = {
  cli: {
    internalError: (detail: string, debug: boolean) =>
      `internal error: ${detail}${debug ? '' : ' (run with --debug for details)'}`,
    badLocale: (value: string) => `unknown locale '${value}' for --locale: use en or fr`,
    tooManyWarnings: (warnings: number, maximum: number) =>
      `too many warnings (${warnings}, maximum ${maximum})`,
    badMaxWarnings: (value: string) =>
      `--max-warnings takes a whole number (-1 for no maximum), got '${value}'`,
    progress: (done: number, total: number) => `checking… ${done}/${total} files`,
  },
  help: {
    titles: {
      'Usage:': 'Usage:',
      'Options:': 'Options:',
      'Commands:': 'Commands:',
      'Arguments:': 'Arguments:',
      'Global Options:': 'Global Options:',
    } as Record<string, string>,
    program: 'Lint, test and build course blueprints: objectives, Bloom levels, modules, assessments.',
    defaultValue: '(default: ',
    version: 'print the version',
    help: 'show help',
    helpCommand: 'display help for command',
    color: 'force colour output',
    noColor: 'no colour output',
    debug: 'show stack traces of internal errors',
    locale: 'language of the messages: en or fr (default: from the config, LC_ALL, LC_MESSAGES or LANG)',
    init: {
      summary: 'create a new blueprint that passes check',
      description:
        'Create <id>.blueprint.yaml and .blueprintrc.yaml in dir (default: the current folder), asking a few questions; never overwrites.',
      dir: 'folder to write into, created if missing',
      yes: 'ask nothing: defaults for every answer not given as a flag',
      title: 'course title (the id and file name derive from it)',
      lang: 'language of the content: en, fr',
      starter: 'kind of course: workshop, course, elearning, blended, flash',
      duration: 'total planned time, such as 7h, 1h30, 2d',
      modality: 'in-person, remote, blended, self-paced',
      audience: 'who the course is for',
      level: "audience's level: beginner, intermediate, advanced",
      ci: 'also write a CI pipeline that runs check, at the git repository root: github, gitlab',
      force: 'replace the blueprint and CI pipeline if they exist (atomically); keeps an existing config',
      forceConfig: 'with --force, replace an existing .blueprintrc.yaml too',
      vscode:
        'also set VS Code up: .vscode/settings.json (yaml.schemas) and extensions.json (YAML extension), completed if they exist',
    },
    check: {
      summary: 'check blueprints against the schema and the rules',
      description:
        'Check blueprint files, folders (searched for *.blueprint.yaml) or globs; none means the current folder.',
      paths: 'files, folders or glob patterns',
      format:
        'output format: stylish, json, sarif, junit, github, gitlab; NAME=FILE writes it to FILE (repeatable)',
      output: 'write the one format given without =FILE to this file instead of standard output',
      maxWarnings: 'exit 1 when there are more than n warnings (-1: no maximum)',
      quiet: 'report errors only (warnings still count for --max-warnings)',
      config: 'use this config file instead of looking one up',
      preset: 'add a preset (repeatable): recommended, qualiopi',
      rule: 'set a rule to off, warn or error (repeatable)',
      printConfig: 'print the settings that apply to this blueprint (JSON) and check nothing',
      ignorePattern:
        'leave out blueprints matching this .gitignore pattern, relative to the current folder (repeatable)',
      noGitignore: 'search folders and globs without leaving out what .gitignore files exclude',
      stdin: 'check the blueprint on standard input',
      stdinFilename: 'the file the --stdin blueprint stands for: its config, its name in reports',
    },
    diff: {
      summary: 'what changed for learners between two versions of a blueprint',
      description:
        'Compare two blueprint files, or blueprints between git revisions (blueprint diff main, blueprint diff HEAD~1 -- path, blueprint diff v1 v2): objectives, modules, activities, assessments, audience, constraints, admin, and the rule findings the change introduces or resolves.',
      operands: 'two files, or up to two revisions (default HEAD against the working tree); paths after --',
      format: 'output format: stylish, markdown, json; NAME=FILE writes it to FILE (repeatable)',
      failOn:
        'exit 1 when one of these classes of change is found (comma-separated, repeatable), such as objective-removed,programme-changed-without-update',
      config: 'use this config file (for the rules whose findings are compared) instead of looking one up',
      classes: 'Classes for --fail-on (docs/diff.md):',
    },
    explain: {
      summary: 'explain a rule: why it matters, examples, how to configure it',
      description:
        'Print what a rule checks, why it matters, a failing and a passing example, and how to configure it; without a rule, list every rule.',
      rule: 'a rule id, such as objective-not-taught',
    },
    render: {
      summary: 'render a syllabus, training programme or alignment matrix from a blueprint',
      description:
        'Render a document from a blueprint through a Liquid template: built-in syllabus, programme or matrix, or a path to your own.',
      file: 'the blueprint to render',
      template: 'syllabus, programme, matrix, or a .liquid file',
      out: 'write the document to a file (atomically) instead of standard output',
      lang: "language of the built-in templates' wording: en or fr (default: the blueprint's)",
      allowIncomplete:
        'render the built-in programme even when it lacks items programme-incomplete asks for (they show as "Not stated.")',
    },
    schema: {
      summary: 'print the JSON Schema of the blueprint format',
      description: 'Print the JSON Schema (draft-07) of the blueprint format, for editors and other tools.',
    },
    verbs: {
      summary: 'print the action verbs of the lexicon by Bloom level, and the verbs to avoid',
      description:
        'Print the action verbs of the lexicon by Bloom level, and the verbs to avoid; with a level, only that level.',
      level: 'a Bloom level: remember, understand, apply, analyze, evaluate, create',
      lang: 'the lexicon: en or fr',
    },
  },
  schema: {
    theBlueprint: 'the blueprint',
    ownerPrefix: (owner: string) => `${owner}: `,
    expected: {
      duration: "a duration such as '90min', '1h30', '2h 15min', '2d' or 'PT1H30M'",
      id: "an id: a letter, then letters, digits, '_', '.' or '-' (such as 'O1' or 'C3.2')",
      idList: 'a list of ids, such as [O1, O2]',
    } as Record<string, string>,
    types: {
      string: 'text',
      number: 'a number',
      integer: 'a whole number',
      array: 'a list',
      object: 'a mapping (key: value pairs)',
      boolean: 'true or false',
    } as Record<string, string>,
    durationShape: "a string such as '1h30' or '90min'",
    missing: (where: string, key: string, explanation: string) =>
      `${where} is missing \`${key}\`${explanation ? ` (${explanation})` : ''}`,
    unknownKey: (key: string, where: string, note: string, hint: string) =>
      `unknown key \`${key}\`${where}${note}.${hint}`,
    inOwner: (owner: string) => ` in ${owner}`,
    inKey: (label: string) => ` in \`${label}\``,
    strayComma:
      ' A comma inside { … } separates entries: if this text belongs to the value before it, quote that value.',
    knownKeys: (known: string) => ` Known keys: ${known}; extension keys start with 'x-'.`,
    controlCharacter: (code: string) => ` (it contains the control character U+${code})`,
    nonAsciiCharacter: (char: string, code: string) =>
      ` (it contains the non-ASCII character '${char}', U+${code})`,
    mustBe: (subject: string, shape: string, got: string) => `${subject} must be ${shape}, got ${got}`,
    oneOf: (label: string, allowed: string, got: string, hint: string) =>
      `\`${label}\` must be one of ${allowed}; got ${got}.${hint}`,
    notDate: (label: string, got: string) => `\`${label}\` is not a real date: ${got} (expected YYYY-MM-DD)`,
    notEmail: (label: string, got: string) => `\`${label}\` is not a valid email address: ${got}`,
    bounds: {
      minimum: 'at least',
      maximum: 'at most',
      exclusiveMinimum: 'more than',
      exclusiveMaximum: 'less than',
    } as Record<string, string>,
    bound: (label: string, bound: string, limit: string, value: string) =>
      `\`${label}\` must be ${bound} ${limit}, got ${value}`,
    minItems: (label: string, limit: number) =>
      `\`${label}\` must list at least ${limit} item${limit === 1 ? '' : 's'}`,
    notEmpty: (label: string) => `\`${label}\` must not be empty`,
    invalid: (label: string, message: string) => `\`${label}\` ${message}`,
    isInvalid: 'is invalid',
    zeroDuration: (label: string) => `\`${label}\` cannot be zero: a duration is at least one minute`,
    pattern: (label: string, expected: string, got: string) => `\`${label}\` must be ${expected}; got ${got}`,
    slug: (got: string) =>
      `\`id\` must be a lower-case slug of letters, digits and '-', such as 'data-viz-basics'; got ${got}`,
    currency: (label: string, got: string) =>
      `\`${label}\` must be a three-letter currency code in capitals, such as EUR or USD; got ${got}`,
    updated: (label: string, got: string) => `\`${label}\` must be a date written YYYY-MM-DD; got ${got}`,
    form: (label: string, got: string) => `\`${label}\` does not have the expected form; got ${got}`,
    values: {
      nothing: 'nothing (an empty value)',
      list: 'a list',
      mapping: 'a mapping (key: value pairs)',
      text: (text: string) => `the text '${text}'`,
      number: (value: string) => `the number ${value}`,
      boolean: (value: string) => `${value} (a yes/no value)`,
    },
    owner: {
      entities: {
        objectives: 'objective',
        modules: 'module',
        activities: 'activity',
        assessments: 'assessment',
        items: 'competency',
      } as Record<string, string>,
      of: (inner: string, outer: string) => `${inner} of ${outer}`,
    },
  },
  input: {
    friendly: {
      TAB_AS_INDENT: 'tabs are not allowed as indentation in YAML: indent with spaces',
      BLOCK_AS_IMPLICIT_KEY:
        "a value that contains ': ' must be quoted, for example title: \"SQL: basics\" (YAML reads an unquoted ': ' as a nested key)",
      MULTILINE_IMPLICIT_KEY:
        'a key must fit on one line: is a colon or an indentation missing on the line before?',
      BAD_INDENT: 'wrong indentation: this line is not aligned with the lines around it',
      MISSING_CHAR: 'a closing character is missing',
      UNEXPECTED_TOKEN: 'unexpected character',
    } as Record<string, string>,
    withYaml: (friendly: string, raw: string) => `${friendly} (YAML: ${raw})`,
    secondDocument: 'a blueprint is one YAML document: remove this second document (a line "---" starts one)',
    tooDeep: (max: number) => `nesting is deeper than ${max} levels: a blueprint is never that deep`,
    unknownTag: (tag: string) => `unknown tag ${tag}: blueprints use plain YAML values, without tags`,
    thisTag: 'this tag',
    aliasBomb: (max: number) =>
      `aliases expand to too many nodes (more than ${max}): a blueprint needs no alias bomb`,
    unclosedQuote: 'this quoted text is never closed: add the closing quote',
    unknownAlias: (name: string) => `unknown alias *${name}: no anchor &${name} comes before it`,
    aliasCycle: (name: string) => `alias *${name} is inside the node it refers to: a cycle`,
    notFinite: (source: string) => `${source} is not a finite number`,
    unsafeInteger: (source: string) =>
      `${source} is too large to be represented exactly (the largest safe whole number is 9007199254740991)`,
    keyNotPlain: 'keys must be plain text, not a list, mapping or alias',
    mergeKey:
      'merge keys (`<<`) are not part of YAML 1.2 and blueprints do not use them: write the keys out in full',
    keyMissing: 'a key is missing before this colon',
    duplicateKey: (key: string, line: number) =>
      `duplicate key \`${key}\`: it is already set on line ${line}; keep one`,
    tooLargeMb: (megabytes: number) => `the file is larger than ${megabytes} MB: this is not a blueprint`,
    utf16: 'the file is UTF-16, not UTF-8: save it as UTF-8',
    looksUtf16: 'it looks like UTF-16',
    perhapsLatin1: 'perhaps Latin-1 or Windows-1252',
    notUtf8: (hint: string, byte: string, at: number) =>
      `the file is not UTF-8 (${hint}): byte 0x${byte} at byte offset ${at} is invalid; save it as UTF-8`,
    crOnly: 'line ends are carriage returns only (old Mac OS style): save the file with LF or CRLF line ends',
    utf16NoBom: 'the file is UTF-16 (without a byte-order mark), not UTF-8: save it as UTF-8',
    control: (code: string, written: string) =>
      `control character U+${code} is not allowed in YAML: remove it, or write it as an escape ("${written}") inside double quotes`,
    empty:
      'empty blueprint: the file holds no YAML value; start with `blueprint: 1`, `id`, `title`, … (see `blueprint init`)',
    unsupportedVersion: (version: string, supported: string) =>
      `format version ${version} is not one this release reads (it reads ${supported}): set \`blueprint: 1\` or upgrade course-blueprint`,
    overSize: (megabytes: string, limit: number) =>
      `the file is ${megabytes} MB, over the ${limit} MB limit: this is not a blueprint`,
    underAMinute: (text: string) => `\`${text}\` is shorter than a minute: a duration is at least one minute`,
    sizeNeither: 'group size states neither `min` nor `max`: give at least one of the two, or remove `size`',
    sizeOrder: (min: number, max: number) => `group size \`min\` (${min}) is larger than \`max\` (${max})`,
  },
  verbs: {
    toAvoid: 'to avoid',
    badLanguage: (language: string) => `unknown language \`${language}\` for --lang: expected en or fr`,
    badLevel: (level: string, levels: string, hint: string) =>
      `unknown Bloom level \`${level}\`: expected ${levels}.${hint}`,
  },
  report: {
    error: 'error',
    warning: 'warning',
    more: (hidden: number) => `… and ${hidden} more in this file (use --format json to see them all)`,
    clean: (files: number) => `${count(files, 'file', 'files')} checked, no problems`,
    summary: (errors: number, warnings: number, withFindings: number, files: number) =>
      `${count(errors + warnings, 'problem', 'problems')} (${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')}) in ${withFindings} of ${count(files, 'file', 'files')}`,
    notAnnotated: (errors: number, warnings: number, limit: number) =>
      `${count(errors, 'more error', 'more errors')} and ${count(warnings, 'more warning', 'more warnings')} are listed in the log but not annotated: GitHub shows ${limit} annotations of each kind per step. The SARIF upload (code scanning) has every finding.`,
  },
  render: {
    badLang: (value: string) => `unknown language '${value}' for --lang: use en or fr`,
    outEmpty: '--out needs a file name',
    tooLarge: (file: string) => `${file} is too large to be a blueprint`,
    notRendered: (file: string) => `${file} was not rendered: fix the errors above first`,
    programmeRefused: (file: string, items: number) =>
      `${file}: the programme was not rendered: it does not state ${count(items, 'item', 'items')} a published programme must:`,
    programmeHowTo:
      'state them in the blueprint, or pass --allow-incomplete to render it with "Not stated." in their place',
    programmeIncomplete: (file: string, items: number) =>
      `${file}: the programme is incomplete (--allow-incomplete): ${count(items, 'item', 'items')} not stated:`,
    cannotWrite: (file: string, why: string) => `cannot write ${file}: ${why}`,
    despite: (file: string, errors: number, warnings: number) =>
      `rendered ${file} despite ${count(errors, 'error', 'errors')} and ${count(warnings, 'warning', 'warnings')}: run \`blueprint check ${file}\` to see them`,
  },
  flags: {
    outputEmpty: '--output needs a file name',
    outputAllNamed: (output: string) =>
      `--output ${output} names the file of the format given without =FILE, but every --format names its own file`,
    outputMany: (output: string, formats: string) =>
      `--output ${output} takes one format, got ${formats}: write the others with --format NAME=FILE`,
    oneToStdout: (formats: string) =>
      `only one format can go to standard output, got ${formats}: write the others to files with --format NAME=FILE`,
    sameFile: (file: string) => `two reports would be written to ${file}: give each its own file`,
    unknownFormat: (format: string, names: string) => `unknown format '${format}': use one of ${names}`,
    formatNoFile: (format: string) => `--format ${format}= needs a file name after '='`,
    ruleShape: (flag: string) =>
      `--rule ${flag}: expected RULE=SEVERITY, such as --rule duration-under-budget=off`,
    overwriteInput: (output: string) =>
      `refusing to write to ${output}: it is a file this run reads (a blueprint, config, framework or template); name another file`,
    cannotWriteReport: (file: string, why: string) => `cannot write the report to ${file}: ${why}`,
    printConfigAlone: '--print-config FILE checks nothing: give no other path',
    stdinFilenameAlone: '--stdin-filename names what --stdin reads: add --stdin',
    stdinNoPath: '--stdin checks standard input only: give no path (name it with --stdin-filename)',
    stdinFilenameEmpty: '--stdin-filename needs a file name',
    stdinTooLarge: (megabytes: number) =>
      `standard input is over the ${megabytes} MB limit: this is not a blueprint`,
    ignored: (file: string, by: string) => `${file} is ignored (${by}): not checked`,
    ignoresIn: (config: string) => `ignores in ${config}`,
  },
  commander: {
    unknownOption: (option: string) => `unknown option '${option}'`,
    unknownCommand: (command: string) => `unknown command '${command}'`,
    missingArgument: (argument: string) => `missing required argument '${argument}'`,
    optionArgumentMissing: (option: string) => `option '${option}' argument missing`,
    tooManyArguments: (command: string | undefined, expected: number, got: number) =>
      `too many arguments${command === undefined ? '' : ` for '${command}'`}. Expected ${count(expected, 'argument', 'arguments')} but got ${got}.`,
    didYouMean: (suggestion: string) => `(Did you mean ${suggestion}?)`,
    didYouMeanOneOf: (suggestions: string) => `(Did you mean one of ${suggestions}?)`,
  },
  files: {
    errors: {
      ENOENT: 'no such file',
      ENOTDIR: 'a part of its path is a file, not a folder',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EROFS: 'the file system is read-only',
      EISDIR: 'it is a folder',
      ENOSPC: 'no space left on the device',
      EFBIG: 'the file is larger than the system allows (a file size limit)',
      EDQUOT: 'the disk quota is exceeded',
      ENAMETOOLONG: 'the name is too long',
      ELOOP: 'too many symbolic links on the way (a loop?)',
      EBUSY: 'the file is busy',
      ETXTBSY: 'the file is busy',
      EEXIST: 'a file is already there',
    } as Record<string, string>,
    noFolder: 'its folder does not exist',
    refused: (code: string) => `the system refused it (${code})`,
    isFolder: (path: string) => `${path} is a folder, not a file`,
    notRegular: (path: string) => `${path} is not a regular file`,
    cannotRead: (path: string, why: string) => `cannot read ${path}: ${why}`,
    noBlueprintIn: (path: string) => `no blueprint (*.blueprint.yaml or *.blueprint.yml) found in ${path}`,
    noMatch: (pattern: string) => `no file matches ${pattern}`,
    noSuch: (path: string) => `no such file or folder: ${path}`,
    brokenLink: (file: string) => `${file} is a symbolic link to nothing (a broken link)`,
    outsideProject: (file: string, root: string) =>
      `${file} leads outside the project (${root}): it was not read, as links are followed only inside the project`,
    linkToOtherKind: (file: string, kind: string) =>
      `${file} is a symbolic link to a file that is not ${kind} outside hidden folders: it was not read`,
    kinds: {
      blueprint: 'a blueprint (*.blueprint.yaml or *.blueprint.yml)',
      config: (names: string) => `a config (${names})`,
    },
  },
  init: {
    takesOneOf: (flag: string, values: string, value: string, hint: string) =>
      `${flag} takes one of ${values}, got '${value}'.${hint}`,
    didYouMean: (guess: string) => ` Did you mean '${guess}'?`,
    empty: (flag: string) => `${flag} cannot be empty.`,
    control: (flag: string) => `${flag} takes one line of text without control characters.`,
    tooLong: (flag: string, length: number) => `${flag} takes at most 200 characters, got ${length}.`,
    duration: (flag: string, value: string, hint: string) =>
      `${flag} takes a duration such as 45min, 3h, 1h30, 2d or PT1H30M, got '${value}'.${hint}`,
    durationRange: (flag: string, min: string, max: string, value: string, actual: string) =>
      `${flag} takes a total between ${min} and ${max}, got '${value}' (${actual}).`,
    noTerminal: 'without a terminal',
    inCi: 'when CI is set',
    cannotAsk: (why: string) =>
      `init cannot ask questions ${why}: pass --yes, with --title, --lang, --starter, --duration, --modality, --audience, --level as needed. Nothing written.`,
    exists: (path: string) => `${path} already exists: nothing written (--force replaces it).`,
    titleTaken: (path: string) => `${path} already exists: choose another title (or run init with --force).`,
    cancelled: 'init cancelled: nothing written.',
    /** The actions of the menu's key help line, as inquirer words them. */
    keys: { navigate: 'navigate', select: 'select' } as Record<string, string>,
    created: 'Created:',
    updated: 'Updated:',
    kept: 'Kept (--force-config replaces it):',
    ciNoRepository: (ci: string, dir: string) =>
      `--ci ${ci} writes the pipeline at the root of the git repository, and ${dir} is in none: run 'git init' first. Nothing written.`,
    ciUnsafeFolder: (ci: string, folder: string) =>
      `--ci ${ci} cannot name the folder ${folder} in the pipeline's command: write the pipeline by hand (docs/ci.md). Nothing written.`,
    forceConfigAlone: '--force-config goes with --force: it also replaces an existing config.',
    gitlabInclude: 'Include the GitLab job from your .gitlab-ci.yml (see the first lines of the file).',
    findings: (findings: number) =>
      `the new blueprint has ${findings} finding(s) with the current rules: please report it.`,
    next: 'Next:',
    notFolder: (path: string) => `${path} exists and is not a folder: nothing written.`,
    symlink: (path: string) => `${path} is a symbolic link: init never writes through one; nothing written.`,
    notRegularFile: (path: string) => `${path} exists and is not a regular file: nothing written.`,
    linkOut: (path: string, root: string) =>
      `${path} is a symbolic link that leads out of ${root}: nothing written.`,
    appeared: 'a file appeared while writing: nothing written (--force replaces existing files).',
    couldNotWrite: (root: string, why: string, undone: boolean) =>
      `could not write into ${root}: ${why}${undone ? '; nothing written' : ''}.`,
    vscodeRefusal: (path: string, why: string) =>
      `cannot complete ${path}: ${why}; nothing written (fix it, or run init without --vscode).`,
    vscodeNotObject: (key: string) => `"${key}" is not an object`,
    vscodeNotList: (key: string) => `"${key}" is not a list`,
    vscodeNotRegular: 'it is not a regular file',
    vscodeNotJson: (error: string, offset: number) =>
      `it is not JSON with comments (${error} at offset ${offset})`,
    vscodeNoObject: 'it does not hold an object',
  },
  config: {
    unreadable: (message: string) => `config ${message}`,
    refused: (message: string) => `config ${message}`,
    tooLarge: (file: string) => `${file}: the config file is too large to be a config`,
    notText: 'unreadable',
    didYouMean: (guess: string) => ` Did you mean '${guess}'?`,
    unknownPreset: (name: string, hint: string, presets: string) =>
      `unknown preset '${name}'.${hint} Presets: ${presets}`,
    alwaysOn: (rule: string) => `'${rule}' is always on and cannot be configured`,
    unknownRule: (rule: string, hint: string) =>
      `unknown rule '${rule}'.${hint} See 'blueprint explain' for the list.`,
    numbersNotSeverities: ' (numbers such as 0, 1, 2 are not severities here)',
    notSeverity: (shown: string, rule: string, hint: string) =>
      `${shown} is not a severity for '${rule}': use off, warn or error.${hint}`,
    settingShape: (rule: string) =>
      `the setting of '${rule}' is a severity, or a list of a severity and its options, such as [warn, { … }]`,
    noOptions: (rule: string) =>
      `'${rule}' takes no options: give its severity alone, such as '${rule}: warn'`,
    optionsShape: (rule: string, example: string) =>
      `the options of '${rule}' are a mapping, such as { ${example} }`,
    unknownOption: (name: string, rule: string, hint: string, options: string) =>
      `unknown option '${name}' for '${rule}'.${hint} Options: ${options}`,
    optionValue: (name: string, rule: string, description: string, minimum: number, shown: string) =>
      `option '${name}' of '${rule}' (${description}) must be a number more than ${minimum}, got ${shown}`,
    unknownLanguage: (key: string) => `unknown language '${key}' in verbs`,
    unknownKey: (key: string) => `unknown key '${key}'`,
    known: (what: string, hint: string, known: string) => `${what}.${hint} Known: ${known}`,
    invalidValue: (path: string, message: string | undefined) => `${path}: ${message ?? 'invalid value'}`,
    unknownLevel: (hint: string) => `unknown Bloom level${hint}`,
    levelOneOf: (levels: string) => `: use one of ${levels}`,
    levelGuess: (value: string, hint: string, levels: string) => ` '${value}'.${hint} Levels: ${levels}`,
    expected: {
      '': 'a config is a mapping with the keys extends, rules, ignores, verbs and locale',
      ignores: '`ignores` is a list of .gitignore patterns, such as [archive/]',
      extends: '`extends` is a list of presets, such as [recommended, qualiopi]',
      rules: '`rules` is a mapping of rule: severity, such as { duration-under-budget: off }',
      verbs: '`verbs` is a mapping of language (en, fr) to verbs, such as { en: { negotiate: [apply] } }',
      locale: '`locale` is the language of the messages: en or fr',
    } as Record<string, string>,
    presetShape: 'a preset is a name: recommended or qualiopi',
    ignorePattern: 'an ignore pattern is a non-empty text, such as archive/',
    verbsShape: (language: string) =>
      `verbs.${language} is a mapping of verb: [Bloom levels], such as { negotiate: [apply, create] }`,
    levelsShape: (verb: string) =>
      `the levels of '${verb}' are a list of Bloom levels, such as [apply, create] ([] marks a verb to avoid)`,
  },
  framework: {
    problem: (name: string, why: string) =>
      `competency framework \`${name}\` (path relative to the blueprint's folder) ${why}`,
    cannotBeUsed: (message: string) => `cannot be used: ${message}`,
    overLimit: (megabytes: number) => `is over the ${megabytes} MB limit`,
    notUtf8: (place: string) => `is not UTF-8 text at ${place}`,
    forbiddenCharacter: (place: string) => `holds a character YAML forbids at ${place}`,
    notYaml: (place: string) => `is not valid YAML at ${place}`,
    notFramework: (place: string, more: number) =>
      `is not a competency framework at ${place}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}: a framework is a mapping with \`items\`, a list of { id, title } (its content is not quoted: it is not a blueprint)`,
    place: (line: number, column: number) => `line ${line}, column ${column}`,
    absolute: 'is an absolute path: name a file inside the project, relative to the blueprint',
    outside: (root: string) => `is outside the project (${root}): it was not read`,
    hidden: 'is a hidden file or inside a hidden folder: it was not read',
  },
  template: {
    notFound: (template: string, builtIns: string) =>
      `template '${template}' not found: use ${builtIns} or the path of a .liquid file`,
    notFile: (template: string) => `template '${template}' is not a file`,
    computedFile: (tag: string) =>
      `{% ${tag} %} must name its file as written, not computed from data (such as {{ … }}): write {% ${tag} header.liquid %}`,
    outsideFolder: (file: string, folder: string) => `${file} is outside the template's folder ${folder}`,
    tooLarge: (file: string, size: number, limit: number) =>
      `${file} is ${size} bytes, over the ${limit}-byte template limit`,
    includeOutside: (name: string) =>
      `cannot include "${name}": templates may only include files inside their own folder`,
    includeMissing: (name: string) =>
      `cannot include "${name}": no such file in the template's folder (name it without quotes, e.g. {% include header.liquid %})`,
    undefinedVariable: (message: string) =>
      `${message} (a template sees only \`blueprint\` and \`figures\`, and their own keys)`,
    renderLimit: (message: string, seconds: number) =>
      `${message}: the template ran longer than ${seconds} s and was stopped (an endless or huge loop?)`,
    memoryLimit: (message: string, items: number) =>
      `${message}: the template built more than ${items.toLocaleString('en')} items of data and was stopped (a huge range or loop?)`,
    parseLimit: (message: string, characters: number) =>
      `${message}: the templates are longer than ${characters.toLocaleString('en')} characters`,
  },
  diff: {
    tooManyRevisions: (count: number) =>
      `at most two revisions, got ${count}: put paths after --, as in blueprint diff main -- course.blueprint.yaml`,
    unknownFailOn: (name: string, hint: string) =>
      `unknown class '${name}' for --fail-on.${hint} See blueprint diff --help`,
    couldNotCompare: (files: number) => `${count(files, 'file', 'files')} could not be compared (see above)`,
    failOnFound: (classes: string) => `--fail-on: found ${classes}`,
    noSuchFile: (name: string) => `no such file: ${name}`,
    inNeither: (file: string) => `${file} exists in neither version`,
    noGit: 'git is not installed (or not on PATH): comparing with a revision needs it',
    notRepository: (cwd: string) =>
      `${cwd} is not inside a git repository: compare two files instead (blueprint diff OLD NEW)`,
    noWorkTree: (cwd: string) => `${cwd} is in a git directory without a work tree`,
    notRevision: (revision: string) =>
      `'${revision}' is not a revision (a revision never starts with '-' here)`,
    unknownRevision: (revision: string) =>
      `unknown revision '${revision}': no commit, branch or tag has that name`,
    outsideRepository: (path: string, root: string) => `${path} is outside the repository (${root})`,
    linkAt: (file: string, commit: string) => `${file} is a symbolic link at ${commit}: it was not read`,
    notFileAt: (file: string, commit: string) => `${file} is not a file at ${commit}`,
    overLimitAt: (file: string, megabytes: number, commit: string) =>
      `${file} is over the ${megabytes} MB limit at ${commit}: this is not a blueprint`,
    tooLarge: (file: string) => `${file} is too large to be a blueprint`,
    frameworkLeaves: 'leaves the repository or goes through a hidden folder: it was not read',
    frameworkAbsent: (commit: string) => `does not exist at ${commit}`,
    frameworkUnreadable: 'cannot be read at this revision (a link, a folder, or too large)',
  },
  explain: {
    alwaysOnStatus: (severity: string) => `always on, ${severity}; cannot be configured or disabled`,
    presetStatus: (severity: string, preset: string) => `${severity} in the '${preset}' preset`,
    unknownRule: (id: string, hint: string) =>
      `unknown rule '${id}'.${hint} Run 'blueprint explain' to list every rule.`,
    alwaysOnHeading: 'Always on (cannot be configured):',
    rulesHeading: 'Rules (severity in the preset that turns them on):',
    footer: "Run 'blueprint explain <rule>' for why, examples and how to configure it.",
    sections: {
      Why: 'Why',
      'Failing example': 'Failing example',
      'Passing example': 'Passing example',
      Configure: 'Configure',
    },
  },
};

/** The shape of a message catalogue: every locale's has the keys and arguments of the English one. */
export type Catalogue = typeof en;
