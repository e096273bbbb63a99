import { describe, expect, it } from 'vitest';
import { compileLexicon, loadLexicon } from '../../src/lexicon/lexicon.js';
import { readStatement } from '../../src/lexicon/reader.js';

const en = loadLexicon('en');
const fr = loadLexicon('fr');
/** The verbs found, as written. */
const verbsOf = (statement: string, lexicon = en) =>
  readStatement(statement, lexicon).verbs.map((verb) => verb.text);
const lemmasOf = (statement: string, lexicon = en) =>
  readStatement(statement, lexicon).verbs.map((verb) => verb.lemma);
const levelsOf = (statement: string, lexicon = en) => readStatement(statement, lexicon).levels;

describe('readStatement, English', () => {
  it.each([
    ['Learners will be able to design a database', 'design'],
    ['Students will be able to: list the stages', 'list'],
    ['By the end of this module, students will be able to define sustainability', 'define'],
    ['By the end of this module students will be able to define sustainability', 'define'],
    ['Upon successful completion of the course the learner should be able to solve equations', 'solve'],
    ['Be able to quote the relevant articles', 'quote'],
    ['The learner will list the documents', 'list'],
    ['Participants will critically appraise a trial', 'appraise'],
    ['The ability to calculate a ratio', 'calculate'],
    ['To identify the warning signs', 'identify'],
    ['This module will enable students to evaluate policies', 'evaluate'],
    ['- Recall the five stages', 'Recall'],
    ['At the end of the session delegates will: list the stages', 'list'],
    ['Objective 1: describe the water cycle', 'describe'],
  ])('drops the stem of "%s"', (statement, verb) => {
    expect(verbsOf(statement)).toEqual([verb]);
  });

  it.each([
    ['Critically evaluate the evidence', ['evaluate']],
    ['Effectively use questioning techniques', ['apply']],
    ['Confidently deliver a presentation', ['apply']],
    ['Critically discuss the role of the state', ['understand', 'analyze', 'evaluate']],
    ['Discuss critically the role of the state', ['understand', 'analyze', 'evaluate']],
    ['Creatively develop a brand identity', ['apply', 'create']],
  ])('skips leading adverbs, and "critically" signals evaluate: %s', (statement, levels) => {
    expect(levelsOf(statement)).toEqual(levels);
  });

  it.each([
    ['Designs a training session', 'design'],
    ['Designing a training session', 'design'],
    ['Designed a training session', 'design'],
    ['Identifies the main risks', 'identify'],
    ['Planning a project', 'plan'],
    ['Modelling the flow of materials', 'model'],
    ['Analyse the causes', 'analyze'],
    ['Analyze the causes', 'analyze'],
    ['Analysing the causes', 'analyze'],
    ['Organise evidence', 'organize'],
    ['Synthesise findings', 'synthesize'],
    ['Operationalise the research questions', 'operationalize'],
    ['Prioritise patient needs', 'prioritize'],
    ['Practise giving feedback', 'practise'],
    ['Carries out a risk assessment', 'carry out'],
  ])('takes the verb in any inflection and spelling: %s', (statement, lemma) => {
    expect(lemmasOf(statement)).toEqual([lemma]);
  });

  it.each([
    ['Demonstrate an understanding of the legal framework', 'Demonstrate an understanding of'],
    ['Demonstrate a sound knowledge of accounting standards', 'Demonstrate a sound knowledge of'],
    ['Develop an awareness of cultural differences', 'Develop an awareness of'],
    ['Have a good grasp of statistics', 'Have a good grasp of'],
    ['Be aware of the risks', 'Be aware of'],
    ['Be familiar with the policy', 'Be familiar with'],
    ['Learn about modern architecture', 'Learn about'],
    ['Understand the principles', 'Understand'],
    ['A critical understanding of research methods', 'A critical understanding of'],
    ['Gain knowledge of the main standards', 'Gain knowledge of'],
    ['Show awareness of the risks', 'Show awareness of'],
    ['Knowledge of the main standards', 'Knowledge of'],
    ['Familiarity with the main tools', 'Familiarity with'],
  ])('reads a verb to avoid in disguise as a whole, at the level it points at: %s', (statement, text) => {
    const reading = readStatement(statement, en);
    expect(reading.verbs.map((verb) => [verb.text, verb.measurable])).toEqual([[text, false]]);
    expect(reading.levels.every((level) => level === 'remember' || level === 'understand')).toBe(true);
    expect(reading.levels).toContain('understand');
  });

  it.each([
    ['Identification of the risks', 'Identification'],
    ['Analysis of the market', 'Analysis'],
  ])("reads a noun in the verb's place as a nominal form: %s", (statement, text) => {
    const [verb] = readStatement(statement, en).verbs;
    expect([verb?.text, verb?.nominal]).toEqual([text, true]);
  });

  it.each([
    ['Understand how to open a file for writing', 'Understand how to', ['apply']],
    ['Learn how to create a campaign', 'Learn how to', ['apply', 'create']],
    ['Know how to configure a router', 'Know how to', ['apply']],
  ])(
    'reads a phrase that hides a verb to avoid at the level of the verb after it: %s',
    (statement, text, levels) => {
      const reading = readStatement(statement, en);
      expect(reading.verbs.map((verb) => [verb.text, verb.measurable])).toEqual([[text, false]]);
      expect(reading.levels).toEqual(levels);
    },
  );

  it.each([
    ['Demonstrate the ability to design an experiment', 'design', ['create']],
    ['Demonstrate the ability to critically appraise guidelines', 'appraise', ['evaluate']],
    ['Show an ability to apply infection control', 'apply', ['apply']],
    ['Be able to configure a router', 'configure', ['apply']],
    ['Be proficient in writing essays', 'writing', ['apply', 'create']],
    ['Develop skills in using the microscope', 'using', ['apply']],
    ['Demonstrate proficiency in Excel', 'Demonstrate proficiency in', ['apply']],
    ['Compare and contrast two designs', 'Compare and contrast', ['understand', 'analyze']],
    ['Put into practice active listening', 'Put into practice', ['apply']],
    ['Come up with three ideas', 'Come up with', ['create']],
  ])('reads phrases through to their verb: %s', (statement, text, levels) => {
    const reading = readStatement(statement, en);
    expect(reading.verbs.map((verb) => verb.text)).toEqual([text]);
    expect(reading.levels).toEqual(levels);
  });

  it.each([
    ['Identify and explain the key features', ['Identify', 'explain']],
    ['Design, implement and evaluate an intervention', ['Design', 'implement', 'evaluate']],
    ['Apply or adapt the model', ['Apply', 'adapt']],
    ['Analyse data and evaluate the results', ['Analyse', 'evaluate']],
    ['Understand and apply the rules', ['Understand', 'apply']],
    ['Identify moves that create value and build trust', ['Identify']],
    ['Use pivot tables to summarise and compare data', ['Use']],
    ['List the uses and limits of a spreadsheet', ['List']],
    ['Explain the structure, use and maintenance of a boiler', ['Explain']],
    ['Describe the causes and effects of inflation', ['Describe']],
    ['Designs and evaluates a course', ['Designs', 'evaluates']],
    ['Identify (and name) the bones', ['Identify']],
  ])('collects verbs joined to the first, not those in clauses or nouns: %s', (statement, verbs) => {
    expect(verbsOf(statement)).toEqual(verbs);
  });

  it('reads several verbs at every level one of them expresses', () => {
    expect(levelsOf('Identify and design a solution')).toEqual([
      'remember',
      'understand',
      'analyze',
      'create',
    ]);
    expect(levelsOf('Explain what TDD is, and use it when creating new functions')).toEqual([
      'understand',
      'apply',
    ]);
    expect(levelsOf('Compare and explain two designs')).toEqual(['understand', 'analyze']);
  });

  it.each([
    ['Compare/contrast two designs', ['understand', 'analyze']],
    ['Re-run the pipeline', ['apply']],
    ['Reorder the columns', ['apply']],
    ['Uninstall the package', ['apply']],
  ])('reads slash pairs and prefixed verbs: %s', (statement, levels) => {
    expect(levelsOf(statement)).toEqual(levels);
  });

  it.each([
    ['Create a local Git repository', ['apply', 'create']],
    ['Define a function with two parameters', ['remember', 'understand', 'apply']],
    ['Evaluate expressions containing `and`', ['apply', 'evaluate']],
    ['Read tabular data from a file', ['understand', 'apply']],
    ['Create a marketing campaign for a new product', ['create']],
    ['Define sustainability', ['remember', 'understand']],
    ['Explain the pros and cons of each approach', ['understand', 'analyze']],
  ])('reads routine senses of verbs by their object, adding apply: %s', (statement, levels) => {
    expect(levelsOf(statement)).toEqual(levels);
  });

  it('reads the purpose of a verb of means: "use X to decide"', () => {
    expect(levelsOf('Use the theoretical speed-up to decide on an implementation')).toEqual([
      'apply',
      'evaluate',
    ]);
    expect(levelsOf('Utiliser un tableur pour analyser les ventes', fr)).toEqual(['apply', 'analyze']);
    expect(levelsOf('Write a script to decide on an implementation')).toEqual(['apply', 'create']);
  });

  it('does not read a name after a comma as a verb ("PHP, Composer and Laravel")', () => {
    expect(verbsOf('Describe the difference between PHP, Composer and Laravel')).toEqual(['Describe']);
  });

  it.each([
    ['Identify the bones of the hand', ['remember', 'understand', 'analyze']],
    ['Identify patterns in customer churn data', ['understand', 'analyze', 'evaluate']],
    ['Identify the root causes of a defect', ['understand', 'analyze', 'evaluate']],
    ['Identify, in a case file, the causes of a fall', ['remember', 'understand', 'analyze']],
    ['Determine whether a contract is valid', ['apply', 'analyze', 'evaluate']],
    ['Determine the factors that explain absenteeism', ['understand', 'analyze', 'evaluate']],
  ])(
    'reads a verb whose level depends on its object by the first words after it: %s',
    (statement, levels) => {
      expect(levelsOf(statement)).toEqual(levels);
    },
  );

  it('reads French cues too', () => {
    expect(levelsOf("Identifier les signes d'une hypoglycémie", fr)).toEqual([
      'remember',
      'understand',
      'analyze',
    ]);
    expect(levelsOf('Identifier les besoins de formation', fr)).toEqual([
      'understand',
      'analyze',
      'evaluate',
    ]);
    expect(levelsOf('Repérer les incohérences dans un dossier', fr)).toEqual([
      'understand',
      'analyze',
      'evaluate',
    ]);
    expect(levelsOf('Créer des formulaires HTML', fr)).toEqual(['apply', 'create']);
    expect(levelsOf('Créer une campagne de communication', fr)).toEqual(['create']);
  });

  it.each([
    'Various aspects of marketing',
    'Introduction to statistics',
    '',
    '   ',
    'Students will be able to',
  ])('finds no verb in "%s"', (statement) => {
    expect(readStatement(statement, en)).toEqual({ verbs: [], levels: [] });
  });

  it.each([
    ['Introduce the basics of version control', 'teacher', 'Introduce'],
    ['Provide learners with the fundamental concepts', 'teacher', 'Provide learners with'],
    ['This course introduces the main tools', 'teacher', 'This course introduces'],
    ['Participate in a group discussion', 'activity', 'Participate in'],
    ['Practice a short introduction', 'activity', 'Practice'],
    ['Reflect on the course', 'activity', 'Reflect on'],
    ['We will see what words co-occur', 'activity', 'We will see'],
  ])('tells a statement that is not a learner outcome: %s', (statement, voice, text) => {
    expect(readStatement(statement, en).voice).toMatchObject({ voice, text });
  });

  it.each(['Present your findings to the class', 'Provide feedback to a peer', 'Introduce a variable'])(
    'reads "%s" as a learner outcome',
    (statement) => {
      expect(readStatement(statement, en).voice).toBeUndefined();
    },
  );

  it('gives the offsets of the verb in the statement as given', () => {
    const statement = 'Learners will be able to critically appraise a trial';
    const [verb] = readStatement(statement, en).verbs;
    expect(statement.slice(verb?.start, verb?.end)).toBe('appraise');
  });
});

