/**
 * Loading a ledger file (SIE 4E or 4I) for a year or a run of months: all or nothing. The stored file is read
 * a chunk at a time, so no pass holds more than a chunk and the rows of one batch in memory. Rows are written
 * batch by batch while the file is still being parsed, in one transaction; at the end, any problem (in the
 * file, its encoding, its period, its cost centres) rolls it all back and is reported with every other one,
 * each with its line.
 *
 * The encoding of a SIE file can only be decided on all of its bytes (sie4/encoding.ts), yet reading the
 * stored file twice cost as much as parsing it. So the file is read once, parsed in the encoding its first
 * chunk suggests while the detector sees every byte; only when the whole file decides otherwise (a file whose
 * first megabyte is plain ASCII and whose later letters are Windows-1252, say) is that pass rolled back to a
 * savepoint and the file read again in the encoding decided. Parsing is deterministic, so the result is the
 * same as deciding first and parsing after.
 *
 * The file is parsed in a thread of its own (ledger-reader-thread.ts), a few chunks ahead, while this one
 * maps its vouchers to rows, sums them and writes them, and stays free for other requests meanwhile
 * (ADR 0013, addendum "stop 26").
 *
 * Runs as a job (kind "economy.ledgerImport") on an uploaded file; the CLI runs the same function where it
 * stands when no server runs.
 */

import { sql } from 'kysely';
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
  LedgerRowBatch,
  listLedgerImports,
  lockLedgerYear,
  writeLedgerSums,
} from './db/ledger-repository.ts';
import {
  LedgerMapper,
  type LedgerMapping,
  type LedgerPeriod,
  type LedgerRowSink,
  MonthlySums,
} from './domain/ledger.ts';
import { FIRST_GUESS, PassEncoding, type ReadingBatch, type ReadingResult } from './domain/ledger-reading.ts';
import type { EncodingResult, SieEncoding, SieProblem } from './domain/sie4/index.ts';
import { StringTable } from './domain/string-table.ts';
import { LedgerReaderThread, prewarmLedgerReader } from './ledger-reader-thread.ts';
import { ledgerMapping } from './mapping-service.ts';
import { economyErrors } from './messages.sv.ts';

export const LEDGER_IMPORT_JOB = 'economy.ledgerImport';

/** Rows written per statement: large enough to keep round trips few, small enough to keep memory flat. */
const BATCH_ROWS = 5_000;

/**
 * Chunks (of a megabyte) sent to the reader's thread before the first is answered: enough that it always has
 * the next at hand, few enough to keep memory flat.
 */
const CHUNKS_AHEAD = 3;

export async function importLedgerFile(
  ctx: Ctx,
  request: LedgerImportRequest,
  progress?: Progress,
): Promise<LedgerImportReport> {
  if (request.lastMonth < request.firstMonth) {
    throw economyErrors.month_span_reversed();
  }
  prewarmLedgerReader();
  const period: LedgerPeriod = {
    year: request.year,
    firstMonth: request.firstMonth as Month,
    lastMonth: request.lastMonth as Month,
  };
  const file = await findFile(ctx.db, request.fileId);
  progress?.(0, file.size, 'Läser in huvudboken …');
  return write(ctx, (tx) => load(tx, file, period, progress));
}

async function load(
  tx: Tx,
  file: StoredFile,
  period: LedgerPeriod,
  progress?: Progress,
): Promise<LedgerImportReport> {
  // First: a load of the same year under way finishes (or fails) before this one clears its period.
  await lockLedgerYear(tx.db, period.year);
  await assertYearsOpen(tx, [period.year]);
  const mapping = await ledgerMapping(tx);
  await clearPeriod(tx.db, period);
  const importId = await insertLedgerImport(tx.db, {
    period,
    fileId: file.id,
    fileName: file.name,
    fileSize: file.size,
    sha256: file.sha256,
    encoding: FIRST_GUESS,
    importedBy: tx.actor.userId,
  });
  await sql`savepoint ledger_rows`.execute(tx.db);
  const target: PassTarget = { tx, file, importId, period, mapping, progress };
  let pass = await readPass(target, null);
  const decided = pass.decided as EncodingResult;
  if (decided.encoding === null) {
    throw refused(file, [decided.problem]);
  }
  if (decided.encoding !== pass.result.encoding) {
    await sql`rollback to savepoint ledger_rows`.execute(tx.db);
    pass = await readPass(target, decided.encoding);
  }
  return finish(target, pass);
}

