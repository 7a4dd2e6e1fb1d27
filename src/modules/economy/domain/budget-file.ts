/**
 * The budget template and its rows, whatever file they came in (Excel or CSV): the columns, the reading of
 * amounts and the checks of each row. Pure: the service reads the file into text cells, each with its
 * place ("Budget!D7", "rad 7"), and this decides what they say. Every problem is listed, naming the place,
 * the column and the value; a file with any problem stores nothing.
 */
import { canonicalDecimal, isDecimal, parseSwedishDecimal } from '#core/decimal.ts';
import { ACCOUNT_PATTERN } from './account-class.ts';

export { oreFromKronor } from './kronor.ts';

/** The template's columns, in order; Kommentar is optional. */
export const BUDGET_COLUMNS = ['Enhet', 'Konto', 'År', 'Belopp', 'Kommentar'] as const;
export type BudgetColumn = (typeof BUDGET_COLUMNS)[number];
export const REQUIRED_BUDGET_COLUMNS: readonly BudgetColumn[] = ['Enhet', 'Konto', 'År', 'Belopp'];

export const BUDGET_SHEET = 'Budget';

/** A cell as read from the file: its text, and where it is, as a user finds it. */
export interface RawCell {
  readonly text: string;
  readonly place: string;
}

export type RawBudgetRow = Partial<Record<BudgetColumn, RawCell>> & { readonly place: string };

export interface FileProblem {
  /** "Budget!D7" or "rad 7, Belopp". */
  readonly place: string;
  readonly message: string;
  readonly value?: string;
}

export interface BudgetFileLine {
  readonly place: string;
  /** The cost centre of the unit, as in the ledger. */
  readonly costCentre: string;
  readonly account: string;
  readonly year: number;
  readonly amount: string;
  readonly comment: string | null;
}

/**
 * An amount as a user writes it in a budget file: "1234.5", "-1 234,50", "−12 000". At most two decimals
 * and fifteen digits of kronor; null when it is not such a number.
 */
export function parseKronor(text: string): string | null {
  const trimmed = text.trim();
  const decimal = isDecimal(trimmed) ? canonicalDecimal(trimmed) : parseSwedishDecimal(trimmed);
  if (decimal === null) {
    return null;
  }
  const [whole = '', fraction = ''] = decimal.replace('-', '').split('.');
  return whole.length <= 15 && fraction.length <= 2 ? decimal : null;
}

/** Checks the header row: every required column once, nothing unknown. */
export function checkBudgetHeader(header: readonly RawCell[]): {
  columns: (BudgetColumn | null)[];
  problems: FileProblem[];
} {
  const problems: FileProblem[] = [];
  const columns = header.map((cell): BudgetColumn | null => {
    const name = cell.text.trim();
    if (name === '') {
      return null;
    }
    const known = BUDGET_COLUMNS.find((column) => column.toLowerCase() === name.toLowerCase());
    if (!known) {
      problems.push({
        place: cell.place,
        message: `Okänd kolumn. Mallen har kolumnerna ${BUDGET_COLUMNS.join(', ')}.`,
        value: name,
      });
      return null;
    }
    return known;
  });
  for (const required of REQUIRED_BUDGET_COLUMNS) {
    const count = columns.filter((column) => column === required).length;
    if (count !== 1) {
      problems.push({
        place: header[0]?.place ?? 'rubrikraden',
        message:
          count === 0
            ? `Kolumnen ${required} saknas i rubrikraden.`
            : `Kolumnen ${required} finns ${count} gånger.`,
      });
    }
  }
  return { columns, problems };
}

/** Checks one row's cells; the unit is checked by the caller, who knows the cost centres. */
export function checkBudgetRow(row: RawBudgetRow): { line: BudgetFileLine | null; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const cellOf = (column: BudgetColumn) => row[column] ?? { text: '', place: `${row.place}, ${column}` };
  const required = (column: BudgetColumn): RawCell | null => {
    const cell = cellOf(column);
    if (cell.text.trim() === '') {
      problems.push({ place: cell.place, message: `${column} saknas.` });
      return null;
    }
    return cell;
  };
  const unit = required('Enhet');
  const account = required('Konto');
  const year = required('År');
  const amount = required('Belopp');
  if (account && !ACCOUNT_PATTERN.test(account.text.trim())) {
    problems.push({
      place: account.place,
      message: 'Konto ska vara ett kontonummer med 1–10 siffror.',
      value: account.text,
    });
  }
  const yearValue = year ? Number(year.text.trim()) : Number.NaN;
  if (year && !(/^\d{4}$/.test(year.text.trim()) && yearValue >= 1900 && yearValue <= 2200)) {
    problems.push({
      place: year.place,
      message: 'År ska vara ett årtal med fyra siffror, t.ex. 2024.',
      value: year.text,
    });
  }
  const kronor = amount ? parseKronor(amount.text) : null;
  if (amount && kronor === null) {
    problems.push({
      place: amount.place,
      message: 'Belopp ska vara ett belopp i kronor med högst två decimaler, t.ex. 125000 eller -1 234,50.',
      value: amount.text,
    });
  }
  const comment = cellOf('Kommentar').text.trim();
  if (comment.length > 500) {
    problems.push({ place: cellOf('Kommentar').place, message: 'Kommentaren får vara högst 500 tecken.' });
  }
  if (problems.length > 0 || !unit || !account || !year || kronor === null) {
    return { line: null, problems };
  }
  return {
    line: {
      place: row.place,
      costCentre: unit.text.trim(),
      account: account.text.trim(),
      year: yearValue,
      amount: kronor,
      comment: comment === '' ? null : comment,
    },
    problems,
  };
}

/**
 * CSV as Swedish Excel writes it (semicolons, decimal commas, a byte-order mark) or the international way
 * (commas, decimal points): the separator is the one the header row uses. Quoted fields may hold the
 * separator, doubled quotes and line breaks (RFC 4180). A small parser of its own rather than a library:
 * the dialect must be decided on the header, and every field must stay text, so that "1,5" or "=1+1" is
 * never turned into something else before it is checked.
 */
export interface CsvRecord {
  /** The line the record starts on, counting from 1. */
  readonly line: number;
  readonly cells: readonly string[];
}

export function parseCsv(text: string): { rows: CsvRecord[]; separator: ';' | ',' } | { problem: string } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const separator = firstLine.includes(';') ? ';' : ',';
  const rows: CsvRecord[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    row.push(field);
    if (row.some((cell) => cell.trim() !== '')) {
      rows.push({ line: recordLine, cells: row });
    }
    row = [];
    field = '';
  };
  while (index < body.length) {
    const char = body[index] as string;
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
      } else {
        field += char;
        line += char === '\n' ? 1 : 0;
      }
      index += 1;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
    } else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      endRecord();
      if (char === '\r' && body[index + 1] === '\n') {
        index += 1;
      }
      line += 1;
      recordLine = line;
    } else {
      field += char;
    }
    index += 1;
  }
  if (quoted) {
    return { problem: `Ett citattecken på rad ${recordLine} öppnas men stängs aldrig.` };
  }
  endRecord();
  return { rows, separator };
}
