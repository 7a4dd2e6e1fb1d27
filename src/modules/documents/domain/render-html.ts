/**
 * A document as one self-contained, accessible HTML page: the language marked, a cover, a table of contents
 * that links to real headings, tables with captions and scoped header cells, footnotes, tones said in words
 * (a cell's text is its verdict; colour only adds to it) and print CSS for A4 with a page break before each
 * chapter. The PDF is this page printed by Chromium. Every text is escaped: a document holds what users typed.
 *
 * The title is the page's one h1; a block heading of level n is an h(n+1).
 */
import type { ChartModel } from '#core/chart.ts';
import type { DocumentBlock, FindingNote, FindingsBlock } from '#core/document.ts';
import { formatDate } from '#core/format.ts';
import { blocksToHtml } from '#core/rich-text.ts';
import type { Footnote, TableCell, TableGroup, TableModel, TableRow } from '#core/table.ts';
import {
  type DocumentMeta,
  type DocumentModel,
  type DocumentType,
  type TocEntry,
  tableOfContents,
} from './document.ts';
import { DOCUMENT_CSS } from './document-css.ts';
import { groupedChecksum } from './versions.ts';

export interface HtmlOptions {
  /** Draws a chart as SVG (the platform's ECharts); without it a chart is described in words. */
  readonly chartSvg?: (chart: ChartModel) => string;
  /**
   * A stored version's number and the checksum (SHA-256) of its canonical model, printed on the cover and at
   * the end, so that a printed copy can be checked against Verksam (docs/adr/0027-documents.md, "Versions").
   */
  readonly version?: { readonly number: number; readonly checksum: string };
}