interface PassTarget {
  readonly tx: Tx;
  readonly file: StoredFile;
  readonly importId: string;
  readonly period: LedgerPeriod;
  readonly mapping: LedgerMapping;
  readonly progress?: Progress;
}

/** What one pass over the file read and wrote. */
interface Pass {
  readonly result: ReadingResult;
  /** What the detector decided on all of the file, on a pass that did not know its encoding. */
  readonly decided: EncodingResult | null;
  readonly mapper: LedgerMapper;
  readonly sums: MonthlySums;
}

/**
 * Reads the stored file once, writing its kept rows a batch at a time. With `known` null, the pass decides
 * the encoding as it goes and parses in the one its first chunk suggests; else it parses in `known`.
 */
async function readPass(target: PassTarget, known: SieEncoding | null): Promise<Pass> {
  const { tx, file, importId, period, mapping, progress } = target;
  const mapper = new LedgerMapper(period, mapping);
  // Summed as the rows go by, so the load need not read them back from ledger_entry to sum them.
  const sums = new MonthlySums();
  const rows = new LedgerRowBatch(importId, period.year);
  const sink: LedgerRowSink = {
    add(month, orgUnitId, account, amountOre, date, voucher, costCentre) {
      rows.add(month, orgUnitId, account, amountOre, date, voucher, costCentre);
      sums.add(month, orgUnitId, account, amountOre);
    },
  };
  const strings = new StringTable();
  // One batch of rows is written while the next is mapped, and the file parsed ahead in the reader's thread.
  let writing: Promise<void> = Promise.resolve();
  const take = async (batch: ReadingBatch) => {
    for (const value of batch.columns.strings) {
      strings.idOf(value);
    }
    mapper.mapColumns(batch.columns, strings.values, sink);
    if (rows.rows >= BATCH_ROWS) {
      await flush(batch.problems);
    }
  };
  const flush = async (problems: number) => {
    await writing;
    // Once the file is known to be refused, nothing more is worth writing: it will all be rolled back.
    if (problems === 0) {
      writing = rows.write(tx.db);
    } else {
      rows.clear();
    }
  };
  const encoding = new PassEncoding(known);
  // Started at the first chunk, once the detector has seen it: the parse begins in the encoding it suggests.
  let reader: LedgerReaderThread | null = null;
  const readerNow = () =>
    (reader ??= new LedgerReaderThread({ encoding: encoding.parseIn(), dimension: mapping.dimension }));
  try {
    const ahead: Promise<ReadingBatch>[] = [];
    let bytes = 0;
    // Read through the transaction: on the embedded engine it holds the only connection.
    for await (const data of readFile(tx.db, file.id)) {
      const chunk = data as Uint8Array;
      bytes += chunk.length;
      // readFile's chunks are the caller's alone: moved, so seen and counted before.
      encoding.see(chunk);
      ahead.push(readerNow().chunk(chunk, true));
      if (ahead.length >= CHUNKS_AHEAD) {
        await take(await (ahead.shift() as Promise<ReadingBatch>));
      }
      progress?.(bytes, file.size, 'Läser in huvudboken …');
    }
    for (const batch of ahead) {
      await take(await batch);
    }
    const { batch, result } = await readerNow().end();
    await take(batch);
    await flush(result.problems.length);
    await writing;
    return { result, decided: encoding.decided(), mapper, sums };
  } finally {
    // Assigned in readerNow, which TypeScript's narrowing does not follow.
    (reader as LedgerReaderThread | null)?.release();
  }
}

/** After the pass in the right encoding: every problem, or the monthly sums and the receipt. */
async function finish(target: PassTarget, pass: Pass): Promise<LedgerImportReport> {
  const { tx, file, importId, period, progress } = target;
  const { result, mapper, sums } = pass;
  const { vouchers } = result;
  const problems = [...result.problems, ...yearProblems(result.fiscalYears, period), ...mapper.finish()];
  if (problems.length > 0) {
    throw refused(file, problems);
  }
  progress?.(file.size, file.size, 'Summerar per enhet, konto och månad …');
  await writeLedgerSums(tx.db, period, sums);
  await completeLedgerImport(tx.db, importId, {
    vouchers,
    rows: mapper.tally.kept,
    encoding: result.encoding,
  });
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
