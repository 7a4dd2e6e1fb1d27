/**
 * The rich text that assessments, comments and narratives are written in (docs/adr/0023-rich-text.md): a
 * small HTML subset – p, ul, ol, li, strong, em, a[href], br – and the block model that documents render
 * from it (paragraphs and lists of runs, each run bold, italic and/or a link).
 *
 * Pure and without packages, so that the browser (RichTextView), the server and the document renderers all
 * read the format the same way. Security does not rest on this parser: the server sanitises every stored
 * value with sanitize-html (src/platform/rich-text.ts). What this parser gives back can only ever be text
 * and the elements above, with links to http, https and mailto – whatever it is fed.
 */

/** A piece of text with its marks; "\n" in `text` is a line break. */
export interface TextRun {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** An http:, https: or mailto: address, or null. */
  readonly href: string | null;
}

export interface ListItem {
  readonly runs: readonly TextRun[];
  /** Lists nested under the item. */
  readonly lists: readonly ListBlock[];
}

export interface ListBlock {
  readonly type: 'bulletList' | 'orderedList';
  readonly items: readonly ListItem[];
}

export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly runs: readonly TextRun[];
}

export type RichTextBlock = ParagraphBlock | ListBlock;

/** The schemes a link may have; anything else (javascript:, data:, vbscript:, relative) loses its link. */
export const LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:'];

/**
 * The address a link may point at, normalised as a browser reads it (so "java\tscript:" is seen as the
 * javascript: it is), or null.
 */
export function safeHref(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return LINK_SCHEMES.includes(url.protocol) ? url.href : null;
}

/** A complete tag (or a comment): text without one is plain text, as every value written before this was. */
const TAG = /<(?:\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?|!--[\s\S]*?--)>/i;

