/**
 * A document: what it is (metadata) and its blocks in order. The cover and the table of contents are not
 * stored in it but derived – the cover from the metadata, the contents from the headings – so they cannot
 * disagree with the text (docs/adr/0027-documents.md).
 */
import type { DocumentBlock, HeadingBlock } from '#core/document.ts';

/**
 * annual (verksamhetsberättelse), interim (delårsrapport), budget (förvaltningsbudget) and
 * internalControlPlan (the year's internkontrollplan, approved by the board as the others) and municipal
 * (the municipality-wide compilation of every board's part).
 */
export const DOCUMENT_TYPES = ['annual', 'interim', 'budget', 'internalControlPlan', 'municipal'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The types as the API's description and the command line's help name them. */
export const DOCUMENT_TYPE_HELP =
  'annual (verksamhetsberättelse), interim (delårsrapport), budget (förvaltningsbudget), ' +
  'internalControlPlan (internkontrollplan) eller municipal (kommunövergripande sammanställning)';

export interface DocumentMeta {
  /** "Verksamhetsberättelse 2019". */
  readonly title: string;
  readonly type: DocumentType;
  readonly unit: { readonly id: string; readonly code: string; readonly name: string };
  readonly year: number;
  /** What the figures cover: "Bokslut 2019", "Delår augusti 2019", "Budget 2023". */
  readonly period: string;
  readonly roundId: string | null;
  readonly lang: 'sv';
  /** A draft shows where text is missing; a final document leaves those sections out. */
  readonly draft: boolean;
  /** When it was generated, ISO 8601; printed on the cover. */
  readonly generatedAt: string;
  /** The version of the template that made it (absent in versions saved before templates were stored). */
  readonly templateVersion?: number;
}

export interface DocumentModel {
  readonly meta: DocumentMeta;
  readonly blocks: readonly DocumentBlock[];
}

export interface TocEntry {
  readonly level: number;
  readonly text: string;
  readonly id: string;
}

/** "Förvaltningens uppdrag" → "forvaltningens-uppdrag": an anchor of ASCII letters, digits and dashes. */
export function slug(text: string): string {
  const ascii = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii === '' ? 'avsnitt' : ascii;
}

/** Gives every heading a unique anchor ("analys-och-kommentar", "analys-och-kommentar-2"). */
export function withAnchors(blocks: readonly DocumentBlock[]): DocumentBlock[] {
  const used = new Map<string, number>();
  return blocks.map((block) => {
    if (block.kind !== 'heading') {
      return block;
    }
    const base = slug(block.text);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return { ...block, id: count === 1 ? base : `${base}-${count}` };
  });
}

/** The table of contents: the headings down to `maxLevel`, as the seeds list chapters and their sections. */
export function tableOfContents(model: DocumentModel, maxLevel = 2): TocEntry[] {
  return model.blocks
    .filter((block): block is HeadingBlock => block.kind === 'heading' && block.level <= maxLevel)
    .map((block) => ({ level: block.level, text: block.text, id: block.id ?? slug(block.text) }));
}
