/**
 * The server's side of rich text (docs/adr/0023-rich-text.md): every value of a field declared `richText()`
 * is sanitised here, by sanitize-html, on its way into the database – whatever path it came by (the API, a
 * data-package import, the CLI, a job) – because the one write path (context.ts) calls `cleanRichText` for
 * every insert and update. The format and its readers are pure and shared with the browser (core/rich-text.ts).
 *
 * Server only: sanitize-html (with htmlparser2 and postcss) must never reach the browser's bundle.
 */
import { createRequire } from 'node:module';
import type sanitizeHtml from 'sanitize-html';
import type { AnyEntity } from '#core/entity.ts';
import { blocksToHtml, looksLikeHtml, richTextToBlocks, safeHref } from '#core/rich-text.ts';
import { isRichTextField } from '#core/validation.ts';

export type { ListBlock, ListItem, ParagraphBlock, RichTextBlock, TextRun } from '#core/rich-text.ts';
export { richTextToBlocks, richTextToPlain } from '#core/rich-text.ts';

const require = createRequire(import.meta.url);
let loaded: typeof sanitizeHtml | null = null;

/**
 * sanitize-html, loaded when the first HTML is cleaned rather than when the server starts: with htmlparser2
 * and postcss it is some fifty CommonJS files, 75 ms of a start (ADR 0010) that most starts never use.
 */
function sanitizer(): typeof sanitizeHtml {
  loaded ??= require('sanitize-html') as typeof sanitizeHtml;
  return loaded;
}

/** Block-level elements of pasted HTML, read as paragraphs so that their text does not run together. */
const AS_PARAGRAPH = ['div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article'];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Everything else goes; its text stays – but not the text of elements that are not text.
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'xmp', 'iframe', 'template', 'title'],
  // A fragment, not a page: text outside a stray <html> is kept.
  enforceHtmlBoundary: false,
  transformTags: {
    b: 'strong',
    i: 'em',
    ...Object.fromEntries(AS_PARAGRAPH.map((tag) => [tag, 'p'])),
    // A link keeps only an address that is absolute http, https or mailto, as the browser would read it;
    // any other loses the link and keeps its text (a span is not allowed, so it is discarded).
    a: (_tag, attribs): sanitizeHtml.Tag => {
      const href = attribs.href === undefined ? null : safeHref(attribs.href);
      return href === null ? { tagName: 'span', attribs: {} } : { tagName: 'a', attribs: { href } };
    },
  },
};

/**
 * A value as it may be stored: the HTML subset only, in its one canonical form (so sanitising twice gives
 * the same, and an unchanged text is no change). Plain text – what was written before, and what imports
 * bring – becomes paragraphs: a blank line between paragraphs, a single line break kept. Nothing left to
 * show gives null.
 */
export function sanitizeRichText(input: string | null | undefined): string | null {
  if (input == null) {
    return null;
  }
  const clean = looksLikeHtml(input) ? sanitizer()(input, OPTIONS) : input;
  // Parsed and written again: the library's output is safe; this makes it the subset's one form, with
  // links carrying rel="noopener noreferrer", and loose text in paragraphs.
  const blocks = richTextToBlocks(looksLikeHtml(input) && !looksLikeHtml(clean) ? `<p>${clean}</p>` : clean);
  return blocks.length === 0 ? null : blocksToHtml(blocks);
}

const richFields = new WeakMap<AnyEntity, readonly string[]>();

/** The entity's fields declared `richText()`, found once. */
function richTextFieldsOf(entity: AnyEntity): readonly string[] {
  let fields = richFields.get(entity);
  if (fields === undefined) {
    fields = Object.entries(entity.fields)
      .filter(([, schema]) => isRichTextField(schema))
      .map(([name]) => name);
    richFields.set(entity, fields);
  }
  return fields;
}

/** The values with every rich-text field sanitised; the others as they are. */
export function cleanRichText<V extends object>(entity: AnyEntity, values: V): V {
  const fields = richTextFieldsOf(entity);
  if (fields.length === 0) {
    return values;
  }
  const cleaned: Record<string, unknown> = { ...(values as Record<string, unknown>) };
  for (const field of fields) {
    const value = cleaned[field];
    if (typeof value === 'string') {
      cleaned[field] = sanitizeRichText(value);
    }
  }
  return cleaned as V;
}