describe('readStatement, French', () => {
  it.each([
    ['Être capable de rédiger un courriel', 'rédiger'],
    ["Être capable d'expliquer le rôle du CSE", 'expliquer'],
    ['Etre capable de citer les articles', 'citer'],
    ['Le stagiaire sera capable de nommer les contrats', 'nommer'],
    ['Les participants seront capables de concevoir un parcours', 'concevoir'],
    ["À l'issue de la formation, le stagiaire sera capable d'analyser un bilan", 'analyser'],
    ["A l'issue de la formation, les participants sauront identifier les risques", 'identifier'],
    ['Le stagiaire sera en mesure de réaliser une soudure', 'réaliser'],
    ['Être en mesure de manipuler les charges', 'manipuler'],
    ['Savoir utiliser un logiciel de traitement de texte', 'utiliser'],
    ['Savoir concevoir une grille', 'concevoir'],
    ['Efficacement gérer son temps', 'gérer'],
    ['De manière autonome, réaliser un audit', 'réaliser'],
    ['Le stagiaire conçoit un déroulé', 'conçoit'],
    ['À la fin de la formation, vous serez capable de rédiger une note', 'rédiger'],
    ['Acquérir les compétences nécessaires pour animer une réunion', 'animer'],
    ['Objectif 2 : sensibiliser les équipes au tri', 'sensibiliser'],
    ['Analyse les écarts entre le prévisionnel et le réalisé', 'Analyse'],
  ])('drops the stem and adverbs of "%s"', (statement, verb) => {
    expect(verbsOf(statement, fr)).toEqual([verb]);
  });

  it('reads "Savoir" alone as a verb to avoid, and "Savoir" before an infinitive as a stem', () => {
    expect(
      readStatement('Savoir les règles de priorité', fr).verbs.map((verb) => [verb.lemma, verb.measurable]),
    ).toEqual([['savoir', false]]);
    expect(levelsOf('Savoir expliquer les règles', fr)).toEqual(['understand']);
  });

  it.each([
    ["S'approprier les outils numériques", 's’approprier', ['understand', 'apply']],
    ['S’approprier les outils numériques', 's’approprier', ['understand', 'apply']],
    ["Se repérer dans l'organigramme", 'se repérer', ['remember', 'understand']],
    ['Se positionner de façon argumentée', 'se positionner', ['evaluate']],
    ['Mettre en œuvre une démarche', 'mettre en œuvre', ['apply']],
    ['Mettre en oeuvre une démarche', 'mettre en œuvre', ['apply']],
    ['Met en œuvre une démarche', 'mettre en œuvre', ['apply']],
    [
      'Être sensibilisé aux risques',
      'être (sensibilisé|sensibilisée|sensibilisés|sensibilisées) (à|aux|au)?',
      ['remember', 'understand'],
    ],
    [
      'Avoir des notions de comptabilité',
      'avoir (des|une|les|de|quelques)? (notions|notion) (de|des|du|sur)?',
      ['remember', 'understand'],
    ],
    ["Faire preuve d'esprit critique", 'faire preuve (de|d) esprit critique', ['evaluate']],
    ["Faire preuve d'assertivité", 'faire preuve (de|du|des)?', ['apply']],
    ['Identification des risques', 'identification', ['remember', 'analyze']],
  ])('reads elisions, reflexives and phrases: %s', (statement, lemma, levels) => {
    const [verb] = readStatement(statement, fr).verbs;
    expect(verb?.lemma.replace("'", '’')).toBe(lemma.replace("'", '’'));
    expect(verb?.levels).toEqual(levels);
  });

  it('folds accents, NFD and the œ ligature', () => {
    const nfc = 'Élaborer un plan de formation';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(lemmasOf(nfd, fr)).toEqual(['élaborer']);
    expect(lemmasOf('Elaborer un plan', fr)).toEqual(['élaborer']);
    expect(lemmasOf('ÉVALUER la conformité', fr)).toEqual(['évaluer']);
    expect(lemmasOf('Maitriser les outils', fr)).toEqual(['maîtriser']);
  });

  it.each([
    ['conçoivent', 'concevoir'],
    ['rédigent', 'rédiger'],
    ['identifie', 'identifier'],
    ['choisit', 'choisir'],
    ['construit', 'construire'],
    ['analysant', 'analyser'],
    ['rédigeant', 'rédiger'],
    ['identifiera', 'identifier'],
  ])('takes conjugated forms: %s', (form, lemma) => {
    expect(lemmasOf(`Le stagiaire ${form} un document`, fr)).toEqual([lemma]);
  });

  it.each([
    ['Analyser et concevoir un dispositif', ['Analyser', 'concevoir']],
    ['Élaborer puis présenter un plan', ['Élaborer', 'présenter']],
    ["Construire une séquence puis l'animer", ['Construire', 'animer']],
    ['Identifier ou classer les déchets', ['Identifier', 'classer']],
    ['Connaître et appliquer les règles', ['Connaître', 'appliquer']],
    ['Connaître les principes et savoir les appliquer', ['Connaître', 'appliquer']],
    ['Identifier les risques et se repérer dans les locaux', ['Identifier', 'se repérer']],
    ["Identifier les leviers qui permettent de réduire les coûts et d'améliorer la qualité", ['Identifier']],
    ['Utiliser les outils pour produire et diffuser des documents', ['Utiliser']],
    ['Comparer et contraster deux approches', ['Comparer et contraster']],
    ['Rédiger un compte rendu clair et concis', ['Rédiger']],
  ])('collects joined verbs: %s', (statement, verbs) => {
    expect(verbsOf(statement, fr)).toEqual(verbs);
  });

  it.each(['Les bases de la comptabilité', 'Initiation à Excel', 'Savoir-être en entreprise'])(
    'finds no verb in "%s"',
    (statement) => {
      expect(readStatement(statement, fr).verbs).toEqual([]);
    },
  );
});

describe('compileLexicon with extra verbs', () => {
  it('adds levels to a known verb, adds new verbs and phrases, and [] makes a verb to avoid', () => {
    const extended = compileLexicon(en.data, {
      negotiate: ['create'],
      wireframe: ['create', 'analyse'],
      'stand up': ['apply'],
      explain: [],
    });
    expect(levelsOf('Negotiate a deal', extended)).toEqual(['apply', 'create']);
    expect(levelsOf('Wireframes a page', extended)).toEqual(['analyze', 'create']);
    expect(levelsOf('Stand up a server', extended)).toEqual(['apply']);
    expect(readStatement('Explain the rules', extended).verbs[0]?.measurable).toBe(false);
    expect(levelsOf('Negotiate a deal')).toEqual(['apply']);
  });
});