/** Whether a stored value is the HTML subset, rather than the plain text written before it existed. */
export function looksLikeHtml(text: string): boolean {
  return TAG.test(text);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** Elements whose content is not text to show: skipped whole. */
const SKIPPED = new Set(['script', 'style', 'textarea', 'noscript', 'iframe', 'template', 'title', 'xmp']);

/** Elements read as a paragraph of their own (pasted headings, divs). */
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section']);

/** Tags, comments and the text between them. */
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-z][a-z0-9-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>|[^<]+|</gi;

function attribute(attributes: string, name: string): string | null {
  const pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
  const match = pattern.exec(attributes);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : null;
}

interface MutableItem {
  runs: TextRun[];
  lists: MutableList[];
}
interface MutableList {
  type: ListBlock['type'];
  items: MutableItem[];
}
interface OpenList {
  list: MutableList;
  item: MutableItem | null;
}

/** Reads the subset (or any HTML, tolerantly) into blocks; not yet trimmed or merged. */
class BlockReader {
  readonly blocks: (ParagraphBlock | MutableList)[] = [];
  private paragraph: TextRun[] | null = null;
  private readonly lists: OpenList[] = [];
  private bold = 0;
  private italic = 0;
  private readonly links: (string | null)[] = [];

  text(text: string): void {
    const target = this.target();
    target.push({
      text,
      bold: this.bold > 0,
      italic: this.italic > 0,
      href: this.links.at(-1) ?? null,
    });
  }

  /** Where text goes: the open list item (one is opened for text loose in a list), else a paragraph. */
  private target(): TextRun[] {
    const open = this.lists.at(-1);
    if (open) {
      if (open.item === null) {
        open.item = { runs: [], lists: [] };
        open.list.items.push(open.item);
      }
      return open.item.runs;
    }
    if (this.paragraph === null) {
      this.paragraph = [];
      this.blocks.push({ type: 'paragraph', runs: this.paragraph });
    }
    return this.paragraph;
  }

  /** A paragraph's end: a new paragraph at the top, a line break inside a list item. */
  paragraphBreak(): void {
    const open = this.lists.at(-1);
    if (open) {
      // One line break between a list item's paragraphs, however many tags close and open there.
      if (open.item && open.item.runs.length > 0 && !open.item.runs.at(-1)?.text.endsWith('\n')) {
        this.lineBreak();
      }
      return;
    }
    this.paragraph = null;
  }

  lineBreak(): void {
    this.text('\n');
  }

  openList(type: ListBlock['type']): void {
    const list: MutableList = { type, items: [] };
    const open = this.lists.at(-1);
    if (open) {
      if (open.item === null) {
        open.item = { runs: [], lists: [] };
        open.list.items.push(open.item);
      }
      open.item.lists.push(list);
    } else {
      this.paragraph = null;
      this.blocks.push(list);
    }
    this.lists.push({ list, item: null });
  }

  closeList(): void {
    this.lists.pop();
    if (this.lists.length === 0) {
      this.paragraph = null;
    }
  }

  openItem(): void {
    const open = this.lists.at(-1);
    if (!open) {
      this.paragraphBreak();
      return;
    }
    open.item = { runs: [], lists: [] };
    open.list.items.push(open.item);
  }

  closeItem(): void {
    const open = this.lists.at(-1);
    if (open) {
      open.item = null;
    }
  }

  mark(name: 'bold' | 'italic', opening: boolean): void {
    this[name] = Math.max(0, this[name] + (opening ? 1 : -1));
  }

  link(href: string | null | undefined): void {
    if (href === undefined) {
      this.links.pop();
    } else {
      this.links.push(href === null ? null : safeHref(href));
    }
  }
}

function readTag(reader: BlockReader, closing: boolean, name: string, attributes: string): void {
  if (BLOCKS.has(name)) {
    reader.paragraphBreak();
  } else if (name === 'br') {
    reader.lineBreak();
  } else if (name === 'ul' || name === 'ol') {
    if (closing) {
      reader.closeList();
    } else {
      reader.openList(name === 'ul' ? 'bulletList' : 'orderedList');
    }
  } else if (name === 'li') {
    if (closing) {
      reader.closeItem();
    } else {
      reader.openItem();
    }
  } else if (name === 'strong' || name === 'b') {
    reader.mark('bold', !closing);
  } else if (name === 'em' || name === 'i') {
    reader.mark('italic', !closing);
  } else if (name === 'a') {
    reader.link(closing ? undefined : attribute(attributes, 'href'));
  }
}

function readHtml(html: string): BlockReader {
  const reader = new BlockReader();
  TOKEN.lastIndex = 0;
  let skipUntil: string | null = null;
  for (let match = TOKEN.exec(html); match !== null; match = TOKEN.exec(html)) {
    const [token, slash, rawName, attributes = ''] = match;
    const name = rawName?.toLowerCase();
    if (skipUntil !== null) {
      if (slash && name === skipUntil) {
        skipUntil = null;
      }
    } else if (token.startsWith('<!--')) {
      // A comment: nothing to show.
    } else if (name === undefined) {
      // HTML's own rule: runs of white space (line breaks included) are one space.
      reader.text(decodeEntities(token).replace(/[ \t\n\r\f]+/g, ' '));
    } else if (SKIPPED.has(name)) {
      skipUntil = slash ? null : name;
    } else {
      readTag(reader, slash === '/', name, attributes);
    }
  }
  return reader;
}

/** Plain text as blocks: a blank line starts a new paragraph, a single line break stays a line break. */
function readPlain(text: string): BlockReader {
  const reader = new BlockReader();
  for (const paragraph of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n\s*/)) {
    paragraph.split('\n').forEach((line, index) => {
      if (index > 0) {
        reader.lineBreak();
      }
      reader.text(line.replace(/[ \t\f]+/g, ' '));
    });
    reader.paragraphBreak();
  }
  return reader;
}

function sameMarks(a: TextRun, b: TextRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.href === b.href;
}

/**
 * Runs as they are shown: no space at the start or end of a line, one space between words, no empty
 * runs, neighbours with the same marks joined, no line break first or last.
 */
function tidyRuns(runs: readonly TextRun[]): TextRun[] {
  const tidy: TextRun[] = [];
  let lineStart = true;
  for (const run of runs) {
    let text = run.text.replace(/ *\n */g, '\n');
    if (lineStart) {
      text = text.replace(/^ +/, '');
    }
    if (text === '') {
      continue;
    }
    lineStart = text.endsWith('\n');
    const last = tidy.at(-1);
    if (last && sameMarks(last, run)) {
      tidy[tidy.length - 1] = { ...last, text: `${last.text}${text}`.replace(/ {2,}/g, ' ') };
    } else {
      if (last?.text.endsWith(' ') && text.startsWith(' ')) {
        text = text.slice(1);
      }
      if (text !== '') {
        tidy.push({ ...run, text });
      }
    }
  }
  return trimEnds(tidy);
}

