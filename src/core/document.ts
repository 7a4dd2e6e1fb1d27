/**
 * A document's content as neutral blocks: the budget document, the interim and the annual report are each an
 * ordered list of headings, text, tables, charts and legends, laid out from the data once and rendered to
 * HTML, PDF (and later Word) from the very same blocks, so the formats never disagree
 * (docs/adr/0027-documents.md). Like the table model, a block says what it is, never how it looks. In the
 * core, because every module contributes the blocks of its own sections.
 */
import type { ChartModel } from './chart.ts';
import type { RichTextBlock } from './rich-text.ts';
import type { Footnote, TableModel } from './table.ts';

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface HeadingBlock {
  readonly kind: 'heading';
  /** 1 for a chapter ("Ekonomi"); a generator's headings are relative to its section's and shifted by it. */
  readonly level: HeadingLevel;
  readonly text: string;
  /** The anchor the table of contents links to; assigned when the document is assembled. */
  readonly id?: string;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
  /** A label before the text, set apart: "Bedömning: Uppfyllt". */
  readonly label?: string;
}

export interface RichTextDocumentBlock {
  readonly kind: 'richText';
  readonly blocks: readonly RichTextBlock[];
}

export interface TableBlock {
  readonly kind: 'table';
  readonly table: TableModel;
  /** The table's unit and sign convention, said under the caption: "Belopp i tkr. Överskott är positivt." */
  readonly note?: string | null;
  /** Said in a group without rows: "Inga förvaltningsindikatorer för 2019." (002:369). */
  readonly emptyGroupText?: string;
}

export interface ChartBlock {
  readonly kind: 'chart';
  readonly chart: ChartModel;
}

/** What the words or symbols of the tables mean (the verdicts' legend, 002:362-366). */
export interface LegendBlock {
  readonly kind: 'legend';
  readonly title: string;
  readonly entries: ReadonlyArray<{ readonly term: string; readonly description: string }>;
}

/**
 * Something the reader must see instead of content: a section whose data is missing ("Inga investeringar är
 * registrerade för 2019.") or, in a draft, a text nobody has written yet ("Text saknas: Framåtblick").
 */
export interface NoticeBlock {
  readonly kind: 'notice';
  readonly text: string;
  /** A draft's placeholder, which an approved document never holds. */
  readonly placeholder: boolean;
}

/** Notes for the document as a whole, printed where the block stands. */
export interface FootnotesBlock {
  readonly kind: 'footnotes';
  readonly notes: readonly Footnote[];
}

export type DocumentBlock =
  | HeadingBlock
  | ParagraphBlock
  | RichTextDocumentBlock
  | TableBlock
  | ChartBlock
  | LegendBlock
  | NoticeBlock
  | FootnotesBlock;

export const heading = (level: HeadingLevel, text: string): HeadingBlock => ({
  kind: 'heading',
  level,
  text,
});
export const paragraph = (text: string, label?: string): ParagraphBlock =>
  label === undefined ? { kind: 'paragraph', text } : { kind: 'paragraph', text, label };
export const tableBlock = (
  table: TableModel,
  options: { note?: string; emptyGroupText?: string } = {},
): TableBlock => ({ kind: 'table', table, ...options });
export const notice = (text: string, placeholder = false): NoticeBlock => ({
  kind: 'notice',
  text,
  placeholder,
});
