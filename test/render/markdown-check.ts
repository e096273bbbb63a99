import { lexer, type Token, type Tokens } from 'marked';

/** Cells of one table line as GFM reads them: split on unescaped pipes, outer pipes dropped. */
export function tableCells(line: string): string[] {
  const trimmed = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return trimmed.split(/(?<!\\)\|/);
}

function* walk(tokens: readonly Token[]): Generator<Token> {
  for (const token of tokens) {
    yield token;
    const nested = token as { tokens?: Token[]; items?: Token[] };
    if (nested.items) yield* walk(nested.items);
    if (nested.tokens) yield* walk(nested.tokens);
  }
}

/**
 * What is wrong with a Markdown document as a reader would see it, parsed by marked (GFM):
 * tables whose rows do not all have the header's column count, lines that look like table
 * rows but did not become a table (no separator), headings that skip a level or a document
 * that does not start with a level-1 heading, Liquid tags left in the text, and Mermaid
 * bar charts whose bars and axis labels differ in number. Empty when the document is sound.
 */
export function markdownProblems(text: string): string[] {
  const problems: string[] = [];
  const tokens = lexer(text, { gfm: true });
  let previousDepth = 0;
  for (const token of walk(tokens)) {
    if (token.type === 'heading') {
      const { depth, text: title } = token as Tokens.Heading;
      if (previousDepth === 0 && depth !== 1)
        problems.push(`first heading "${title}" is level ${depth}, not 1`);
      if (previousDepth > 0 && depth > previousDepth + 1)
        problems.push(`heading "${title}" is level ${depth} right after a level ${previousDepth}`);
      previousDepth = depth;
    }
    if (token.type === 'table') {
      const lines = token.raw.trimEnd().split('\n');
      const width = tableCells(lines[0] ?? '').length;
      if (!/^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/.test(lines[1]?.trim() ?? ''))
        problems.push(`table "${lines[0]}" has no header separator`);
      for (const line of lines) {
        const count = tableCells(line).length;
        if (count !== width) problems.push(`table row has ${count} cells, the header ${width}: ${line}`);
      }
    }
    if (token.type === 'paragraph') {
      for (const line of token.raw.split('\n')) {
        if (/^\s*\|.*\|\s*$/.test(line)) problems.push(`table-like line outside a table: ${line}`);
      }
    }
    if (token.type === 'code' && (token as Tokens.Code).lang === 'mermaid') {
      const code = (token as Tokens.Code).text;
      const axis = /x-axis \[(.*)\]/.exec(code)?.[1];
      const bars = /bar \[(.*)\]/.exec(code)?.[1];
      if (axis !== undefined && bars !== undefined) {
        const labels = axis.match(/"[^"]*"/g) ?? [];
        const values = bars.split(',').map((value) => value.trim());
        if (labels.length !== values.length || values.some((value) => !/^\d+(\.\d+)?$/.test(value)))
          problems.push(`mermaid chart has ${labels.length} labels and bars [${bars}]`);
      }
    }
  }
  for (const [index, line] of text.split('\n').entries()) {
    if (/\{\{|\}\}|\{%|%\}/.test(line)) problems.push(`line ${index + 1} has a Liquid tag left: ${line}`);
  }
  return [...new Set(problems)];
}
