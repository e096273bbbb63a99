import MarkdownIt from 'markdown-it';
import { main as markdownlint } from 'markdownlint-cli2';
import { lexer, parseInline, type Token, type Tokens } from 'marked';

/** What a reader gets from a Markdown document: its headings, list items and table cells, as plain text. */
export interface Structure {
  headings: string[];
  items: string[];
  tables: string[][][];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/** Inline HTML as the text a reader sees: tags dropped, entities decoded, spaces squeezed. */
function plain(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_whole, name: string) => entities[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

const inlineWithMarked = (raw: string) => plain(parseInline(raw, { gfm: true }) as string);

/** The structure of a document as `marked` (GFM) reads it, in document order. */
export function readWithMarked(text: string): Structure {
  const structure: Structure = { headings: [], items: [], tables: [] };
  const visit = (tokens: readonly Token[], depth: number) => {
    for (const token of tokens) {
      if (token.type === 'heading') {
        const heading = token as Tokens.Heading;
        structure.headings.push(`${'#'.repeat(heading.depth)} ${inlineWithMarked(heading.text)}`);
      } else if (token.type === 'list') {
        for (const item of (token as Tokens.List).items) {
          const first = item.tokens.find((child) => child.type === 'text' || child.type === 'paragraph');
          const task = item.task ? `[${item.checked ? 'x' : ' '}] ` : '';
          structure.items.push(
            `${depth}:${task}${first ? inlineWithMarked((first as Tokens.Text).text) : ''}`,
          );
          visit(item.tokens, depth + 1);
        }
      } else if (token.type === 'table') {
        const table = token as Tokens.Table;
        structure.tables.push(
          [table.header, ...table.rows].map((row) => row.map((cell) => inlineWithMarked(cell.text))),
        );
      } else if ('tokens' in token && token.tokens) {
        visit(token.tokens, depth);
      }
    }
  };
  visit(lexer(text, { gfm: true }), 0);
  return structure;
}

const markdownIt = new MarkdownIt('default', { html: false, linkify: false });

/** The structure of a document as `markdown-it` (CommonMark with GFM tables) reads it. */
export function readWithMarkdownIt(text: string): Structure {
  const structure: Structure = { headings: [], items: [], tables: [] };
  const tokens = markdownIt.parse(text, {});
  const inlineAfter = (index: number) => {
    const next = tokens
      .slice(index + 1)
      .find((token) => token.type === 'inline' || token.type.endsWith('_close'));
    return next?.type === 'inline' ? plain(markdownIt.renderInline(next.content)) : '';
  };
  let listDepth = 0;
  let row: string[] | undefined;
  let table: string[][] | undefined;
  for (const [index, token] of tokens.entries()) {
    if (token.type === 'heading_open') structure.headings.push(`${token.markup} ${inlineAfter(index)}`);
    else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') listDepth += 1;
    else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') listDepth -= 1;
    else if (token.type === 'list_item_open') {
      // markdown-it keeps a task box as text: "[ ] …", as marked's `task` is written above.
      structure.items.push(`${listDepth - 1}:${inlineAfter(index)}`);
    } else if (token.type === 'table_open') table = [];
    else if (token.type === 'table_close' && table) {
      structure.tables.push(table);
      table = undefined;
    } else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close' && row) {
      table?.push(row);
      row = undefined;
    } else if (token.type === 'th_open' || token.type === 'td_open') row?.push(inlineAfter(index));
  }
  return structure;
}

/**
 * The problems `markdownlint-cli2` reports in documents given by name, with its default rules
 * but line length (MD013): one line each, `name:line rule description`. Empty when all pass.
 */
export async function lintMarkdown(documents: Record<string, string>, directory: string): Promise<string[]> {
  const problems: string[] = [];
  await markdownlint({
    directory,
    argv: [],
    nonFileContents: documents,
    optionsOverride: { config: { default: true, MD013: false } },
    noImport: true,
    logError: (message: string) => problems.push(message),
  });
  return problems;
}
