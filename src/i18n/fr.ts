import type { Catalogue } from './en.js';
import { plural } from './format.js';
import { french, guillemets } from './typography.js';

const count = (n: number, one: string, many: string) => `${n} ${plural('fr', n, one, many)}`;

/** The French messages: the keys and arguments of `en.ts`, which TypeScript checks. */
export const fr: Catalogue = {
  cli: {
    internalError: (detail, debug) =>
      french`erreur interne : ${detail}${debug ? '' : ' (relancez avec --debug pour le détail)'}`,
    badLocale: (value) => french`langue inconnue « ${value} » pour --locale : utilisez en ou fr`,
    tooManyWarnings: (warnings, maximum) => `trop d’avertissements (${warnings}, maximum ${maximum})`,
    badMaxWarnings: (value) =>
      french`--max-warnings attend un nombre entier (-1 pour aucun maximum), reçu « ${value} »`,
    progress: (done, total) => `vérification… ${done}/${total} fichiers`,
  },
  help: {
    titles: {
      'Usage:': 'Utilisation\u00a0:',
      'Options:': 'Options\u00a0:',
      'Commands:': 'Commandes\u00a0:',
      'Arguments:': 'Arguments\u00a0:',
      'Global Options:': 'Options globales\u00a0:',
    },
    program:
      'Vérifier, tester et produire des blueprints de formation : objectifs, niveaux de Bloom, modules, évaluations.',
    defaultValue: '(par défaut\u00a0: ',
    version: 'afficher la version',
    help: 'afficher l’aide',
    helpCommand: 'afficher l’aide d’une commande',
    color: 'forcer la couleur',
    noColor: 'pas de couleur',
    debug: 'afficher la pile d’appels des erreurs internes',
    locale:
      'langue des messages : en ou fr (par défaut : celle de la configuration, de LC_ALL, LC_MESSAGES ou LANG)',
    init: {
      summary: 'créer un nouveau blueprint qui passe check',
      description:
        'Créer <id>.blueprint.yaml et .blueprintrc.yaml dans dir (par défaut : le dossier courant), en posant quelques questions ; n’écrase jamais rien.',
      dir: 'dossier où écrire, créé s’il n’existe pas',
      yes: 'ne rien demander : valeurs par défaut pour toute réponse non donnée en option',
      title: 'titre de la formation (l’id et le nom de fichier en découlent)',
      lang: 'langue du contenu : en, fr',
      starter: 'type de formation : workshop, course, elearning, blended, flash',
      duration: 'durée totale prévue, par exemple 7h, 1h30, 2d',
      modality: 'in-person, remote, blended, self-paced',
      audience: 'à qui s’adresse la formation',
      level: 'niveau du public : beginner, intermediate, advanced',
      ci: 'écrire aussi un pipeline d’intégration continue qui lance check, à la racine du dépôt git : github, gitlab',
      force:
        'remplacer le blueprint et le pipeline s’ils existent (de façon atomique) ; garde une configuration existante',
      forceConfig: 'avec --force, remplacer aussi un .blueprintrc.yaml existant',
      vscode:
        'configurer aussi VS Code : .vscode/settings.json (yaml.schemas) et extensions.json (extension YAML), complétés s’ils existent',
    },
    check: {
      summary: 'vérifier des blueprints par rapport au schéma et aux règles',
      description:
        'Vérifier des fichiers blueprint, des dossiers (où chercher les *.blueprint.yaml) ou des motifs glob ; sans argument, le dossier courant.',
      paths: 'fichiers, dossiers ou motifs glob',
      format:
        'format de sortie : stylish, json, sarif, junit, github, gitlab ; NOM=FICHIER l’écrit dans FICHIER (répétable)',
      output: 'écrire le format donné sans =FICHIER dans ce fichier au lieu de la sortie standard',
      maxWarnings: 'sortir avec 1 au-delà de n avertissements (-1 : pas de maximum)',
      quiet: 'ne signaler que les erreurs (les avertissements comptent toujours pour --max-warnings)',
      config: 'utiliser ce fichier de configuration au lieu d’en chercher un',
      preset: 'ajouter un preset (répétable) : recommended, qualiopi',
      rule: 'régler une règle sur off, warn ou error (répétable)',
      printConfig: 'afficher les réglages qui s’appliquent à ce blueprint (JSON), sans rien vérifier',
      ignorePattern:
        'écarter les blueprints qui correspondent à ce motif .gitignore, relatif au dossier courant (répétable)',
      noGitignore: 'parcourir dossiers et motifs glob sans écarter ce que les fichiers .gitignore excluent',
      stdin: 'vérifier le blueprint lu sur l’entrée standard',
      stdinFilename:
        'le fichier que représente le blueprint de --stdin : sa configuration, son nom dans les rapports',
    },
    diff: {
      summary: 'ce qui change pour les apprenants entre deux versions d’un blueprint',
      description:
        'Comparer deux fichiers blueprint, ou les blueprints entre deux révisions git (blueprint diff main, blueprint diff HEAD~1 -- chemin, blueprint diff v1 v2) : objectifs, modules, activités, évaluations, public, contraintes, admin, et les constats de règles que le changement introduit ou résout.',
      operands:
        'deux fichiers, ou jusqu’à deux révisions (par défaut HEAD contre l’arbre de travail) ; les chemins après --',
      format: 'format de sortie : stylish, markdown, json ; NOM=FICHIER l’écrit dans FICHIER (répétable)',
      failOn:
        'sortir avec 1 quand l’une de ces classes de changement est trouvée (séparées par des virgules, répétable), par exemple objective-removed,programme-changed-without-update',
      config:
        'utiliser ce fichier de configuration (pour les règles dont les constats sont comparés) au lieu d’en chercher un',
      classes: 'Classes pour --fail-on (docs/diff.md) :',
    },
    explain: {
      summary: 'expliquer une règle : pourquoi elle compte, des exemples, comment la configurer',
      description:
        'Afficher ce que vérifie une règle, pourquoi elle compte, un exemple en échec et un exemple correct, et comment la configurer ; sans règle, lister toutes les règles.',
      rule: 'un id de règle, par exemple objective-not-taught',
    },
    render: {
      summary:
        'produire un syllabus, un programme de formation ou une matrice d’alignement à partir d’un blueprint',
      description:
        'Produire un document à partir d’un blueprint avec un modèle Liquid : syllabus, programme ou matrice intégrés, ou le chemin de votre propre modèle.',
      file: 'le blueprint à mettre en forme',
      template: 'syllabus, programme, matrix, ou un fichier .liquid',
      out: 'écrire le document dans un fichier (de façon atomique) au lieu de la sortie standard',
      lang: 'langue du texte des modèles intégrés : en ou fr (par défaut : celle du blueprint)',
      allowIncomplete:
        'produire le programme intégré même s’il manque des éléments demandés par programme-incomplete (ils apparaissent comme «\u00a0Non renseigné.\u00a0»)',
    },
    schema: {
      summary: 'afficher le JSON Schema du format blueprint',
      description:
        'Afficher le JSON Schema (draft-07) du format blueprint, pour les éditeurs et les autres outils.',
    },
    verbs: {
      summary: 'afficher les verbes d’action du lexique par niveau de Bloom, et les verbes à éviter',
      description:
        'Afficher les verbes d’action du lexique par niveau de Bloom, et les verbes à éviter ; avec un niveau, ce niveau seulement.',
      level: 'un niveau de Bloom : remember, understand, apply, analyze, evaluate, create',
      lang: 'le lexique : en ou fr',
    },
  },
  schema: {
    theBlueprint: 'le blueprint',
    ownerPrefix: (owner) => `${owner}\u00a0: `,
    expected: {
      duration: 'une durée comme « 90min », « 1h30 », « 2h 15min », « 2d » ou « PT1H30M »',
      id: 'un id : une lettre, puis des lettres, des chiffres, « _ », « . » ou « - » (comme « O1 » ou « C3.2 »)',
      idList: 'une liste d’ids, comme [O1, O2]',
    },
    types: {
      string: 'du texte',
      number: 'un nombre',
      integer: 'un nombre entier',
      array: 'une liste',
      object: 'un mapping (paires clé: valeur)',
      boolean: 'true ou false',
    },
    durationShape: 'une chaîne comme « 1h30 » ou « 90min »',
    missing: (where, key, explanation) =>
      french`${where} : il manque \`${key}\`${explanation ? ` (${explanation})` : ''}`,
    unknownKey: (key, where, note, hint) => french`clé inconnue \`${key}\`${where}${note}.${hint}`,
    inOwner: (owner) => ` dans ${owner}`,
    inKey: (label) => ` dans \`${label}\``,
    strayComma:
      ' Une virgule entre { … } sépare les entrées : si ce texte fait partie de la valeur qui précède, mettez cette valeur entre guillemets.',
    knownKeys: (known) => french` Clés connues : ${known} ; les clés d’extension commencent par « x- ».`,
    controlCharacter: (code) => ` (elle contient le caractère de contrôle U+${code})`,
    nonAsciiCharacter: (char, code) => french` (elle contient le caractère non ASCII « ${char} », U+${code})`,
    mustBe: (subject, shape, got) => french`${subject} doit être ${shape}, reçu ${got}`,
    oneOf: (label, allowed, got, hint) =>
      french`\`${label}\` doit valoir l’une des valeurs ${allowed} ; reçu ${got}.${hint}`,
    notDate: (label, got) =>
      french`\`${label}\` n’est pas une date réelle : ${got} (format attendu AAAA-MM-JJ)`,
    notEmail: (label, got) => french`\`${label}\` n’est pas une adresse e-mail valide : ${got}`,
    bounds: {
      minimum: 'au moins',
      maximum: 'au plus',
      exclusiveMinimum: 'plus de',
      exclusiveMaximum: 'moins de',
    },
    bound: (label, bound, limit, value) => `\`${label}\` doit valoir ${bound} ${limit}, reçu ${value}`,
    minItems: (label, limit) =>
      `\`${label}\` doit lister au moins ${limit} ${limit <= 1 ? 'élément' : 'éléments'}`,
    notEmpty: (label) => `\`${label}\` ne doit pas être vide`,
    invalid: (label, message) => `\`${label}\` ${message}`,
    isInvalid: 'n’est pas valide',
    zeroDuration: (label) => french`\`${label}\` ne peut pas être nul : une durée est d’au moins une minute`,
    pattern: (label, expected, got) => french`\`${label}\` doit être ${expected} ; reçu ${got}`,
    slug: (got) =>
      french`\`id\` doit être un identifiant en minuscules fait de lettres, de chiffres et de « - », comme « data-viz-basics » ; reçu ${got}`,
    currency: (label, got) =>
      french`\`${label}\` doit être un code de devise de trois lettres majuscules, comme EUR ou USD ; reçu ${got}`,
    updated: (label, got) => french`\`${label}\` doit être une date écrite AAAA-MM-JJ ; reçu ${got}`,
    form: (label, got) => french`\`${label}\` n’a pas la forme attendue ; reçu ${got}`,
    values: {
      nothing: 'rien (une valeur vide)',
      list: 'une liste',
      mapping: 'un mapping (paires clé: valeur)',
      text: (text) => `le texte ${guillemets(text)}`,
      number: (value) => `le nombre ${value.replace('.', ',')}`,
      boolean: (value) => `${value} (une valeur oui/non)`,
    },
    owner: {
      entities: {
        objectives: 'objectif',
        modules: 'module',
        activities: 'activité',
        assessments: 'évaluation',
        items: 'compétence',
      },
      of: (inner, outer) => `${inner} du ${outer}`,
    },
  },
  input: {
    friendly: {
      TAB_AS_INDENT:
        'les tabulations ne sont pas permises pour l’indentation en YAML : indentez avec des espaces',
      BLOCK_AS_IMPLICIT_KEY:
        'une valeur qui contient « : » suivi d’une espace doit être entre guillemets, par exemple title: "SQL: les bases" (YAML lit un « : » hors guillemets comme une clé imbriquée)',
      MULTILINE_IMPLICIT_KEY:
        'une clé doit tenir sur une ligne : manque-t-il un deux-points ou une indentation à la ligne précédente ?',
      BAD_INDENT: 'indentation incorrecte : cette ligne n’est pas alignée sur les lignes voisines',
      MISSING_CHAR: 'un caractère fermant manque',
      UNEXPECTED_TOKEN: 'caractère inattendu',
    },
    withYaml: (friendly, raw) => `${friendly} (YAML\u00a0: ${raw})`,
    secondDocument:
      'un blueprint est un seul document YAML : supprimez ce deuxième document (une ligne « --- » en commence un)',
    tooDeep: (max) => french`l’imbrication dépasse ${max} niveaux : un blueprint n’est jamais aussi profond`,
    unknownTag: (tag) =>
      french`tag inconnu ${tag} : les blueprints utilisent des valeurs YAML simples, sans tag`,
    thisTag: 'ce tag',
    aliasBomb: (max) =>
      french`les alias se déploient en trop de nœuds (plus de ${max}) : un blueprint n’a pas besoin de bombe d’alias`,
    unclosedQuote: 'ce texte entre guillemets n’est jamais fermé : ajoutez le guillemet fermant',
    unknownAlias: (name) => french`alias inconnu *${name} : aucune ancre &${name} ne le précède`,
    aliasCycle: (name) => french`l’alias *${name} est à l’intérieur du nœud auquel il renvoie : un cycle`,
    notFinite: (source) => `${source} n’est pas un nombre fini`,
    unsafeInteger: (source) =>
      `${source} est trop grand pour être représenté exactement (le plus grand entier sûr est 9007199254740991)`,
    keyNotPlain: 'les clés doivent être du texte simple, pas une liste, un mapping ou un alias',
    mergeKey:
      'les clés de fusion (`<<`) ne font pas partie de YAML 1.2 et les blueprints ne les utilisent pas : écrivez les clés en entier',
    keyMissing: 'il manque une clé avant ce deux-points',
    duplicateKey: (key, line) =>
      french`clé en double \`${key}\` : elle est déjà définie à la ligne ${line} ; n’en gardez qu’une`,
    tooLargeMb: (megabytes) => french`le fichier dépasse ${megabytes} Mo : ce n’est pas un blueprint`,
    utf16: 'le fichier est en UTF-16, pas en UTF-8 : enregistrez-le en UTF-8',
    looksUtf16: 'il semble être en UTF-16',
    perhapsLatin1: 'peut-être en Latin-1 ou Windows-1252',
    notUtf8: (hint, byte, at) =>
      french`le fichier n’est pas en UTF-8 (${hint}) : l’octet 0x${byte} à la position ${at} est invalide ; enregistrez-le en UTF-8`,
    crOnly:
      'les fins de ligne sont des retours chariot seuls (ancien style Mac OS) : enregistrez le fichier avec des fins de ligne LF ou CRLF',
    utf16NoBom:
      'le fichier est en UTF-16 (sans marque d’ordre des octets), pas en UTF-8 : enregistrez-le en UTF-8',
    control: (code, written) =>
      french`le caractère de contrôle U+${code} n’est pas permis en YAML : supprimez-le, ou écrivez-le sous forme d’échappement (« ${written} ») entre guillemets doubles`,
    empty:
      'blueprint vide : le fichier ne contient aucune valeur YAML ; commencez par `blueprint: 1`, `id`, `title`, … (voir `blueprint init`)',
    unsupportedVersion: (version, supported) =>
      french`la version de format ${version} n’est pas lue par cette release (elle lit ${supported}) : indiquez \`blueprint: 1\` ou mettez à jour course-blueprint`,
    overSize: (megabytes, limit) =>
      french`le fichier fait ${megabytes.replace('.', ',')} Mo, au-delà de la limite de ${limit} Mo : ce n’est pas un blueprint`,
    underAMinute: (text) => french`\`${text}\` dure moins d’une minute : une durée est d’au moins une minute`,
    sizeNeither:
      'la taille du groupe n’indique ni `min` ni `max` : donnez au moins l’un des deux, ou supprimez `size`',
    sizeOrder: (min, max) => `la taille du groupe \`min\` (${min}) dépasse \`max\` (${max})`,
  },
  verbs: {
    toAvoid: 'à éviter',
    badLanguage: (language) => french`langue inconnue \`${language}\` pour --lang : en ou fr attendu`,
    badLevel: (level, levels, hint) =>
      french`niveau de Bloom inconnu \`${level}\` : valeurs attendues ${levels}.${hint}`,
  },
  report: {
    error: 'erreur',
    warning: 'avertissement',
    more: (hidden) => `… et ${hidden} de plus dans ce fichier (utilisez --format json pour les voir tous)`,
    clean: (files) => `${count(files, 'fichier vérifié', 'fichiers vérifiés')}, aucun problème`,
    summary: (errors, warnings, withFindings, files) =>
      `${count(errors + warnings, 'problème', 'problèmes')} (${count(errors, 'erreur', 'erreurs')}, ${count(warnings, 'avertissement', 'avertissements')}) dans ${withFindings} ${plural('fr', files, 'fichier', 'fichiers')} sur ${files}`,
    notAnnotated: (errors, warnings, limit) =>
      french`${count(errors, 'autre erreur', 'autres erreurs')} et ${count(warnings, 'autre avertissement', 'autres avertissements')} figurent dans le journal sans annotation : GitHub affiche ${limit} annotations de chaque type par étape. L’envoi SARIF (code scanning) contient tous les signalements.`,
  },
  render: {
    badLang: (value) => french`langue inconnue « ${value} » pour --lang : utilisez en ou fr`,
    outEmpty: '--out attend un nom de fichier',
    tooLarge: (file) => `${file} est trop volumineux pour être un blueprint`,
    notRendered: (file) => french`${file} n’a pas été produit : corrigez d’abord les erreurs ci-dessus`,
    programmeRefused: (file, items) =>
      french`${file} : le programme n’a pas été produit : il n’indique pas ${count(items, 'élément', 'éléments')} qu’un programme publié doit indiquer :`,
    programmeHowTo:
      'indiquez-les dans le blueprint, ou passez --allow-incomplete pour le produire avec «\u00a0Non renseigné.\u00a0» à leur place',
    programmeIncomplete: (file, items) =>
      french`${file} : le programme est incomplet (--allow-incomplete) : ${count(items, 'élément non renseigné', 'éléments non renseignés')} :`,
    cannotWrite: (file, why) => french`impossible d’écrire ${file} : ${why}`,
    despite: (file, errors, warnings) =>
      french`${file} produit malgré ${count(errors, 'erreur', 'erreurs')} et ${count(warnings, 'avertissement', 'avertissements')} : lancez \`blueprint check ${file}\` pour les voir`,
  },
  flags: {
    outputEmpty: '--output attend un nom de fichier',
    outputAllNamed: (output) =>
      french`--output ${output} nomme le fichier du format donné sans =FICHIER, mais chaque --format nomme déjà son propre fichier`,
    outputMany: (output, formats) =>
      french`--output ${output} accepte un seul format, reçu ${formats} : écrivez les autres avec --format NOM=FICHIER`,
    oneToStdout: (formats) =>
      french`un seul format peut aller sur la sortie standard, reçu ${formats} : écrivez les autres dans des fichiers avec --format NOM=FICHIER`,
    sameFile: (file) =>
      french`deux rapports seraient écrits dans ${file} : donnez à chacun son propre fichier`,
    unknownFormat: (format, names) => french`format inconnu « ${format} » : utilisez l’un de ${names}`,
    formatNoFile: (format) => french`--format ${format}= attend un nom de fichier après « = »`,
    ruleShape: (flag) =>
      french`--rule ${flag} : RÈGLE=SÉVÉRITÉ attendu, par exemple --rule duration-under-budget=off`,
    overwriteInput: (output) =>
      french`refus d’écrire dans ${output} : ce fichier est lu par cette exécution (un blueprint, une configuration, un référentiel ou un modèle) ; choisissez un autre fichier`,
    cannotWriteReport: (file, why) => french`impossible d’écrire le rapport dans ${file} : ${why}`,
    printConfigAlone: french`--print-config FICHIER ne vérifie rien : ne donnez aucun autre chemin`,
    stdinFilenameAlone: french`--stdin-filename nomme ce que lit --stdin : ajoutez --stdin`,
    stdinNoPath: french`--stdin ne vérifie que l’entrée standard : ne donnez aucun chemin (nommez-la avec --stdin-filename)`,
    stdinFilenameEmpty: '--stdin-filename attend un nom de fichier',
    stdinTooLarge: (megabytes) =>
      french`l’entrée standard dépasse la limite de ${megabytes} Mo : ce n’est pas un blueprint`,
    ignored: (file, by) => french`${file} est ignoré (${by}) : non vérifié`,
    ignoresIn: (config) => `ignores dans ${config}`,
  },
  commander: {
    unknownOption: (option) => french`option inconnue « ${option} »`,
    unknownCommand: (command) => french`commande inconnue « ${command} »`,
    missingArgument: (argument) => french`argument obligatoire manquant « ${argument} »`,
    optionArgumentMissing: (option) => french`l’option « ${option} » attend une valeur`,
    tooManyArguments: (command, expected, got) =>
      `trop d’arguments${command === undefined ? '' : french` pour « ${command} »`}. ${count(expected, 'argument attendu', 'arguments attendus')}, ${got} reçus.`,
    didYouMean: (suggestion) => french`(Vouliez-vous dire ${suggestion} ?)`,
    didYouMeanOneOf: (suggestions) => french`(Vouliez-vous dire l’un de ${suggestions} ?)`,
  },
  files: {
    errors: {
      ENOENT: 'fichier introuvable',
      ENOTDIR: 'une partie de son chemin est un fichier, pas un dossier',
      EACCES: 'permission refusée',
      EPERM: 'permission refusée',
      EROFS: 'le système de fichiers est en lecture seule',
      EISDIR: 'c’est un dossier',
      ENOSPC: 'plus d’espace libre sur le périphérique',
      EFBIG: 'le fichier dépasse la taille que le système permet (une limite de taille de fichier)',
      EDQUOT: 'le quota disque est dépassé',
      ENAMETOOLONG: 'le nom est trop long',
      ELOOP: french`trop de liens symboliques en chemin (une boucle ?)`,
      EBUSY: 'le fichier est occupé',
      ETXTBSY: 'le fichier est occupé',
      EEXIST: 'un fichier s’y trouve déjà',
    },
    noFolder: 'son dossier n’existe pas',
    refused: (code) => `le système l’a refusé (${code})`,
    isFolder: (path) => `${path} est un dossier, pas un fichier`,
    notRegular: (path) => `${path} n’est pas un fichier ordinaire`,
    cannotRead: (path, why) => french`impossible de lire ${path} : ${why}`,
    noBlueprintIn: (path) => `aucun blueprint (*.blueprint.yaml ou *.blueprint.yml) trouvé dans ${path}`,
    noMatch: (pattern) => `aucun fichier ne correspond à ${pattern}`,
    noSuch: (path) => french`fichier ou dossier introuvable : ${path}`,
    brokenLink: (file) => `${file} est un lien symbolique qui ne mène nulle part (un lien cassé)`,
    outsideProject: (file, root) =>
      french`${file} mène hors du projet (${root}) : il n’a pas été lu, car les liens ne sont suivis qu’à l’intérieur du projet`,
    linkToOtherKind: (file, kind) =>
      french`${file} est un lien symbolique vers un fichier qui n’est pas ${kind} hors des dossiers cachés : il n’a pas été lu`,
    kinds: {
      blueprint: 'un blueprint (*.blueprint.yaml ou *.blueprint.yml)',
      config: (names) => `une configuration (${names})`,
    },
  },
  init: {
    takesOneOf: (flag, values, value, hint) =>
      french`${flag} accepte l’une des valeurs ${values}, reçu « ${value} ».${hint}`,
    didYouMean: (guess) => french` Vouliez-vous dire « ${guess} » ?`,
    empty: (flag) => `${flag} ne peut pas être vide.`,
    control: (flag) => `${flag} attend une seule ligne de texte, sans caractère de contrôle.`,
    tooLong: (flag, length) => french`${flag} accepte au plus 200 caractères, reçu ${length}.`,
    duration: (flag, value, hint) =>
      french`${flag} attend une durée comme 45min, 3h, 1h30, 2d ou PT1H30M, reçu « ${value} ».${hint}`,
    durationRange: (flag, min, max, value, actual) =>
      french`${flag} attend une durée totale entre ${min} et ${max}, reçu « ${value} » (${actual}).`,
    noTerminal: 'sans terminal',
    inCi: 'quand CI est défini',
    cannotAsk: (why) =>
      french`init ne peut pas poser de questions ${why} : passez --yes, avec --title, --lang, --starter, --duration, --modality, --audience, --level selon les besoins. Rien n’a été écrit.`,
    exists: (path) => french`${path} existe déjà : rien n’a été écrit (--force le remplace).`,
    titleTaken: (path) =>
      french`${path} existe déjà : choisissez un autre titre (ou lancez init avec --force).`,
    cancelled: french`init annulé : rien n’a été écrit.`,
    keys: { navigate: 'naviguer', select: 'choisir' },
    created: 'Créé\u00a0:',
    updated: 'Mis à jour\u00a0:',
    kept: 'Conservé (--force-config le remplace)\u00a0:',
    ciNoRepository: (ci, dir) =>
      french`--ci ${ci} écrit le pipeline à la racine du dépôt git, et ${dir} n’est dans aucun dépôt : lancez d’abord « git init ». Rien n’a été écrit.`,
    ciUnsafeFolder: (ci, folder) =>
      french`--ci ${ci} ne peut pas nommer le dossier ${folder} dans la commande du pipeline : écrivez le pipeline à la main (docs/ci.md). Rien n’a été écrit.`,
    forceConfigAlone: french`--force-config va avec --force : il remplace aussi une configuration existante.`,
    gitlabInclude:
      'Incluez le job GitLab depuis votre .gitlab-ci.yml (voir les premières lignes du fichier).',
    findings: (findings) =>
      french`le nouveau blueprint a ${count(findings, 'signalement', 'signalements')} avec les règles actuelles : merci de le signaler.`,
    next: 'Ensuite\u00a0:',
    notFolder: (path) => french`${path} existe et n’est pas un dossier : rien n’a été écrit.`,
    symlink: (path) =>
      french`${path} est un lien symbolique : init n’écrit jamais à travers un lien ; rien n’a été écrit.`,
    notRegularFile: (path) => french`${path} existe et n’est pas un fichier ordinaire : rien n’a été écrit.`,
    linkOut: (path, root) =>
      french`${path} est un lien symbolique qui mène hors de ${root} : rien n’a été écrit.`,
    appeared: french`un fichier est apparu pendant l’écriture : rien n’a été écrit (--force remplace les fichiers existants).`,
    couldNotWrite: (root, why, undone) =>
      french`impossible d’écrire dans ${root} : ${why}${undone ? french` ; rien n’a été écrit` : ''}.`,
    vscodeRefusal: (path, why) =>
      french`impossible de compléter ${path} : ${why} ; rien n’a été écrit (corrigez-le, ou lancez init sans --vscode).`,
    vscodeNotObject: (key) => `"${key}" n’est pas un objet`,
    vscodeNotList: (key) => `"${key}" n’est pas une liste`,
    vscodeNotRegular: 'ce n’est pas un fichier ordinaire',
    vscodeNotJson: (error, offset) =>
      `ce n’est pas du JSON avec commentaires (${error} à la position ${offset})`,
    vscodeNoObject: 'il ne contient pas un objet',
  },
  config: {
    unreadable: (message) => `configuration\u00a0: ${message}`,
    refused: (message) => `configuration\u00a0: ${message}`,
    tooLarge: (file) => french`${file} : le fichier de configuration est trop volumineux pour en être une`,
    notText: 'illisible',
    didYouMean: (guess) => french` Vouliez-vous dire « ${guess} » ?`,
    unknownPreset: (name, hint, presets) => french`preset inconnu « ${name} ».${hint} Presets : ${presets}`,
    alwaysOn: (rule) => french`« ${rule} » est toujours active et ne peut pas être configurée`,
    unknownRule: (rule, hint) =>
      french`règle inconnue « ${rule} ».${hint} Voir « blueprint explain » pour la liste.`,
    numbersNotSeverities: ' (des nombres comme 0, 1, 2 ne sont pas des sévérités ici)',
    notSeverity: (shown, rule, hint) =>
      french`${shown} n’est pas une sévérité pour « ${rule} » : utilisez off, warn ou error.${hint}`,
    settingShape: (rule) =>
      french`le réglage de « ${rule} » est une sévérité, ou une liste d’une sévérité et de ses options, comme [warn, { … }]`,
    noOptions: (rule) =>
      french`« ${rule} » n’a pas d’options : donnez sa sévérité seule, comme « ${rule}: warn »`,
    optionsShape: (rule, example) => french`les options de « ${rule} » sont un mapping, comme { ${example} }`,
    unknownOption: (name, rule, hint, options) =>
      french`option inconnue « ${name} » pour « ${rule} ».${hint} Options : ${options}`,
    optionValue: (name, rule, description, minimum, shown) =>
      french`l’option « ${name} » de « ${rule} » (${description}) doit être un nombre supérieur à ${minimum}, reçu ${shown}`,
    unknownLanguage: (key) => french`langue inconnue « ${key} » dans verbs`,
    unknownKey: (key) => french`clé inconnue « ${key} »`,
    known: (what, hint, known) => french`${what}.${hint} Connues : ${known}`,
    invalidValue: (path, message) => french`${path} : ${message ?? 'valeur invalide'}`,
    unknownLevel: (hint) => `niveau de Bloom inconnu${hint}`,
    levelOneOf: (levels) => french` : utilisez l’un de ${levels}`,
    levelGuess: (value, hint, levels) => french` « ${value} ».${hint} Niveaux : ${levels}`,
    expected: {
      '': 'une configuration est un mapping avec les clés extends, rules, ignores, verbs et locale',
      ignores: '`ignores` est une liste de motifs .gitignore, comme [archive/]',
      extends: '`extends` est une liste de presets, comme [recommended, qualiopi]',
      rules: '`rules` est un mapping règle: sévérité, comme { duration-under-budget: off }',
      verbs: '`verbs` est un mapping de langue (en, fr) vers des verbes, comme { fr: { négocier: [apply] } }',
      locale: french`\`locale\` est la langue des messages : en ou fr`,
    },
    presetShape: french`un preset est un nom : recommended ou qualiopi`,
    ignorePattern: 'un motif d’exclusion est un texte non vide, comme archive/',
    verbsShape: (language) =>
      french`verbs.${language} est un mapping verbe: [niveaux de Bloom], comme { négocier: [apply, create] }`,
    levelsShape: (verb) =>
      french`les niveaux de « ${verb} » sont une liste de niveaux de Bloom, comme [apply, create] ([] marque un verbe à éviter)`,
  },
  framework: {
    problem: (name, why) =>
      `le référentiel de compétences \`${name}\` (chemin relatif au dossier du blueprint) ${why}`,
    cannotBeUsed: (message) => french`ne peut pas être utilisé : ${message}`,
    overLimit: (megabytes) => `dépasse la limite de ${megabytes} Mo`,
    notUtf8: (place) => `n’est pas du texte UTF-8 (${place})`,
    forbiddenCharacter: (place) => `contient un caractère que YAML interdit (${place})`,
    notYaml: (place) => `n’est pas du YAML valide (${place})`,
    notFramework: (place, more) =>
      french`n’est pas un référentiel de compétences (${place}${more > 0 ? `, et ${count(more, 'autre problème', 'autres problèmes')}` : ''}) : un référentiel est un mapping avec \`items\`, une liste de { id, title } (son contenu n’est pas cité : ce n’est pas un blueprint)`,
    place: (line, column) => `ligne ${line}, colonne ${column}`,
    absolute: french`est un chemin absolu : nommez un fichier du projet, relatif au blueprint`,
    outside: (root) => french`est hors du projet (${root}) : il n’a pas été lu`,
    hidden: french`est un fichier caché ou dans un dossier caché : il n’a pas été lu`,
  },
  template: {
    notFound: (template, builtIns) =>
      french`modèle « ${template} » introuvable : utilisez ${builtIns} ou le chemin d’un fichier .liquid`,
    notFile: (template) => french`le modèle « ${template} » n’est pas un fichier`,
    computedFile: (tag) =>
      french`{% ${tag} %} doit nommer son fichier tel quel, et non le calculer à partir des données (comme {{ … }}) : écrivez {% ${tag} header.liquid %}`,
    outsideFolder: (file, folder) => `${file} est hors du dossier du modèle ${folder}`,
    tooLarge: (file, size, limit) =>
      `${file} fait ${size} octets, au-delà de la limite de ${limit} octets pour un modèle`,
    includeOutside: (name) =>
      french`impossible d’inclure "${name}" : un modèle ne peut inclure que des fichiers de son propre dossier`,
    includeMissing: (name) =>
      french`impossible d’inclure "${name}" : aucun fichier de ce nom dans le dossier du modèle (nommez-le sans guillemets, par ex. {% include header.liquid %})`,
    undefinedVariable: (message) =>
      `${message} (un modèle ne voit que \`blueprint\` et \`figures\`, et leurs propres clés)`,
    renderLimit: (message, seconds) =>
      french`${message} : le modèle a tourné plus de ${seconds} s et a été arrêté (une boucle sans fin ou énorme ?)`,
    memoryLimit: (message, items) =>
      french`${message} : le modèle a construit plus de ${items.toLocaleString('fr')} éléments de données et a été arrêté (une plage ou une boucle énorme ?)`,
    parseLimit: (message, characters) =>
      french`${message} : les modèles dépassent ${characters.toLocaleString('fr')} caractères`,
  },
  diff: {
    tooManyRevisions: (n) =>
      french`au plus deux révisions, reçu ${n} : mettez les chemins après --, comme dans blueprint diff main -- course.blueprint.yaml`,
    unknownFailOn: (name, hint) =>
      french`classe inconnue « ${name} » pour --fail-on.${hint} Voir blueprint diff --help`,
    couldNotCompare: (files) =>
      `${count(files, 'fichier n’a pas pu être comparé', 'fichiers n’ont pas pu être comparés')} (voir ci-dessus)`,
    failOnFound: (classes) => french`--fail-on : trouvé ${classes}`,
    noSuchFile: (name) => french`fichier introuvable : ${name}`,
    inNeither: (file) => `${file} n’existe dans aucune des deux versions`,
    noGit: french`git n’est pas installé (ou pas dans le PATH) : comparer avec une révision en a besoin`,
    notRepository: (cwd) =>
      french`${cwd} n’est dans aucun dépôt git : comparez plutôt deux fichiers (blueprint diff ANCIEN NOUVEAU)`,
    noWorkTree: (cwd) => `${cwd} est dans un dossier git sans copie de travail`,
    notRevision: (revision) =>
      french`« ${revision} » n’est pas une révision (une révision ne commence jamais par « - » ici)`,
    unknownRevision: (revision) =>
      french`révision inconnue « ${revision} » : aucun commit, branche ou tag ne porte ce nom`,
    outsideRepository: (path, root) => `${path} est hors du dépôt (${root})`,
    linkAt: (file, commit) => french`${file} est un lien symbolique en ${commit} : il n’a pas été lu`,
    notFileAt: (file, commit) => `${file} n’est pas un fichier en ${commit}`,
    overLimitAt: (file, megabytes, commit) =>
      french`${file} dépasse la limite de ${megabytes} Mo en ${commit} : ce n’est pas un blueprint`,
    tooLarge: (file) => `${file} est trop volumineux pour être un blueprint`,
    frameworkLeaves: french`sort du dépôt ou passe par un dossier caché : il n’a pas été lu`,
    frameworkAbsent: (commit) => `n’existe pas en ${commit}`,
    frameworkUnreadable: 'ne peut pas être lu à cette révision (un lien, un dossier, ou trop volumineux)',
  },
  explain: {
    alwaysOnStatus: (severity) =>
      french`toujours active, ${severity} ; ne peut être ni configurée ni désactivée`,
    presetStatus: (severity, preset) => french`${severity} dans le preset « ${preset} »`,
    unknownRule: (id, hint) =>
      french`règle inconnue « ${id} ».${hint} Lancez « blueprint explain » pour lister toutes les règles.`,
    alwaysOnHeading: 'Toujours actives (non configurables)\u00a0:',
    rulesHeading: 'Règles (sévérité dans le preset qui les active)\u00a0:',
    footer:
      'Lancez «\u00a0blueprint explain <règle>\u00a0» pour le pourquoi, des exemples et la configuration.',
    sections: {
      Why: 'Pourquoi',
      'Failing example': 'Exemple en échec',
      'Passing example': 'Exemple correct',
      Configure: 'Configurer',
    },
  },
};
