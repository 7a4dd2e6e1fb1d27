/**
 * A document as a Word file (docx), from the same document model as the HTML and the PDF, so the formats never
 * disagree (docs/adr/0027-documents.md): a cover, a table of contents field over the heading styles, real
 * Heading 1–4 styles from the blocks' levels, paragraphs and lists from the rich text, and real Word tables –
 * the header row repeated on every page, group headings spanning the table, numbers right-aligned, footnote
 * markers in superscript with the footnotes under the table, verdicts in words. "Sida X av Y" in the footer,
 * the language sv-SE. A chart is given as its own table under its title (the drawing is left out in Word).
 *
 * Beside the service rather than in domain/: a domain may not import packages (test/architecture.unit.test.ts).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type {
  HeadingLevel as BlockHeadingLevel,
  DocumentBlock,
  FindingNote,
  FindingsBlock,
} from '#core/document.ts';
import type { ListBlock, TextRun as RichRun, RichTextBlock } from '#core/rich-text.ts';
import type {
  Footnote,
  TableCell as ModelCell,
  TableRow as ModelRow,
  TableGroup,
  TableModel,
} from '#core/table.ts';
import { type DocumentModel, tableOfContents } from './domain/document.ts';
import { DOCUMENT_TYPE_NAMES, generatedLine } from './domain/render-html.ts';

const HEADINGS: Readonly<Record<BlockHeadingLevel, (typeof HeadingLevel)[keyof typeof HeadingLevel]>> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
};

const ORDERED = 'verksam-ordered';
/** The tables' text, a size smaller than the body's, so that a year's figures fit their columns. */
const TABLE_TEXT = 'VerksamTableText';

function cover(model: DocumentModel): Paragraph[] {
  const { meta } = model;
  const line = (text: string, options: { size?: number; bold?: boolean } = {}) =>
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text, ...options })] });
  return [
    line(DOCUMENT_TYPE_NAMES[meta.type], { size: 28 }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(meta.title)] }),
    line(meta.unit.name, { size: 28 }),
    line(meta.period),
    ...(meta.draft
      ? [
          new Paragraph({
            children: [new TextRun({ text: 'Utkast', bold: true }), new TextRun(' – inte fastställt')],
          }),
        ]
      : []),
    line(generatedLine(meta)),
  ];
}

