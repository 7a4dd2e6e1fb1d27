/**
 * Two versions of a document compared: tables cell by cell, text block by block, each part found in the
 * other version by the headings it stands under (and a table by its caption), so that an inserted section
 * does not make everything after it look changed. Only what differs is listed – changed, added or removed –
 * with the figures and words before and after; the page shows them side by side, marked in words and with
 * <del>/<ins>, never by colour alone (docs/adr/0027-documents.md, "Versions"). Pure.
 */
import type { DocumentBlock } from '#core/document.ts';
import { blocksToHtml, richTextToPlain } from '#core/rich-text.ts';
import type { TableModel } from '#core/table.ts';
import type { DocumentModel } from './document.ts';
import { withoutFindings } from './draft-findings.ts';

export type DiffStatus = 'changed' | 'added' | 'removed';

/** A run of words, kept, taken away or put in. */
export interface WordPiece {
  readonly text: string;
  readonly change: 'same' | 'removed' | 'added';
}

export interface TextDiff {
  readonly kind: 'text';
  /** The headings the block stands under: "Ekonomi › Analys och kommentar". */
  readonly section: string;
  /** What the block is: "Text", "Rubrik", "Meddelande", "Teckenförklaring", "Fotnoter". */
  readonly label: string;
  readonly status: DiffStatus;
  readonly before: string | null;
  readonly after: string | null;
  /** Word by word, for a changed block (null when the texts are too long to compare word by word). */
  readonly pieces: readonly WordPiece[] | null;
}

export interface CellDiff {
  readonly before: string | null;
  readonly after: string | null;
  readonly changed: boolean;
}

export interface RowDiff {
  /** The group the row stands in (a goal), if any. */
  readonly group: string | null;
  readonly header: string;
  readonly status: DiffStatus;
  /** One per column after the row headers' column. */
  readonly cells: readonly CellDiff[];
}

export interface TableDiff {
  readonly kind: 'table';
  readonly section: string;
  readonly caption: string;
  readonly status: DiffStatus;
  /** The columns after the row headers' column, of both versions. */
  readonly columns: readonly string[];
  /** The rows that differ; the others are counted in `unchangedRows`. */
  readonly rows: readonly RowDiff[];
  readonly unchangedRows: number;
}

export type ComparisonItem = TextDiff | TableDiff;

export interface VersionComparison {
  readonly items: readonly ComparisonItem[];
  /** Parts that are the same in both. */
  readonly unchanged: number;
  /** "3 delar skiljer sig: 2 ändrade, 1 tillagda och 0 borttagna. 41 delar är oförändrade." */
  readonly summary: string;
}

/** A part of a document that can be found in the other version. */
interface Part {
  readonly key: string;
  readonly section: string;
  readonly text?: { readonly label: string; readonly value: string };
  readonly table?: TableModel;
}

const SECTION_SEPARATOR = ' › ';

function blockText(block: DocumentBlock): { label: string; value: string } | null {
  switch (block.kind) {
    case 'paragraph':
      return { label: 'Text', value: block.label ? `${block.label}: ${block.text}` : block.text };
    case 'richText':
      return { label: 'Text', value: richTextToPlain(blocksToHtml(block.blocks)) };
    case 'notice':
      return { label: block.placeholder ? 'Text som saknas' : 'Meddelande', value: block.text };
    case 'legend':
      return {
        label: 'Teckenförklaring',
        value: [block.title, ...block.entries.map((entry) => `${entry.term} – ${entry.description}`)].join(
          '\n',
        ),
      };
    case 'footnotes':
      return {
        label: 'Fotnoter',
        value: block.notes.map((note) => `${note.marker} ${note.text}`).join('\n'),
      };
    default:
      return null;
  }
}

