/**
 * Reading a budget from Excel or CSV, all or nothing: the template's one sheet "Budget" (or a CSV file in
 * either dialect) becomes budget lines, replacing the whole-year lines of every unit and year the file
 * names. Values only: formulas, merged header cells, hidden sheets with data and unknown columns are refused,
 * naming the sheet and cell. Runs as a job (kind "economy.budgetImport") on an uploaded file.
 */
import type ExcelJS from 'exceljs';
import { compareDecimal } from '#core/decimal.ts';
import type { FieldProblem } from '#core/errors.ts';
import { write } from '#platform/context.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import { findFile, readFile, type StoredFile } from '#platform/files.ts';
import type { Progress } from '#platform/jobs.ts';
import { loadExcel } from '#platform/table-xlsx.ts';
import type { Ctx, Tx } from '../context.ts';
import type { ModuleJobHandler } from '../module-definition.ts';
import { listClosings } from './closing-service.ts';
import {
  BUDGET_COLUMNS,
  BUDGET_SHEET,
  type BudgetColumn,
  type BudgetFileLine,
  checkBudgetHeader,
  checkBudgetRow,
  type FileProblem,
  parseCsv,
  type RawBudgetRow,
  type RawCell,
} from './domain/budget-file.ts';
import { ledgerMapping } from './mapping-service.ts';
import { economyErrors } from './messages.sv.ts';
import { budgetLineEntity } from './model.ts';

export const BUDGET_IMPORT_JOB = 'economy.budgetImport';

/** A budget file is a table of a few thousand rows; beyond this it is not one. */
const MAX_BUDGET_FILE = 50 * 2 ** 20;

export interface BudgetImportReport {
  readonly fileName: string;
  readonly lines: number;
  readonly created: number;
  readonly updated: number;
  readonly removed: number;
  readonly unchanged: number;
}

async function bytesOf(ctx: Ctx, file: StoredFile): Promise<Buffer> {
  if (file.size > MAX_BUDGET_FILE) {
    throw refused(file, [{ place: 'filen', message: 'Filen är större än 50 MB och är inte en budgetfil.' }]);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of readFile(ctx.db, file.id)) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const isXlsx = (bytes: Buffer) => bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

/** CSV text: UTF-8 (with or without a byte-order mark) when the bytes are UTF-8, else Windows-1252 as Excel saves it. */
function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

type Rows = { header: RawCell[]; rows: RawCell[][] } | { problems: FileProblem[] };

function csvRows(bytes: Buffer): Rows {
  const parsed = parseCsv(decodeCsv(bytes));
  if ('problem' in parsed) {
    return { problems: [{ place: 'filen', message: parsed.problem }] };
  }
  const [header, ...rows] = parsed.rows;
  const cells = (record: { line: number; cells: readonly string[] }, names: readonly string[]) =>
    record.cells.map((text, index) => ({
      text,
      place: `rad ${record.line}, ${names[index] ?? `kolumn ${index + 1}`}`,
    }));
  if (!header) {
    return { problems: [{ place: 'filen', message: 'Filen har ingen rubrikrad.' }] };
  }
  return {
    header: cells(header, []).map((cell, index) => ({ ...cell, place: `rad 1, kolumn ${index + 1}` })),
    rows: rows.map((row) => cells(row, header.cells)),
  };
}

/** A cell's value as text, or the problem that refuses it: only numbers and text are values. */
function cellText(cell: ExcelJS.Cell, place: string): RawCell | FileProblem {
  const { value } = cell;
  if (value === null || value === undefined) {
    return { text: '', place };
  }
  if (typeof value === 'number') {
    // The number as Excel stored it; one that is not a plain decimal (1e21, 0.30000000000000004) is refused.
    const text = String(value);
    return /^-?\d+(\.\d+)?$/.test(text)
      ? { text, place }
      : { place, message: 'Talet kan inte läsas exakt; skriv det med högst två decimaler.', value: text };
  }
  if (typeof value === 'string') {
    return { text: value, place };
  }
  if (typeof value === 'object' && 'richText' in value) {
    return { text: value.richText.map((part) => part.text).join(''), place };
  }
  if (typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    return {
      place,
      message: 'Cellen innehåller en formel. Mallen tar bara värden: kopiera och klistra in som värden.',
    };
  }
  return {
    place,
    message: 'Cellen innehåller något annat än ett tal eller en text (ett datum, en länk, ett fel).',
  };
}

async function xlsxRows(bytes: Buffer): Promise<Rows> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { problems: [{ place: 'filen', message: 'Filen kan inte läsas som en Excel-fil (xlsx).' }] };
  }
  const problems: FileProblem[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible' && sheet.actualRowCount > 0) {
      problems.push({
        place: sheet.name,
        message:
          'Bladet är dolt men innehåller data. Ta bort det eller visa det och flytta datan till bladet Budget.',
      });
    }
  }
  const sheet = workbook.getWorksheet(BUDGET_SHEET);
  if (!sheet) {
    problems.push({
      place: 'filen',
      message: `Bladet ”${BUDGET_SHEET}” saknas. Använd mallen, med ett blad som heter ${BUDGET_SHEET}.`,
    });
    return { problems };
  }
  const rows: RawCell[][] = [];
  let header: RawCell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    for (let column = 1; column <= Math.max(row.cellCount, BUDGET_COLUMNS.length); column += 1) {
      const cell = row.getCell(column);
      const place = `${BUDGET_SHEET}!${cell.address}`;
      if (rowNumber === 1 && cell.isMerged) {
        problems.push({
          place,
          message: 'Rubrikraden har sammanslagna celler. Varje kolumn ska ha en egen rubrik.',
        });
      }
      const read = cellText(cell, place);
      if ('message' in read) {
        problems.push(read);
        cells.push({ text: '', place });
      } else {
        cells.push(read);
      }
    }
    if (rowNumber === 1) {
      header = cells;
    } else {
      rows.push(cells);
    }
  });
  return problems.length > 0 ? { problems } : { header, rows };
}