/** The contents as a Word field over Heading 1–2, filled in from the headings so it reads before any update. */
function contents(model: DocumentModel): Array<Paragraph | TableOfContents> {
  if (tableOfContents(model).length === 0) {
    return [];
  }
  return [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({
      style: 'TOCHeading',
      children: [new TextRun({ text: 'Innehåll', bold: true, size: 32 })],
    }),
    new TableOfContents('Innehåll', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

function markerRun(markers: readonly number[]): TextRun[] {
  return markers.length === 0 ? [] : [new TextRun({ text: markers.join(','), superScript: true })];
}

function cellRuns(cell: ModelCell): TextRun[] {
  const missing = cell.kind === 'noData' || cell.kind === 'notApplicable';
  // A figure's note is said after it, as in the HTML ("utfall januari till juli"); a missing figure ("I.U.")
  // stays short in its narrow column, as in the HTML, where its note is the abbreviation's title.
  const note =
    !missing && cell.note && cell.text !== ''
      ? [new TextRun({ text: ` (${cell.note})`, italics: true })]
      : [];
  return [
    new TextRun({ text: cell.text, ...(missing ? { italics: true } : {}) }),
    ...markerRun(cell.markers),
    ...note,
  ];
}

function wordCell(
  children: TextRun[],
  options: { right?: boolean; columnSpan?: number; rowSpan?: number; indent?: number } = {},
): TableCell {
  return new TableCell({
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    ...(options.rowSpan ? { rowSpan: options.rowSpan } : {}),
    children: [
      new Paragraph({
        style: TABLE_TEXT,
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        ...(options.indent ? { indent: { left: options.indent * 240 } } : {}),
        children,
      }),
    ],
  });
}

/** A4 in twentieths of a point, and its width less Word's default margins of 2.54 cm. */
const A4 = { width: 11906, height: 16838 };
const TEXT_WIDTH = A4.width - 2 * 1440;

/**
 * The columns' widths: names and descriptions get room, figures a narrow column – Word otherwise splits the
 * width evenly and breaks a goal's name letter by letter.
 */
function columnWidths(table: TableModel): number[] {
  const weights = [
    ...(table.groupLabel === null ? [] : [2.5]),
    ...table.columns.map((column, index) => (index === 0 ? 3 : column.align === 'end' ? 1 : 1.5)),
  ];
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Math.floor((TEXT_WIDTH * weight) / total));
}

function headerRow(table: TableModel): TableRow {
  const labels = [
    ...(table.groupLabel === null ? [] : [table.groupLabel]),
    ...table.columns.map((c) => c.label),
  ];
  const aligns = [...(table.groupLabel === null ? [] : ['start']), ...table.columns.map((c) => c.align)];
  return new TableRow({
    // Repeated at the top of every page the table runs onto, and read as the header by assistive technology.
    tableHeader: true,
    children: labels.map((label, index) =>
      wordCell([new TextRun({ text: label, bold: true })], { right: aligns[index] === 'end' }),
    ),
  });
}

function groupText(group: TableGroup): TextRun[] {
  return [
    new TextRun({ text: group.heading ?? '', bold: true }),
    ...(group.note ? [new TextRun(` (${group.note})`)] : []),
    ...(group.description ? [new TextRun({ text: group.description, break: 1 })] : []),
  ];
}

function bodyRow(row: ModelRow, table: TableModel): TableCell[] {
  const header = wordCell([new TextRun(row.header.text), ...markerRun(row.header.markers)], {
    indent: row.depth,
  });
  const cells = row.cells.map((cell, index) =>
    wordCell(cellRuns(cell), { right: table.columns[index + 1]?.align === 'end' }),
  );
  return [header, ...cells];
}

function groupRows(group: TableGroup, table: TableModel, emptyText: string): TableRow[] {
  const withGroupColumn = table.groupLabel !== null;
  const span = table.columns.length + (withGroupColumn ? 1 : 0);
  const lead =
    !withGroupColumn && group.heading !== null
      ? [new TableRow({ children: [wordCell(groupText(group), { columnSpan: span })] })]
      : [];
  const rows = group.rows.length === 0 ? [null] : group.rows;
  const body = rows.map((row, index) => {
    const groupCell =
      withGroupColumn && index === 0 ? [wordCell(groupText(group), { rowSpan: rows.length })] : [];
    const content =
      row === null
        ? [wordCell([new TextRun({ text: emptyText, italics: true })], { columnSpan: table.columns.length })]
        : bodyRow(row, table);
    return new TableRow({ children: [...groupCell, ...content] });
  });
  return [...lead, ...body];
}

function footnoteParagraphs(notes: readonly Footnote[]): Paragraph[] {
  return notes.map(
    (note) =>
      new Paragraph({
        style: TABLE_TEXT,
        children: [
          new TextRun({ text: String(note.marker), superScript: true }),
          new TextRun(` ${note.text}`),
        ],
      }),
  );
}

/** A caption, the Word table and its footnotes. */
export function tableToDocx(
  table: TableModel,
  options: { note?: string | null | undefined; emptyGroupText?: string | undefined } = {},
): Array<Paragraph | Table> {
  const { note = null, emptyGroupText = 'Inga rader.' } = options;
  const caption = new Paragraph({
    style: 'Caption',
    keepNext: true,
    children: [
      new TextRun({ text: table.caption, bold: true }),
      ...(note ? [new TextRun({ text: note, break: 1 })] : []),
    ],
  });
  const wordTable = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columnWidths(table),
    rows: [headerRow(table), ...table.groups.flatMap((group) => groupRows(group, table, emptyGroupText))],
  });
  return [caption, wordTable, ...footnoteParagraphs(table.footnotes), new Paragraph({})];
}

function richRuns(runs: readonly RichRun[]): Array<TextRun | ExternalHyperlink> {
  return runs.flatMap((run): Array<TextRun | ExternalHyperlink> => {
    const lines = run.text.split('\n').map(
      (text, index) =>
        new TextRun({
          text,
          bold: run.bold,
          italics: run.italic,
          ...(run.href ? { style: 'Hyperlink' } : {}),
          ...(index > 0 ? { break: 1 } : {}),
        }),
    );
    // The parser only ever gives http, https and mailto addresses (src/core/rich-text.ts).
    return run.href ? [new ExternalHyperlink({ link: run.href, children: lines })] : lines;
  });
}

function listParagraphs(list: ListBlock, level: number): Paragraph[] {
  return list.items.flatMap((item) => [
    new Paragraph({
      ...(list.type === 'bulletList' ? { bullet: { level } } : { numbering: { reference: ORDERED, level } }),
      children: richRuns(item.runs),
    }),
    ...item.lists.flatMap((nested) => listParagraphs(nested, level + 1)),
  ]);
}