/** Drops the white space and line breaks at either end of a block; runs that are left empty go. */
function trimEnds(runs: TextRun[]): TextRun[] {
  const trimmed = runs.map((run) => ({ ...run }));
  while (trimmed.length > 0) {
    const first = trimmed[0] as TextRun;
    const text = first.text.replace(/^[ \n]+/, '');
    if (text !== '') {
      trimmed[0] = { ...first, text };
      break;
    }
    trimmed.shift();
  }
  while (trimmed.length > 0) {
    const last = trimmed.at(-1) as TextRun;
    const text = last.text.replace(/[ \n]+$/, '');
    if (text !== '') {
      trimmed[trimmed.length - 1] = { ...last, text };
      break;
    }
    trimmed.pop();
  }
  return trimmed;
}

function tidyList(list: MutableList): ListBlock | null {
  const items = list.items
    .map((item) => ({
      runs: tidyRuns(item.runs),
      lists: item.lists.map(tidyList).filter((nested): nested is ListBlock => nested !== null),
    }))
    .filter((item) => item.runs.length > 0 || item.lists.length > 0);
  return items.length > 0 ? { type: list.type, items } : null;
}

/**
 * The blocks of a stored value: the HTML subset, or – for text written before it, which has no tags –
 * plain text, a blank line between paragraphs. Empty paragraphs, items and lists are left out.
 */
export function richTextToBlocks(value: string | null | undefined): RichTextBlock[] {
  if (value == null) {
    return [];
  }
  const reader = looksLikeHtml(value) ? readHtml(value) : readPlain(value);
  return reader.blocks
    .map((block): RichTextBlock | null => {
      if (block.type === 'paragraph') {
        const runs = tidyRuns(block.runs);
        return runs.length > 0 ? { type: 'paragraph', runs } : null;
      }
      return tidyList(block);
    })
    .filter((block): block is RichTextBlock => block !== null);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function runToHtml(run: TextRun): string {
  let html = escapeText(run.text).replace(/\n/g, '<br>');
  if (run.italic) {
    html = `<em>${html}</em>`;
  }
  if (run.bold) {
    html = `<strong>${html}</strong>`;
  }
  if (run.href !== null) {
    html = `<a href="${escapeText(run.href).replace(/"/g, '&quot;')}" rel="noopener noreferrer">${html}</a>`;
  }
  return html;
}

function listToHtml(list: ListBlock): string {
  const tag = list.type === 'bulletList' ? 'ul' : 'ol';
  const items = list.items.map(
    (item) => `<li>${item.runs.map(runToHtml).join('')}${item.lists.map(listToHtml).join('')}</li>`,
  );
  return `<${tag}>${items.join('')}</${tag}>`;
}

/** Blocks as the stored HTML: one way to write each, so reading it back gives the same blocks. */
export function blocksToHtml(blocks: readonly RichTextBlock[]): string {
  return blocks
    .map((block) =>
      block.type === 'paragraph' ? `<p>${block.runs.map(runToHtml).join('')}</p>` : listToHtml(block),
    )
    .join('');
}

function runsToPlain(runs: readonly TextRun[]): string {
  return runs
    .map((run) =>
      run.href !== null && run.href !== run.text && `mailto:${run.text}` !== run.href
        ? `${run.text} (${run.href})`
        : run.text,
    )
    .join('');
}

function listToPlain(list: ListBlock, depth: number): string[] {
  const indent = '  '.repeat(depth);
  return list.items.flatMap((item, index) => [
    `${indent}${list.type === 'bulletList' ? '•' : `${index + 1}.`} ${runsToPlain(item.runs).replace(/\n/g, `\n${indent}  `)}`,
    ...item.lists.flatMap((nested) => listToPlain(nested, depth + 1)),
  ]);
}

/**
 * The text without its formatting, for CSV and Excel cells, footnotes and search: paragraphs apart by a
 * blank line, list items on lines of their own ("• ", "1. "), a link's address after its text.
 */
export function richTextToPlain(value: string | null | undefined): string {
  return richTextToBlocks(value)
    .map((block) => (block.type === 'paragraph' ? runsToPlain(block.runs) : listToPlain(block, 0).join('\n')))
    .join('\n\n');
}
