/**
 * A table model as CSV, in Swedish Excel's dialect (semicolon, decimal comma, byte-order mark, CRLF) or the
 * international one (comma, decimal point). Numeric cells are written as their exact figure so that a
 * spreadsheet gets numbers; text is neutralised where a spreadsheet would take it for a formula (a leading
 * =, +, -, @, tab or CR gets an apostrophe, as OWASP recommends), so nothing leaves Verksam as a live
 * formula.
 */
import type { TableCell, TableModel } from './table.ts';

export type CsvDialect = 'sv' | 'en';

const SEPARATOR: Readonly<Record<CsvDialect, string>> = { sv: ';', en: ',' };

/** Text a spreadsheet would evaluate: it starts with a formula character. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(field: string, separator: string): string {
  return /["\n\r]/.test(field) || field.includes(separator) ? `"${field.replaceAll('"', '""')}"` : field;
}

function cellField(cell: TableCell, dialect: CsvDialect): string {
  if (cell.value != null) {
    return dialect === 'sv' ? cell.value.replace('.', ',') : cell.value;
  }
  const markers = cell.markers.length > 0 ? ` (${cell.markers.join(', ')})` : '';
  return neutraliseFormula(`${cell.text}${markers}`);
}

export function tableToCsv(table: TableModel, dialect: CsvDialect = 'sv'): string {
  const separator = SEPARATOR[dialect];
  const line = (fields: readonly string[]) => fields.map((field) => quote(field, separator)).join(separator);
  const lines = [line([neutraliseFormula(table.caption)])];
  // The first column is the row headers' (table.ts); a group's heading gets a line of its own.
  lines.push(line(table.columns.map((column) => neutraliseFormula(column.label))));
  for (const group of table.groups) {
    if (group.heading) {
      lines.push(line([neutraliseFormula(group.heading)]));
    }
    for (const row of group.rows) {
      lines.push(
        line([cellField(row.header, dialect), ...row.cells.map((cell) => cellField(cell, dialect))]),
      );
    }
  }
  for (const footnote of table.footnotes) {
    lines.push(line([neutraliseFormula(`(${footnote.marker}) ${footnote.text}`)]));
  }
  const text = `${lines.join('\r\n')}\r\n`;
  return dialect === 'sv' ? `\uFEFF${text}` : text;
}
