/**
 * A table model as an Excel workbook (exceljs): the caption, the column headers in bold and frozen, a row per
 * row of the model, numbers as numbers (from each cell's exact figure) and text as text – never a formula,
 * so nothing a user typed runs in Excel – and the footnotes under the table.
 */
import ExcelJS from 'exceljs';
import type { TableCell, TableModel } from '#core/table.ts';

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(caption: string): string {
  return caption.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Tabell';
}

function cellValue(cell: TableCell): string | number {
  if (cell.value != null) {
    // Figures in a table have a few decimals at most: a double holds them exactly enough for a spreadsheet.
    return Number(cell.value);
  }
  return cell.markers.length > 0 ? `${cell.text} (${cell.markers.join(', ')})` : cell.text;
}

export async function tableToXlsx(table: TableModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName(table.caption));
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
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