/** The document's parts, each with a key that finds it in the other version. */
function partsOf(model: DocumentModel): Part[] {
  const parts: Part[] = [];
  const headings: string[] = [];
  const seen = new Map<string, number>();
  const keyed = (base: string) => {
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return `${base}#${count}`;
  };
  for (const block of model.blocks) {
    if (block.kind === 'heading') {
      headings.length = Math.max(0, block.level - 1);
      headings[block.level - 1] = block.text;
      const section = headings.filter(Boolean).join(SECTION_SEPARATOR);
      parts.push({ key: keyed(`heading|${section}`), section, text: { label: 'Rubrik', value: block.text } });
      continue;
    }
    const section = headings.filter(Boolean).join(SECTION_SEPARATOR);
    if (block.kind === 'table' || block.kind === 'chart') {
      const table = block.kind === 'table' ? block.table : block.chart.table;
      parts.push({ key: keyed(`table|${section}|${table.caption}`), section, table });
      if (table.footnotes.length > 0) {
        parts.push({
          key: keyed(`notes|${section}|${table.caption}`),
          section,
          text: {
            label: `Fotnoter till ”${table.caption}”`,
            value: table.footnotes.map((note) => `${note.marker} ${note.text}`).join('\n'),
          },
        });
      }
      continue;
    }
    const text = blockText(block);
    if (text) {
      parts.push({ key: keyed(`text|${section}`), section, text });
    }
  }
  return parts;
}

const MAX_WORDS = 600;

/** Word by word (whitespace kept with the word before it), by the longest common subsequence. */
export function diffWords(before: string, after: string): WordPiece[] | null {
  const a = before.match(/\S+\s*|\s+/g) ?? [];
  const b = after.match(/\S+\s*|\s+/g) ?? [];
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
    return null;
  }
  const same = (x: string, y: string) => x.trim() === y.trim();
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const row = lengths[i] as number[];
      const next = lengths[i + 1] as number[];
      row[j] = same(a[i] as string, b[j] as string)
        ? (next[j + 1] as number) + 1
        : Math.max(next[j] as number, row[j + 1] as number);
    }
  }
  const pieces: WordPiece[] = [];
  const push = (text: string, change: WordPiece['change']) => {
    const last = pieces[pieces.length - 1];
    if (last && last.change === change) {
      pieces[pieces.length - 1] = { text: last.text + text, change };
    } else {
      pieces.push({ text, change });
    }
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i] as string, b[j] as string)) {
      push(b[j] as string, 'same');
      i += 1;
      j += 1;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0)) {
      push(a[i] as string, 'removed');
      i += 1;
    } else {
      push(b[j] as string, 'added');
      j += 1;
    }
  }
  for (; i < a.length; i += 1) {
    push(a[i] as string, 'removed');
  }
  for (; j < b.length; j += 1) {
    push(b[j] as string, 'added');
  }
  return pieces;
}

interface RowCells {
  readonly group: string | null;
  readonly header: string;
  readonly cells: ReadonlyMap<string, string>;
}

/** A table's rows by a key that finds them in the other version: group, row header and occurrence. */
function rowsOf(table: TableModel): Map<string, RowCells> {
  const rows = new Map<string, RowCells>();
  const labels = table.columns.slice(1).map((column) => column.label);
  for (const group of table.groups) {
    for (const row of group.rows) {
      const base = `${group.heading ?? ''}|${row.header.text}`;
      let count = 1;
      while (rows.has(`${base}#${count}`)) {
        count += 1;
      }
      const cells = new Map<string, string>();
      row.cells.forEach((cell, index) => {
        cells.set(labels[index] ?? String(index), cell.text);
      });
      rows.set(`${base}#${count}`, { group: group.heading, header: row.header.text, cells });
    }
  }
  return rows;
}

/** Both versions' columns after the row headers' column: the later version's, then those only before. */
function unionColumns(before: TableModel | null, after: TableModel | null): string[] {
  const columns = (after?.columns ?? []).slice(1).map((column) => column.label);
  for (const column of (before?.columns ?? []).slice(1)) {
    if (!columns.includes(column.label)) {
      columns.push(column.label);
    }
  }
  return columns;
}

