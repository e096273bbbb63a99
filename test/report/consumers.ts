import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { SaxesParser } from 'saxes';

const sarifSchema = JSON.parse(
  readFileSync(new URL('../fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'),
) as object;
// CommonJS packages: their class and function are on `.default` under NodeNext.
// unicodeRegExp off: the schema's `language` pattern has a stray `]`, legal only without the u flag
// (as in the JavaScript and .NET validators the schema was written for).
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validateSarifLog = ajv.compile(sarifSchema);

/** The SARIF 2.1.0 schema's complaints about a report (none when it is valid). */
export function sarifSchemaErrors(text: string): string[] {
  const log: unknown = JSON.parse(text);
  if (validateSarifLog(log)) return [];
  return (validateSarifLog.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** An XML element as a strict XML 1.0 parser read it. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses XML with saxes (a conformant XML 1.0 parser): any well-formedness error throws. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)])),
      children: [],
      text: '',
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('text', (content) => {
    const current = stack.at(-1);
    if (current) current.text += content;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(text).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** A workflow command as GitHub's runner reads it. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/**
 * Reads workflow commands the way GitHub's runner does (ActionCommand.TryParseV2): the line,
 * leading space trimmed, starts with `::`; the command runs to the next `::`; properties are
 * split on `,` then at the first `=`; values and message are unescaped in the runner's order.
 * Lines that are not commands come back as plain text.
 */
export function parseWorkflowCommands(output: string): { commands: WorkflowCommand[]; plain: string[] } {
  const commands: WorkflowCommand[] = [];
  const plain: string[] = [];
  for (const line of output.split('\n')) {
    const trimmed = line.trimStart();
    const end = trimmed.indexOf('::', 2);
    if (!trimmed.startsWith('::') || end === -1) {
      plain.push(line);
      continue;
    }
    const info = trimmed.slice(2, end);
    const space = info.indexOf(' ');
    const command = space === -1 ? info : info.slice(0, space);
    const properties: Record<string, string> = {};
    if (space !== -1) {
      for (const pair of info.slice(space + 1).split(',')) {
        if (pair === '') continue;
        const equals = pair.indexOf('=');
        if (equals === -1) throw new Error(`property without '=' in ${JSON.stringify(line)}`);
        properties[pair.slice(0, equals)] = unescapeProperty(pair.slice(equals + 1));
      }
    }
    commands.push({ command, properties, message: unescapeData(trimmed.slice(end + 2)) });
  }
  return { commands, plain };
}

function unescapeData(text: string): string {
  return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
}

function unescapeProperty(text: string): string {
  return text
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%3A', ':')
    .replaceAll('%2C', ',')
    .replaceAll('%25', '%');
}