function versionLine(options: HtmlOptions, className: string): string {
  const { version } = options;
  if (!version) {
    return '';
  }
  return (
    `<p class="${className}">Version ${version.number}. Kontrollsumma (SHA-256): ` +
    `<code>${escapeHtml(groupedChecksum(version.checksum))}</code></p>`
  );
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** The document types' names, as the cover says them. */
export const DOCUMENT_TYPE_NAMES = {
  annual: 'Verksamhetsberättelse',
  interim: 'Delårsrapport',
  budget: 'Förvaltningsbudget',
  internalControlPlan: 'Internkontrollplan',
  municipal: 'Kommunövergripande sammanställning',
} as const satisfies Readonly<Record<DocumentType, string>>;

/** "Skapad 3 december 2026 ur Verksam, mallversion 4": when, and by which version of the type's template. */
export function generatedLine(meta: DocumentMeta): string {
  const made = `Skapad ${formatDate(meta.generatedAt)} ur Verksam`;
  return meta.templateVersion === undefined ? made : `${made}, mallversion ${meta.templateVersion}`;
}

function cover(model: DocumentModel, options: HtmlOptions): string {
  const { meta } = model;
  return [
    '<header class="cover">',
    `<p class="cover-type">${escapeHtml(DOCUMENT_TYPE_NAMES[meta.type])}</p>`,
    `<h1>${escapeHtml(meta.title)}</h1>`,
    `<p class="cover-unit">${escapeHtml(meta.unit.name)}</p>`,
    `<p class="cover-period">${escapeHtml(meta.period)}</p>`,
    meta.draft ? '<p class="cover-draft"><strong>Utkast</strong> – inte fastställt</p>' : '',
    `<p class="cover-generated">${escapeHtml(generatedLine(meta))}</p>`,
    versionLine(options, 'cover-version'),
    '</header>',
  ].join('');
}

/** A list of entries, each with the deeper entries after it nested under it. */
function tocList(entries: readonly TocEntry[]): string {
  const items: string[] = [];
  let index = 0;
  while (index < entries.length) {
    const entry = entries[index] as TocEntry;
    let end = index + 1;
    while (end < entries.length && (entries[end] as TocEntry).level > entry.level) {
      end += 1;
    }
    const children = end > index + 1 ? tocList(entries.slice(index + 1, end)) : '';
    items.push(`<li><a href="#${escapeHtml(entry.id)}">${escapeHtml(entry.text)}</a>${children}</li>`);
    index = end;
  }
  return `<ol>${items.join('')}</ol>`;
}

function contents(entries: readonly TocEntry[]): string {
  return entries.length === 0
    ? ''
    : `<nav class="toc" aria-labelledby="innehall"><h2 id="innehall">Innehåll</h2>${tocList(entries)}</nav>`;
}

function markers(list: readonly number[], tableId: string): string {
  if (list.length === 0) {
    return '';
  }
  const links = list.map(
    (marker) => `<a href="#${tableId}-fn-${marker}" aria-label="fotnot ${marker}">${marker}</a>`,
  );
  return `<sup class="markers">${links.join(',')}</sup>`;
}

function cellContent(cell: TableCell, tableId: string): string {
  const missing = cell.kind === 'noData' || cell.kind === 'notApplicable';
  const note = cell.note === null ? '' : ` title="${escapeHtml(cell.note)}"`;
  const text = missing ? `<abbr${note}>${escapeHtml(cell.text)}</abbr>` : escapeHtml(cell.text);
  const spoken =
    !missing && cell.note && cell.text !== '' ? `<span class="note"> (${escapeHtml(cell.note)})</span>` : '';
  return `${text}${markers(cell.markers, tableId)}${spoken}`;
}

function rowCells(row: TableRow, table: TableModel, tableId: string): string {
  const header = [
    `<th scope="row" class="depth-${row.depth}">`,
    escapeHtml(row.header.text),
    markers(row.header.markers, tableId),
    row.header.note ? `<span class="visually-hidden"> (${escapeHtml(row.header.note)})</span>` : '',
    '</th>',
  ].join('');
  const cells = row.cells.map((cell, index) => {
    const classes = [
      table.columns[index + 1]?.align === 'end' ? 'num' : null,
      cell.tone === null ? null : `tone-${cell.tone}`,
    ].filter((name) => name !== null);
    const attribute = classes.length === 0 ? '' : ` class="${classes.join(' ')}"`;
    return `<td${attribute}>${cellContent(cell, tableId)}</td>`;
  });
  return header + cells.join('');
}

function groupHeading(group: TableGroup): string {
  return [
    `<span class="group-name">${escapeHtml(group.heading ?? '')}</span>`,
    group.note ? ` <span class="tag">(${escapeHtml(group.note)})</span>` : '',
    group.description ? `<span class="group-description">${escapeHtml(group.description)}</span>` : '',
  ].join('');
}

function tableGroup(group: TableGroup, table: TableModel, tableId: string, emptyText: string): string {
  const withGroupColumn = table.groupLabel !== null;
  const span = table.columns.length + (withGroupColumn ? 1 : 0);
  const lead =
    !withGroupColumn && group.heading !== null
      ? `<tr class="group-row"><th scope="colgroup" colspan="${span}">${groupHeading(group)}</th></tr>`
      : '';
  const rows = group.rows.length === 0 ? [null] : group.rows;
  const body = rows.map((row, index) => {
    const groupCell =
      withGroupColumn && index === 0
        ? `<th scope="rowgroup" rowspan="${rows.length}" class="group-cell">${groupHeading(group)}</th>`
        : '';
    const content =
      row === null
        ? `<td colspan="${table.columns.length}" class="empty">${escapeHtml(emptyText)}</td>`
        : rowCells(row, table, tableId);
    const role = row?.role === 'detail' ? ' class="detail"' : '';
    return `<tr${role}>${groupCell}${content}</tr>`;
  });
  return `<tbody>${lead}${body.join('')}</tbody>`;
}

function footnoteList(notes: readonly Footnote[], id: string): string {
  if (notes.length === 0) {
    return '';
  }
  const items = notes.map(
    (note) =>
      `<li id="${id}-fn-${note.marker}"><span class="marker" aria-hidden="true">${note.marker}</span> ${escapeHtml(note.text)}</li>`,
  );
  return `<ol class="footnotes" id="${id}-notes" aria-label="Fotnoter">${items.join('')}</ol>`;
}

export function renderTable(
  table: TableModel,
  id: string,
  options: { note?: string | null | undefined; emptyGroupText?: string | undefined } = {},
): string {
  const { note = null, emptyGroupText = 'Inga rader.' } = options;
  const groupColumn = table.groupLabel === null ? '' : `<th scope="col">${escapeHtml(table.groupLabel)}</th>`;
  const columns = table.columns.map(
    (column) =>
      `<th scope="col"${column.align === 'end' ? ' class="num"' : ''}>${escapeHtml(column.label)}</th>`,
  );
  const described = table.footnotes.length > 0 ? ` aria-describedby="${id}-notes"` : '';
  return [
    `<div class="table-block"><table id="${id}"${described}>`,
    `<caption>${escapeHtml(table.caption)}`,
    note ? `<span class="table-note">${escapeHtml(note)}</span>` : '',
    '</caption>',
    `<thead><tr>${groupColumn}${columns.join('')}</tr></thead>`,
    table.groups.map((group) => tableGroup(group, table, id, emptyGroupText)).join(''),
    '</table>',
    footnoteList(table.footnotes, id),
    '</div>',
  ].join('');
}

/** One finding: its severity and rule in words, what it is about, the message and any acknowledgement. */
function findingItem(finding: FindingNote): string {
  return [
    `<li class="finding severity-${finding.severity}">`,
    `<p><strong>${escapeHtml(finding.severityLabel)}:</strong> ${escapeHtml(finding.rule)}`,
    ` <span class="finding-place">(${escapeHtml(finding.place)})</span></p>`,
    `<p>${escapeHtml(finding.message)}</p>`,
    finding.acknowledgement ? `<p class="finding-ack">${escapeHtml(finding.acknowledgement)}</p>` : '',
    '</li>',
  ].join('');
}

const findingList = (notes: readonly FindingNote[]) =>
  notes.length === 0 ? '' : `<ul class="findings">${notes.map(findingItem).join('')}</ul>`;

/**
 * A draft's findings: the list at the start as a section under its own heading, or the findings about the
 * blocks just above as a note. Marked as the draft's in words ("Utkast"), printed too, never by colour alone.
 */
function findingsHtml(item: FindingsBlock, index: number): string {
  if (item.list) {
    const id = `kontroller-${index}`;
    return [
      `<section class="draft-findings" aria-labelledby="${id}">`,
      `<h2 id="${id}">${escapeHtml(item.list.title)}</h2>`,
      '<p class="draft-mark"><strong>Utkast</strong> – inte en del av dokumentet</p>',
      `<p>${escapeHtml(item.list.summary)}</p>`,
      findingList(item.notes),
      '</section>',
    ].join('');
  }
  return [
    '<aside class="draft-finding" role="note" aria-label="Kontroll i utkastet">',
    '<p class="draft-mark"><strong>Kontroll i utkastet</strong></p>',
    findingList(item.notes),
    '</aside>',
  ].join('');
}

function block(item: DocumentBlock, index: number, options: HtmlOptions): string {
  switch (item.kind) {
    case 'heading': {
      const tag = `h${item.level + 1}`;
      const chapter = item.level === 1 ? ' class="chapter"' : '';
      return `<${tag} id="${escapeHtml(item.id ?? `avsnitt-${index}`)}"${chapter}>${escapeHtml(item.text)}</${tag}>`;
    }
    case 'paragraph':
      return item.label
        ? `<p><strong>${escapeHtml(item.label)}:</strong> ${escapeHtml(item.text)}</p>`
        : `<p>${escapeHtml(item.text)}</p>`;
    case 'richText':
      return `<div class="rich-text">${blocksToHtml(item.blocks)}</div>`;
    case 'table':
      return renderTable(item.table, `tabell-${index}`, item);
    case 'chart': {
      // The chart's own table stands beside the drawing: the figures exactly as drawn, for every reader.
      const svg = options.chartSvg?.(item.chart) ?? '';
      const caption = `<figcaption>${escapeHtml(item.chart.title)}</figcaption>`;
      return `<figure class="chart">${caption}${svg}${renderTable(item.chart.table, `diagram-${index}`)}</figure>`;
    }
    case 'legend': {
      const entries = item.entries.map(
        (entry) => `<dt>${escapeHtml(entry.term)}</dt><dd>${escapeHtml(entry.description)}</dd>`,
      );
      return `<section class="legend" aria-label="${escapeHtml(item.title)}"><p class="legend-title">${escapeHtml(item.title)}</p><dl>${entries.join('')}</dl></section>`;
    }
    case 'notice':
      return item.placeholder
        ? `<p class="placeholder" role="note">${escapeHtml(item.text)}</p>`
        : `<p class="notice">${escapeHtml(item.text)}</p>`;
    case 'footnotes':
      return footnoteList(item.notes, `not-${index}`);
    case 'findings':
      return findingsHtml(item, index);
  }
}

/** The whole document as an HTML page. */
export function renderDocumentHtml(model: DocumentModel, options: HtmlOptions = {}): string {
  const { meta } = model;
  const title = `${meta.title} – ${meta.unit.name}`;
  const body = model.blocks.map((item, index) => block(item, index, options)).join('\n');
  return [
    '<!doctype html>',
    `<html lang="${meta.lang}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${DOCUMENT_CSS}</style>`,
    '</head>',
    '<body>',
    cover(model, options),
    contents(tableOfContents(model)),
    `<main>${body}</main>`,
    options.version ? `<footer class="colophon">${versionLine(options, 'colophon-version')}</footer>` : '',
    '</body></html>',
  ].join('\n');
}