/** Two versions of a table compared row by row and cell by cell; null when they are the same. */
export function compareTables(
  before: TableModel | null,
  after: TableModel | null,
  section = '',
): TableDiff | null {
  const columns = unionColumns(before, after);
  const rowsBefore = before ? rowsOf(before) : new Map<string, RowCells>();
  const rowsAfter = after ? rowsOf(after) : new Map<string, RowCells>();
  const diffs: RowDiff[] = [];
  let unchangedRows = 0;
  const cellsOf = (row: RowCells | undefined) => (column: string) => row?.cells.get(column) ?? null;
  const order = [...rowsAfter.keys(), ...[...rowsBefore.keys()].filter((key) => !rowsAfter.has(key))];
  for (const key of order) {
    const old = rowsBefore.get(key);
    const now = rowsAfter.get(key);
    const cells = columns.map((column): CellDiff => {
      const was = old ? cellsOf(old)(column) : null;
      const is = now ? cellsOf(now)(column) : null;
      return { before: was, after: is, changed: was !== is };
    });
    const status: DiffStatus | null = !old
      ? 'added'
      : !now
        ? 'removed'
        : cells.some((cell) => cell.changed)
          ? 'changed'
          : null;
    if (status === null) {
      unchangedRows += 1;
      continue;
    }
    const row = (now ?? old) as RowCells;
    diffs.push({ group: row.group, header: row.header, status, cells });
  }
  const sameColumns =
    before !== null &&
    after !== null &&
    before.columns.map((column) => column.label).join('\u0000') ===
      after.columns.map((column) => column.label).join('\u0000');
  if (diffs.length === 0 && sameColumns) {
    return null;
  }
  return {
    kind: 'table',
    section,
    caption: (after ?? before)?.caption ?? '',
    status: before === null ? 'added' : after === null ? 'removed' : 'changed',
    columns,
    rows: diffs,
    unchangedRows,
  };
}

function compareTexts(
  section: string,
  label: string,
  before: string | null,
  after: string | null,
): TextDiff | null {
  if (before === after) {
    return null;
  }
  return {
    kind: 'text',
    section,
    label,
    status: before === null ? 'added' : after === null ? 'removed' : 'changed',
    before,
    after,
    pieces: before !== null && after !== null ? diffWords(before, after) : null,
  };
}

function compareParts(before: Part | null, after: Part | null): ComparisonItem | null {
  const part = (after ?? before) as Part;
  if (part.table || (before?.table ?? after?.table)) {
    return compareTables(before?.table ?? null, after?.table ?? null, part.section);
  }
  const label = part.text?.label ?? 'Text';
  return compareTexts(part.section, label, before?.text?.value ?? null, after?.text?.value ?? null);
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Version `before` against version `after`: what differs, in the later version's order, with what was
 * removed placed after the part it followed. The findings a draft shows are left out: they are notes to its
 * reviewers, not content, and approval takes them out – a draft and its approved version have the same content.
 */
export function compareModels(before: DocumentModel, after: DocumentModel): VersionComparison {
  const partsBefore = partsOf(withoutFindings(before));
  const partsAfter = partsOf(withoutFindings(after));
  const byKeyBefore = new Map(partsBefore.map((part) => [part.key, part]));
  const keysAfter = new Set(partsAfter.map((part) => part.key));
  // Where each part goes: the later version's position; a removed part after the last kept part before it.
  const placed: Array<{ at: number; order: number; before: Part | null; after: Part | null }> = [];
  partsAfter.forEach((part, index) => {
    placed.push({ at: index, order: 0, before: byKeyBefore.get(part.key) ?? null, after: part });
  });
  const positionAfter = new Map(partsAfter.map((part, index) => [part.key, index]));
  let lastKept = -1;
  partsBefore.forEach((part, index) => {
    if (keysAfter.has(part.key)) {
      lastKept = positionAfter.get(part.key) ?? lastKept;
    } else {
      placed.push({ at: lastKept, order: index + 1, before: part, after: null });
    }
  });
  placed.sort((x, y) => x.at - y.at || x.order - y.order);
  const items: ComparisonItem[] = [];
  let unchanged = 0;
  for (const entry of placed) {
    const item = compareParts(entry.before, entry.after);
    if (item === null) {
      unchanged += 1;
    } else {
      items.push(item);
    }
  }
  const count = (status: DiffStatus) => items.filter((item) => item.status === status).length;
  const summary =
    items.length === 0
      ? 'Versionerna har samma innehåll.'
      : `${plural(items.length, 'del skiljer sig', 'delar skiljer sig')}: ${count('changed')} ändrade, ` +
        `${count('added')} tillagda och ${count('removed')} borttagna. ` +
        `${plural(unchanged, 'del är oförändrad', 'delar är oförändrade')}.`;
  return { items, unchanged, summary };
}
