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

/**
 * A record a block prints – a goal (its heading, its verdict and analysis, a row of the goal summary), an
 * indicator (a row of a goal table), a volume or personnel measure (a row of its table) or a written text
 * (by its key) – so that a draft can say beside it what the consistency checks found there. It says what
 * the block is about, never how it looks.
 */
export interface BlockSubject {
  readonly kind: 'goal' | 'indicator' | 'measure' | 'text';
  /** The record's id; a text's key ("overallAssessment"). */
  readonly id: string;
}

/** The records a block prints, when a generator says so. */
interface AboutRecords {
  readonly about?: readonly BlockSubject[];
}

export interface HeadingBlock extends AboutRecords {
  readonly kind: 'heading';
  /** 1 for a chapter ("Ekonomi"); a generator's headings are relative to its section's and shifted by it. */
  readonly level: HeadingLevel;
  readonly text: string;
  /** The anchor the table of contents links to; assigned when the document is assembled. */
  readonly id?: string;
}

export interface ParagraphBlock extends AboutRecords {
  readonly kind: 'paragraph';
  readonly text: string;
  /** A label before the text, set apart: "Bedömning: Uppfyllt". */
  readonly label?: string;
}

export interface RichTextDocumentBlock extends AboutRecords {
  readonly kind: 'richText';
  readonly blocks: readonly RichTextBlock[];
}

export interface TableBlock extends AboutRecords {
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

export type FindingSeverity = 'fel' | 'varning' | 'notering';

/** A finding of the consistency checks as a draft says it, every part already in Swedish. */
export interface FindingNote {
  readonly severity: FindingSeverity;
  /** "Varning": the severity in words, never left to colour. */
  readonly severityLabel: string;
  /** The rule's name: "Bedömningen avviker från indikatorerna". */
  readonly rule: string;
  /** What it is about: "Total sjukfrånvaro, utfall 2017". */
  readonly place: string;
  readonly message: string;
  /** "Kvitterat av … den …: …" for an acknowledged fel; null otherwise. */
  readonly acknowledgement: string | null;
}

/**
 * What the consistency checks found, in a draft only (issue 9): after the blocks that print the record it
 * is about, or – with a title and the counts – the list at the start of the document, of the findings whose
 * place the document does not print. An approved document never holds one (docs/adr/0027-documents.md).
 */
export interface FindingsBlock {
  readonly kind: 'findings';
  /** The list at the start: "Kontroller före godkännande" and the counts. Absent beside a place. */
  readonly list?: { readonly title: string; readonly summary: string };
  readonly notes: readonly FindingNote[];
}

export type DocumentBlock =
  | HeadingBlock
  | ParagraphBlock
  | RichTextDocumentBlock
  | TableBlock
  | ChartBlock
  | LegendBlock
  | NoticeBlock
  | FootnotesBlock
  | FindingsBlock;

/**
 * A finding handed to the documents module with the record it is about (null: nothing a document prints,
 * such as a frame or an assessment of another round), for a draft to place beside the blocks about it.
 */
export interface DraftFinding extends FindingNote {
  readonly about: BlockSubject | null;
  /**
   * A finding about the document's own content (a table's sum, an empty section): the index of the block it
   * is about, in the blocks the findings were asked for with; it is placed right after that block.
   */
  readonly block?: number;
}

/** What the checks found for a draft's unit, year and round: the counts in a sentence, and each finding. */
export interface DraftFindings {
  /** "Kontroller för Verksamhetsstöd och service (VSS) 2019, Bokslut: 0 fel, 3 varningar, 30 noteringar." */
  readonly summary: string;
  readonly findings: readonly DraftFinding[];
}

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
/** The block, saying which records it prints (none: the block as it is). */
export const about = <B extends HeadingBlock | ParagraphBlock | RichTextDocumentBlock | TableBlock>(
  block: B,
  subjects: readonly BlockSubject[],
): B => (subjects.length === 0 ? block : { ...block, about: subjects });
export const notice = (text: string, placeholder = false): NoticeBlock => ({
  kind: 'notice',
  text,
  placeholder,
});
