/**
 * Loading a ledger file (SIE 4E or 4I) for a year or a run of months: all or nothing. The stored file is read
 * twice – once to decide its encoding, once to parse it – so neither pass holds more than a chunk and the
 * vouchers of one batch in memory. Rows are written batch by batch while the file is still being parsed, in
 * one transaction; at the end, any problem (in the file, in its period, in its cost centres) rolls it all
 * back and is reported with every other one, each with its line.
 *
 * Runs as a job (kind "economy.ledgerImport") on an uploaded file; the CLI runs the same function where it
 * stands when no server runs.
 */
import type { FieldProblem } from '#core/errors.ts';
import type { Month } from '#core/period.ts';
import { write } from '#platform/context.ts';
import { findFile, readFile, type StoredFile } from '#platform/files.ts';
import type { Progress } from '#platform/jobs.ts';
import type { Ctx, Tx } from '../context.ts';
import type { ModuleJobHandler } from '../module-definition.ts';
import { assertYearsOpen } from './closing-service.ts';
import type { LedgerImportReport, LedgerImportRequest } from './contract.ts';
import {
  clearPeriod,
  completeLedgerImport,
  insertLedgerImport,
  insertLedgerRows,
  listLedgerImports,
} from './db/ledger-repository.ts';
import { LedgerMapper, type LedgerPeriod, type LedgerRow } from './domain/ledger.ts';
import { detectEncoding, type SieEncoding, type SieProblem, SieReader } from './domain/sie4/index.ts';
import { ledgerMapping } from './mapping-service.ts';
import { economyErrors } from './messages.sv.ts';

export const LEDGER_IMPORT_JOB = 'economy.ledgerImport';

/** Rows written per statement: large enough to keep round trips few, small enough to keep memory flat. */
const BATCH_ROWS = 5_000;

export async function importLedgerFile(
  ctx: Ctx,
  request: LedgerImportRequest,
  progress?: Progress,
): Promise<LedgerImportReport> {
  if (request.lastMonth < request.firstMonth) {
    throw economyErrors.month_span_reversed();
  }
  const period: LedgerPeriod = {
    year: request.year,
    firstMonth: request.firstMonth as Month,
    lastMonth: request.lastMonth as Month,
  };
  const file = await findFile(ctx.db, request.fileId);
  progress?.(0, file.size, 'Känner igen filens teckenkodning …');
  const encoding = await detectEncoding(readFile(ctx.db, file.id));
  if ('problem' in encoding) {
    throw refused(file, [encoding.problem]);
  }
  return write(ctx, (tx) => load(tx, file, encoding.encoding, period, progress));
}

async function load(
  tx: Tx,
  file: StoredFile,
  encoding: SieEncoding,
  period: LedgerPeriod,
  progress?: Progress,
): Promise<LedgerImportReport> {
  await assertYearsOpen(tx, [period.year]);
  const mapper = new LedgerMapper(period, await ledgerMapping(tx));
  await clearPeriod(tx.db, period);
  const importId = await insertLedgerImport(tx.db, {
    period,
    fileId: file.id,
    fileName: file.name,
    fileSize: file.size,
    sha256: file.sha256,
    encoding,
    importedBy: tx.actor.userId,
  });
  let pending: LedgerRow[] = [];
  let vouchers = 0;
  const reader = new SieReader(encoding, {
    onVoucher: (voucher) => {
      vouchers += 1;
      for (const row of mapper.map(voucher)) {
        pending.push(row);
      }
    },
  });
  let bytes = 0;
  // One batch is written while the next is parsed: the parser and the database work side by side.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const batch = pending;
    pending = [];
    await writing;
    // Once the file is known to be refused, nothing more is worth writing: it will all be rolled back.
    writing = reader.problems.length === 0 ? insertLedgerRows(tx.db, importId, batch) : Promise.resolve();
  };
  // Read through the transaction: on the embedded engine it holds the only connection.
  for await (const chunk of readFile(tx.db, file.id)) {
    reader.push(chunk as Uint8Array);
    bytes += (chunk as Uint8Array).length;
    if (pending.length >= BATCH_ROWS) {
      await flush();
    }
    progress?.(bytes, file.size, 'Läser in huvudboken …');
  }
  reader.end();
  await flush();
  await writing;
  const problems = [
    ...reader.problems,
    ...yearProblems(reader.header.fiscalYears, period),
    ...mapper.finish(),
  ];
  if (problems.length > 0) {
    throw refused(file, problems);
  }
  progress?.(file.size, file.size, 'Summerar per enhet, konto och månad …');
  await completeLedgerImport(tx.db, importId, period, { vouchers, rows: mapper.tally.kept });
  const [record] = (await listLedgerImports(tx.db, period.year)).filter((load) => load.id === importId);
  return {
    import: record as LedgerImportReport['import'],
    vouchers,
    rows: mapper.tally.kept,
    leftOut: mapper.tally.leftOut,
  };
}

/** The file's own fiscal year (#RAR 0), when it states one, must be the year it is loaded for. */
function yearProblems(
  fiscalYears: readonly { index: number; start: string; end: string }[],
  period: LedgerPeriod,
): SieProblem[] {
  const current = fiscalYears.find((year) => year.index === 0);
  if (!current || (current.start <= `${period.year}-12-31` && current.end >= `${period.year}-01-01`)) {
    return [];
  }
  return [
    { line: null, message: economyErrors.year_mismatch.text(`${current.start}–${current.end}`, period.year) },
  ];
}

function refused(file: StoredFile, problems: readonly SieProblem[]) {
  const fields: FieldProblem[] = problems.map((problem) => ({
    path: problem.line === null ? 'filen' : `rad ${problem.line}`,
    message: problem.message,
  }));
  return economyErrors.ledger_refused(file.name, fields);
}

export const ledgerImportJobHandler: ModuleJobHandler = (ctx, { job, progress }) =>
  importLedgerFile(ctx, job.payload as LedgerImportRequest, progress);
