/**
 * A table model as an Excel workbook (exceljs): the caption, the column headers in bold and frozen, a row per
 * row of the model, numbers as numbers (from each cell's exact figure) and text as text – never a formula,
 * so nothing a user typed runs in Excel – and the footnotes under the table.
 */
import type ExcelJS from 'exceljs';
import type { TableCell, TableModel } from '#core/table.ts';

/**
 * Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an
 * apostrophe, and unique in the workbook regardless of case ("Indikatorer", "Indikatorer (2)").
 */
export function sheetName(caption: string, taken: ReadonlySet<string> = new Set()): string {
  const base =
    caption
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Tabell';
  let name = base.slice(0, 31);
  for (let count = 2; taken.has(name.toLowerCase()); count += 1) {
    const suffix = ` (${count})`;
    name = `${base.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
  }
  return name;
}

function cellValue(cell: TableCell): string | number {
  if (cell.value != null) {
    // Figures in a table have a few decimals at most: a double holds them exactly enough for a spreadsheet.
    return Number(cell.value);
  }
  return cell.markers.length > 0 ? `${cell.text} (${cell.markers.join(', ')})` : cell.text;
}

/**
 * exceljs, loaded when a workbook is first written or read rather than when the server starts: its
 * CommonJS files took about 160 ms of every start-up (ADR 0010).
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

/** One table as a workbook of one sheet. */
export function tableToXlsx(table: TableModel): Promise<Buffer> {
  return tablesToXlsx([table]);
}

/** Several tables (a document's), each on its own sheet, named by its caption; none gives one empty sheet. */
export async function tablesToXlsx(tables: readonly TableModel[]): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  const taken = new Set<string>();
  if (tables.length === 0) {
    // A workbook without a sheet is one Excel refuses to open.
    workbook.addWorksheet('Inga tabeller');
  }
  for (const table of tables) {
    const name = sheetName(table.caption, taken);
    taken.add(name.toLowerCase());
    addTableSheet(workbook.addWorksheet(name), table);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addTableSheet(sheet: ExcelJS.Worksheet, table: TableModel): void {
  sheet.addRow([table.caption]).font = { bold: true, size: 12 };
  const header = sheet.addRow(table.columns.map((column) => column.label));
  header.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  for (const group of table.groups) {
    if (group.heading) {
      sheet.addRow([group.heading]).font = { bold: true };
    }
    for (const row of group.rows) {
      const added = sheet.addRow([cellValue(row.header), ...row.cells.map(cellValue)]);
      if (row.role === 'detail') {
        added.getCell(1).font = { italic: true };
      }
    }
  }
  sheet.addRow([]);
  for (const footnote of table.footnotes) {
    sheet.addRow([`(${footnote.marker}) ${footnote.text}`]);
  }
  sheet.getColumn(1).width = 36;
  table.columns.slice(1).forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 2);
    sheetColumn.width = Math.max(12, column.label.length + 2);
    sheetColumn.numFmt = '# ##0;-# ##0';
  });
}