/** The lines of a budget file, or every problem in it. */
async function readBudgetFile(bytes: Buffer): Promise<{ lines: BudgetFileLine[]; problems: FileProblem[] }> {
  const table = isXlsx(bytes) ? await xlsxRows(bytes) : csvRows(bytes);
  if ('problems' in table) {
    return { lines: [], problems: table.problems };
  }
  const { columns, problems } = checkBudgetHeader(table.header);
  const lines: BudgetFileLine[] = [];
  if (problems.length > 0) {
    return { lines, problems };
  }
  for (const cells of table.rows) {
    const row: Partial<Record<BudgetColumn, RawCell>> = {};
    cells.forEach((cell, index) => {
      const column = columns[index];
      if (column) {
        row[column] = cell;
      } else if (cell.text.trim() !== '') {
        problems.push({ place: cell.place, message: 'Värde i en kolumn utan rubrik.', value: cell.text });
      }
    });
    const place = (cells[0]?.place ?? '').replace(/[A-Z]+(\d+)$/, 'rad $1').replace(/, .*$/, '');
    const checked = checkBudgetRow({ ...row, place } as RawBudgetRow);
    problems.push(...checked.problems);
    if (checked.line) {
      lines.push(checked.line);
    }
  }
  return { lines, problems };
}

export async function importBudgetFile(
  ctx: Ctx,
  fileId: string,
  progress?: Progress,
): Promise<BudgetImportReport> {
  const file = await findFile(ctx.db, fileId);
  progress?.(0, null, 'Läser budgetfilen …');
  const { lines, problems } = await readBudgetFile(await bytesOf(ctx, file));
  const mapping = await ledgerMapping(ctx);
  const closed = new Set((await listClosings(ctx)).map((closing) => closing.year));
  const seen = new Map<string, string>();
  const resolved = lines.flatMap((line) => {
    if (closed.has(line.year)) {
      problems.push({
        place: `${line.place}, År`,
        message: `Bokslutet för ${line.year} är stängt, så årets budget kan inte ändras.`,
        value: String(line.year),
      });
      return [];
    }
    const orgUnitId = mapping.unitOf(line.costCentre);
    if (orgUnitId === null) {
      problems.push({
        place: `${line.place}, Enhet`,
        message:
          'Kostnadsstället hör inte till någon organisationsenhet (ange enhetens kod eller ett kopplat kostnadsställe).',
        value: line.costCentre,
      });
      return [];
    }
    const key = `${orgUnitId}|${line.year}|${line.account}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        place: line.place,
        message: `Samma enhet, konto och år finns redan på ${first}.`,
        value: line.account,
      });
      return [];
    }
    seen.set(key, line.place);
    return [{ ...line, orgUnitId }];
  });
  problems.push(...(await monthlyClashes(ctx, resolved)));
  if (problems.length > 0) {
    throw refused(file, problems);
  }
  progress?.(lines.length, lines.length, 'Sparar budgeten …');
  return write(ctx, (tx) => replaceBudgets(tx, file.name, resolved));
}

/**
 * The file's lines for accounts the unit budgets per month that year: a year line beside them would count
 * the year twice (domain/budget-months.ts), so they are refused rather than added.
 */
async function monthlyClashes(
  ctx: Pick<Ctx, 'db'>,
  lines: readonly (BudgetFileLine & { orgUnitId: string })[],
): Promise<FileProblem[]> {
  if (lines.length === 0) {
    return [];
  }
  const monthly = await ctx.db
    .selectFrom('budget_line')
    .select(['org_unit_id', 'year', 'account'])
    .distinct()
    .where('month', 'is not', null)
    .where('org_unit_id', 'in', [...new Set(lines.map((line) => line.orgUnitId))])
    .where('year', 'in', [...new Set(lines.map((line) => line.year))])
    .execute();
  const keys = new Set(monthly.map((row) => `${row.org_unit_id}|${row.year}|${row.account}`));
  return lines
    .filter((line) => keys.has(`${line.orgUnitId}|${line.year}|${line.account}`))
    .map((line) => ({
      place: `${line.place}, Konto`,
      message:
        'Kontot budgeteras per månad för enheten det året, så filens helårsbelopp skulle räkna året två gånger. ' +
        'Ändra månaderna i budgettabellen, eller slå ihop dem till helår först.',
      value: line.account,
    }));
}

/** Replaces the whole-year lines of each unit and year in the file: changed ones updated, absent ones removed. */
async function replaceBudgets(
  tx: Tx,
  fileName: string,
  lines: readonly (BudgetFileLine & { orgUnitId: string })[],
): Promise<BudgetImportReport> {
  const report = { fileName, lines: lines.length, created: 0, updated: 0, removed: 0, unchanged: 0 };
  const scopes = new Set(lines.map((line) => `${line.orgUnitId}|${line.year}`));
  for (const scope of scopes) {
    const [orgUnitId = '', year] = scope.split('|');
    const stored = (
      await tx.db
        .selectFrom('budget_line')
        .selectAll()
        .where('org_unit_id', '=', orgUnitId)
        .where('year', '=', Number(year))
        .where('month', 'is', null)
        .execute()
    ).map((row) => fromRowLine(row));
    const wanted = lines.filter((line) => `${line.orgUnitId}|${line.year}` === scope);
    const fresh = [];
    for (const line of wanted) {
      const current = stored.find((candidate) => candidate.account === line.account);
      if (!current) {
        fresh.push({
          orgUnitId,
          year: line.year,
          account: line.account,
          month: null,
          amount: line.amount,
          comment: line.comment,
        });
      } else if (sameAmount(current.amount, line.amount) && current.comment === line.comment) {
        report.unchanged += 1;
      } else {
        await tx.update(budgetLineEntity, current, current.version, {
          amount: line.amount,
          comment: line.comment,
        });
        report.updated += 1;
      }
    }
    await tx.insertMany(budgetLineEntity, fresh);
    report.created += fresh.length;
    for (const current of stored) {
      if (!wanted.some((line) => line.account === current.account)) {
        await tx.remove(budgetLineEntity, current, current.version);
        report.removed += 1;
      }
    }
  }
  return report;
}

const sameAmount = (a: string, b: string) => compareDecimal(a, b) === 0;

function fromRowLine(row: object) {
  return fromRow(budgetLineEntity, row as Record<string, unknown>);
}

function refused(file: StoredFile, problems: readonly FileProblem[]) {
  const fields: FieldProblem[] = problems.map((problem) => ({
    path: problem.place,
    message: problem.message,
    ...(problem.value === undefined ? {} : { value: problem.value }),
  }));
  return economyErrors.budget_refused(file.name, fields);
}

export const budgetImportJobHandler: ModuleJobHandler = (ctx, { job, progress }) =>
  importBudgetFile(ctx, (job.payload as { fileId: string }).fileId, progress);

/** The template users fill in: the sheet Budget with its columns, and a sheet that explains them. */
export async function budgetTemplate(): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet(BUDGET_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = BUDGET_COLUMNS.map((header) => ({ header, width: header === 'Kommentar' ? 50 : 14 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(4).numFmt = '# ##0.00';
  const help = workbook.addWorksheet('Instruktioner');
  help.getColumn(1).width = 110;
  for (const line of [
    'Budget för Verksam: en rad per enhet, konto och år, på bladet Budget.',
    'Enhet: kostnadsställets kod, som i huvudboken (eller enhetens kod i Verksam).',
    'Konto: kontonumret eller kontogruppen, t.ex. 4010 eller 40.',
    'År: budgetåret, t.ex. 2024.',
    'Belopp: kronor med högst två decimaler; kostnader positiva och intäkter negativa, som i huvudboken.',
    'Kommentar: valfri.',
    'Bara värden: formler, sammanslagna rubrikceller, dolda blad med data och okända kolumner tas inte emot.',
    'Allt eller inget: en fil med fel sparar ingenting. En inläsning ersätter helårsbudgeten för varje enhet och år i filen.',
    'Samma kolumner fungerar i CSV, med semikolon och decimalkomma (svensk Excel) eller komma och decimalpunkt.',
  ]) {
    help.addRow([line]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
