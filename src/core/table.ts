/**
 * A table as a neutral model: column headers, groups of rows, cells with their footnote markers, and the
 * footnotes under the table. The domain builds tables from the data (a goal table, later an operating
 * statement); React renders them in the app and the document renderer will render the very same model as
 * HTML, PDF, Word and Excel, so the formats never disagree. No layout, no colours: a cell says what it is
 * (its text, a tone, a kind, an explanation for screen readers), the renderer decides how it looks.
 */

export type CellTone = 'good' | 'bad' | 'mid' | 'neutral';

/** What a cell stands for, for renderers that style or explain it. */
export type CellKind = 'value' | 'target' | 'noData' | 'notApplicable' | 'status' | 'empty';

/** The record behind a row or cell, so an app can link to it and a document can trace it. */
export interface TableRef {
  readonly kind: string;
  readonly id: string;
}

export interface TableCell {
  /** What is printed: "4,4", "I.U.", "2016: 15,2", "≥4,5", "Uppfyllt", or "" for nothing. */
  readonly text: string;
  readonly kind: CellKind;
  /** Footnote numbers shown after the text ("4,4¹"). */
  readonly markers: readonly number[];
  /** Said to a screen reader and shown on hover: "ej tillämplig", "utfall januari till juli". */
  readonly note: string | null;
  readonly tone: CellTone | null;
  readonly ref: TableRef | null;
  /**
   * The exact figure behind a numeric cell, as a canonical decimal in the table's unit ("-2356", "17.3"), so
   * that a spreadsheet receives a number rather than the printed text. Absent on text cells.
   */
  readonly value?: string | null;
}

export interface TableColumn {
  readonly key: string;
  readonly label: string;
  readonly align: 'start' | 'end';
}

export interface TableRow {
  readonly key: string;
  /** 0 for a main row, 1 for a sub-row ("-LKDATA (0-5)"), 2 for a sub-row's gender rows. */
  readonly depth: number;
  /** A detail row breaks down the row above it (Kvinnor/Män, "varav kostnader"). */
  readonly role: 'row' | 'detail';
  /** The row's first column, its header. */
  readonly header: TableCell;
  /** One cell per column after the first. */
  readonly cells: readonly TableCell[];
  readonly ref: TableRef | null;
}

/** Rows under one heading that spans the table (a goal, with its description). */
export interface TableGroup {
  readonly key: string;
  readonly heading: string | null;
  readonly description: string | null;
  /** Said after the heading: "Avvecklat". */
  readonly note: string | null;
  readonly ref: TableRef | null;
  readonly rows: readonly TableRow[];
}

export interface Footnote {
  readonly marker: number;
  readonly text: string;
}

export interface TableModel {
  readonly key: string;
  readonly caption: string;
  /** The header of the groups' column ("Mål"), when the groups are printed as a first column. */
  readonly groupLabel: string | null;
  /** The first column is the row headers' column. */
  readonly columns: readonly TableColumn[];
  readonly groups: readonly TableGroup[];
  readonly footnotes: readonly Footnote[];
}

export function cell(text: string, options: Partial<Omit<TableCell, 'text'>> = {}): TableCell {
  return {
    text,
    kind: options.kind ?? (text === '' ? 'empty' : 'value'),
    markers: options.markers ?? [],
    note: options.note ?? null,
    tone: options.tone ?? null,
    ref: options.ref ?? null,
    ...(options.value != null ? { value: options.value } : {}),
  };
}

/** Numbers footnote texts in order of first use within one table; the same text keeps its number. */
export class FootnoteCollector {
  private readonly texts: string[] = [];

  mark(...texts: ReadonlyArray<string | null | undefined>): number[] {
    const markers: number[] = [];
    for (const text of texts) {
      if (text === null || text === undefined || text.trim() === '') {
        continue;
      }
      let index = this.texts.indexOf(text);
      if (index === -1) {
        index = this.texts.push(text) - 1;
      }
      if (!markers.includes(index + 1)) {
        markers.push(index + 1);
      }
    }
    return markers;
  }

  list(): Footnote[] {
    return this.texts.map((text, index) => ({ marker: index + 1, text }));
  }
}