function richText(blocks: readonly RichTextBlock[]): Paragraph[] {
  return blocks.flatMap((item) =>
    item.type === 'paragraph' ? [new Paragraph({ children: richRuns(item.runs) })] : listParagraphs(item, 0),
  );
}

/** A draft's findings are set apart by a dashed line at their left, and said to be the draft's in words. */
const FINDING_BORDER = { left: { style: BorderStyle.DASHED, size: 12, color: '8A4B00', space: 8 } };

function findingParagraphs(finding: FindingNote): Paragraph[] {
  const paragraph = (children: TextRun[]) =>
    new Paragraph({ border: FINDING_BORDER, indent: { left: 240 }, children });
  return [
    paragraph([
      new TextRun({ text: `${finding.severityLabel}: `, bold: true }),
      new TextRun(finding.rule),
      new TextRun({ text: ` (${finding.place})`, italics: true }),
    ]),
    paragraph([new TextRun(finding.message)]),
    ...(finding.acknowledgement
      ? [paragraph([new TextRun({ text: finding.acknowledgement, italics: true })])]
      : []),
  ];
}

/** The list at the start under its title (not a heading: it is no part of the contents), or a note beside a place. */
function findingsParagraphs(item: FindingsBlock): Paragraph[] {
  const lead = item.list
    ? [
        new Paragraph({
          border: FINDING_BORDER,
          keepNext: true,
          children: [new TextRun({ text: item.list.title, bold: true, size: 28 })],
        }),
        new Paragraph({
          border: FINDING_BORDER,
          children: [
            new TextRun({ text: 'Utkast', bold: true }),
            new TextRun(' – inte en del av dokumentet'),
          ],
        }),
        new Paragraph({ border: FINDING_BORDER, children: [new TextRun(item.list.summary)] }),
      ]
    : [
        new Paragraph({
          border: FINDING_BORDER,
          keepNext: true,
          children: [new TextRun({ text: 'Kontroll i utkastet', bold: true })],
        }),
      ];
  return [...lead, ...item.notes.flatMap(findingParagraphs), new Paragraph({})];
}

function block(item: DocumentBlock): Array<Paragraph | Table> {
  switch (item.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[item.level],
          // A chapter starts a page, as in the PDF.
          pageBreakBefore: item.level === 1,
          children: [new TextRun(item.text)],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          children: item.label
            ? [new TextRun({ text: `${item.label}: `, bold: true }), new TextRun(item.text)]
            : [new TextRun(item.text)],
        }),
      ];
    case 'richText':
      return richText(item.blocks);
    case 'table':
      return tableToDocx(item.table, item);
    case 'chart':
      return tableToDocx({ ...item.chart.table, caption: `Diagram: ${item.chart.title}` });
    case 'legend':
      return [
        new Paragraph({ children: [new TextRun({ text: item.title, bold: true })] }),
        ...item.entries.map(
          (entry) =>
            new Paragraph({
              children: [
                new TextRun({ text: entry.term, bold: true }),
                new TextRun(` – ${entry.description}`),
              ],
            }),
        ),
      ];
    case 'notice':
      return [
        new Paragraph({
          children: [
            new TextRun({ text: item.text, ...(item.placeholder ? { bold: true, italics: true } : {}) }),
          ],
        }),
      ];
    case 'footnotes':
      return footnoteParagraphs(item.notes);
    case 'findings':
      return findingsParagraphs(item);
  }
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** The whole document as a .docx file. */
export async function renderDocumentDocx(model: DocumentModel): Promise<Buffer> {
  const { meta } = model;
  const document = new Document({
    title: meta.title,
    subject: `${meta.unit.name}, ${meta.period}`,
    creator: 'Verksam',
    features: { updateFields: true },
    styles: {
      default: { document: { run: { language: { value: 'sv-SE' }, font: 'Calibri', size: 22 } } },
      paragraphStyles: [
        {
          id: TABLE_TEXT,
          name: 'Tabelltext',
          basedOn: 'Normal',
          run: { size: 18 },
          paragraph: { spacing: { after: 0 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [0, 1, 2, 3].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: A4 } },
        footers: { default: footer() },
        children: [...cover(model), ...contents(model), ...model.blocks.flatMap(block)],
      },
    ],
  });
  return Packer.toBuffer(document);
}
