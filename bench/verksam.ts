/**
 * The benchmark's only door into the application: every import from src/ and every fact about how the
 * server is started goes through this file. src/ is refactored while the benchmark is kept, so when a
 * signature such as importPackage(db, actor, pkg) or createApp(db) changes, this is the one file to adapt.
 */
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Kysely } from 'kysely';
import { createApp, migrate, systemContext } from '../src/app.ts';
import { LOCAL_ACTOR } from '../src/core/actor.ts';
import { createGrant, createUser, issueToken } from '../src/modules/access/index.ts';
import {
  type DataPackage,
  dataPackageSchema,
  importPackage,
  objectSource,
  PACKAGE_LISTS,
} from '../src/modules/data-package/index.ts';
import type { Database } from '../src/modules/database.ts';
import type { DocumentModel } from '../src/modules/documents/domain/document.ts';
import { buildDocument, type DocumentFormat, documentBytes } from '../src/modules/documents/index.ts';
import {
  completeLedgerImport,
  sumLedger,
  sumLedgerEntries,
} from '../src/modules/economy/db/ledger-repository.ts';
import { LedgerMapper, type LedgerMapping } from '../src/modules/economy/domain/ledger.ts';
import { LedgerReading } from '../src/modules/economy/domain/ledger-reading.ts';
import { rollUp, sumSubtrees } from '../src/modules/economy/domain/rollup.ts';
import { detectEncoding } from '../src/modules/economy/domain/sie4/index.ts';
import { StringTable } from '../src/modules/economy/domain/string-table.ts';
import type { VoucherColumns } from '../src/modules/economy/domain/voucher-columns.ts';
import {
  importLedgerFile,
  type LedgerImportReport,
  operatingStatement,
  type StatementQuery,
} from '../src/modules/economy/index.ts';
import { packageSections } from '../src/modules/registry.ts';
import { copyIn } from '../src/platform/db/copy.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { PgliteThread } from '../src/platform/db/pglite-thread.ts';
import { storeFile } from '../src/platform/files.ts';
import type { ApiApp } from '../src/platform/http/create-app.ts';
import type { PdfRenderer } from '../src/platform/pdf.ts';

// Domain types and rules the generator builds its package with.
export { ROUND_KINDS, type RoundKind } from '../src/core/period.ts';
export type { Verdict } from '../src/modules/assessments/domain/verdict.ts';
export type { DataPackageInput } from '../src/modules/data-package/contract.ts';
export {
  lastLedgerMonth,
  MONTH_COLUMNS,
  sumLedger,
} from '../src/modules/economy/db/ledger-repository.ts';
export { cp437Byte } from '../src/modules/economy/domain/sie4/cp437.ts';
export {
  type CentrePlan,
  syntheticLedgerLines,
} from '../src/modules/economy/domain/synthetic-ledger.ts';
export type { IndicatorPart } from '../src/modules/goals/domain/indicator.ts';
export type { DesiredDirection } from '../src/modules/goals/domain/target.ts';
export type { OrgUnitKind } from '../src/modules/organisation/domain/org-unit.ts';
export { defaultDeadline, defaultRoundName } from '../src/modules/planning/domain/round.ts';
export type { ApiApp, Database, DataPackage };

export type Db = Kysely<Database>;

export interface OpenDb {
  readonly db: Db;
  close(): Promise<void>;
}

/** The application's own migrations, as the server applies them at start. */
export async function migrateDb(db: Db): Promise<void> {
  await migrate(db);
}

/** The HTTP app on an open database, with no web root and no logging: for `app.inject()`. */
export function createInjectApp(db: Db): Promise<ApiApp> {
  return createApp(db);
}

/**
 * The headers of a signed-in administrator (a personal API token), for requests to the API: a new user
 * each call, so that any number of simulated users can sign in.
 */
export async function signedInHeaders(
  db: Db,
  name = 'Benchmark',
  role: { role: 'administrator' | 'reporter'; orgUnitCode?: string } = { role: 'administrator' },
): Promise<Record<string, string>> {
  const ctx = systemContext(db);
  const { user } = await createUser(ctx, {
    username: `bench-${crypto.randomUUID()}`,
    name,
    email: null,
    active: true,
    password: 'ett långt benchmarklösenord',
  });
  const unit = role.orgUnitCode
    ? await db
        .selectFrom('org_unit')
        .select('id')
        .where('code', '=', role.orgUnitCode)
        .executeTakeFirstOrThrow()
    : null;
  await createGrant(ctx, {
    userId: user.id,
    role: role.role,
    orgUnitId: unit?.id ?? null,
    fromYear: null,
    toYear: null,
  });
  const { token } = await issueToken(ctx, { userId: user.id, name: 'benchmark' });
  return { authorization: `Bearer ${token}` };
}

/** `count` reporters of one unit, each signed in with a token of their own: the reporting week's users. */
export async function signedInReporters(
  db: Db,
  orgUnitCode: string,
  count: number,
): Promise<Record<string, string>[]> {
  const users: Record<string, string>[] = [];
  for (let index = 0; index < count; index += 1) {
    users.push(await signedInHeaders(db, `Rapportör ${index + 1}`, { role: 'reporter', orgUnitCode }));
  }
  return users;
}

/** The one-screen report of a unit in a round. */
export function reportPath(orgUnit: string, roundId: string): string {
  return `/api/v1/reporting/rounds/${roundId}/units/${encodeURIComponent(orgUnit)}/report`;
}

export interface ImportCounts {
  readonly created: Record<string, number>;
}

/** The data-package import as the CLI and the API run it, acting as the local default user. */
export function importData(db: Db, pkg: unknown): Promise<ImportCounts> {
  return importPackage(systemContext(db), objectSource(pkg, Object.keys(PACKAGE_LISTS)), packageSections());
}

/** The package as the import sees it after validation (defaults filled in), or the zod error. */
export function parseDataPackage(pkg: unknown) {
  return dataPackageSchema.safeParse(pkg);
}

/** Who the import's change-log rows name. */
export const IMPORT_ACTOR: { readonly userId: string; readonly name: string } = LOCAL_ACTOR;

export function openOnPglite(pglite: PGlite): Promise<OpenDb> {
  return openDatabase<Database>({ kind: 'instance', pglite });
}

export function openOnServer(url: string): Promise<OpenDb> {
  return openDatabase<Database>({ kind: 'server', url });
}

/** The embedded database in a data folder, as the server opens it (taking the folder's lock). */
export function openDataFolder(dataDir: string): Promise<OpenDb> {
  return openDatabase<Database>({ kind: 'embedded', dataDir });
}

/**
 * The embedded database in a data folder with PGlite in a worker thread of its own, as the server and the
 * CLI's bulk loads open it (without the folder's lock: the folder is the benchmark's own). Closing it closes
 * the worker.
 */
export async function openFolderInWorker(pgdataDir: string): Promise<OpenDb> {
  const thread = new PgliteThread();
  try {
    await thread.open({ dataDir: pgdataDir });
  } catch (error) {
    await thread.close().catch(() => undefined);
    throw error;
  }
  return openDatabase<Database>({ kind: 'engine', engine: thread });
}

/** COPY FROM STDIN with `data`, on the connection `db` holds, as the ledger import writes its rows. */
export function copyRows(db: Db, statement: string, data: readonly Uint8Array[]): Promise<number> {
  return copyIn(db, statement, data);
}

/** Where the server keeps the embedded database inside its data folder. */
export function pgliteDir(dataDir: string): string {
  return path.join(dataDir, 'pgdata');
}

// The economy module (bench/ledger.ts, bench/statement.ts) ----------------------------------------------------

/** A file on disk put in the file store as an upload is (not part of what the ledger benchmark times). */
export function storeUpload(
  db: Db,
  chunks: AsyncIterable<Uint8Array>,
  name: string,
): Promise<{ id: string }> {
  return storeFile(db, chunks, { name, mediaType: 'text/plain', createdBy: LOCAL_ACTOR.userId });
}

/** The columns of `ledger_entry` (the economy module's migration), in the order COPY is given them. */
export const LEDGER_ENTRY_COLUMNS = [
  'import_id',
  'year',
  'month',
  'org_unit_id',
  'account',
  'amount_ore',
  'entry_date',
  'voucher',
  'cost_centre',
] as const;

/** The ledger import as the job and the CLI run it, for a whole year, acting as the local default user. */
export function importLedger(db: Db, fileId: string, year: number): Promise<LedgerImportReport> {
  return importLedgerFile(systemContext(db), { fileId, year, firstMonth: 1, lastMonth: 12 });
}

/** The operating statement as the API computes it (its defaults: tkr, result sign, detail rows). */
export function statementOf(db: Db, org: string, year: number) {
  const query: StatementQuery = { org, year, unit: 'tkr', sign: 'result', details: 'true' };
  return operatingStatement(systemContext(db), query);
}

/** Sums rows of a whole year written with SQL per unit, account and month, as a load's monthly sums are. */
export async function sumImportedRows(
  db: Db,
  importId: string,
  year: number,
  vouchers: number,
  rows: number,
): Promise<void> {
  await sumLedgerEntries(db, importId, year);
  await completeLedgerImport(db, importId, { vouchers, rows });
}

/** Who imports run as (the local default user). */
export const LOCAL_USER_ID: string = LOCAL_ACTOR.userId;

/**
 * Costs and revenues in öre (positive magnitudes) per child of `rootId`, as the statement rolls them up: its
 * own sumLedger, sumSubtrees and rollUp, under Kommun-BAS (no installation ranges), to check the bench's own query.
 */
export async function statementFigures(
  db: Db,
  units: readonly { id: string; parentId: string | null }[],
  rootId: string,
  year: number,
  throughMonth: number,
): Promise<Map<string, { costs: bigint; revenues: bigint }>> {
  return rollUp(sumSubtrees(units, await sumLedger(db, year, throughMonth), []), rootId);
}

/**
 * The import's reading alone, without a database: the encoding pass, then the parse and the mapping to rows
 * (units by code) as the import does them – vouchers read into columns (LedgerReading, in the import's
 * worker) and mapped from them – but in this one thread, over chunks of a file. The floor of the import's
 * own work in JavaScript.
 */
export async function readLedgerOnly(
  open: () => AsyncIterable<Uint8Array>,
  year: number,
  unitOf: (code: string) => string | null,
): Promise<{ detectMs: number; parseMs: number; vouchers: number; kept: number; problems: number }> {
  const started = performance.now();
  const detected = await detectEncoding(open());
  const detectMs = performance.now() - started;
  if ('problem' in detected) {
    throw new Error(`the generated ledger is refused: ${detected.problem.message}`);
  }
  const mapping: LedgerMapping = { dimension: 1, unitOf, accountRanges: [] };
  const mapper = new LedgerMapper({ year, firstMonth: 1, lastMonth: 12 }, mapping);
  const reading = new LedgerReading({ encoding: detected.encoding, dimension: mapping.dimension });
  const strings = new StringTable();
  const rowsKept = { add: () => undefined };
  const map = (columns: VoucherColumns) => {
    for (const value of columns.strings) {
      strings.idOf(value);
    }
    mapper.mapColumns(columns, strings.values, rowsKept);
  };
  for await (const chunk of open()) {
    map(reading.push(chunk).batch.columns);
  }
  const { batch, result } = reading.end();
  map(batch.columns);
  const problems = result.problems.length + mapper.finish().length;
  const parseMs = performance.now() - started - detectMs;
  return { detectMs, parseMs, vouchers: result.vouchers, kept: mapper.tally.kept, problems };
}

// The documents module (bench/documents.ts) -------------------------------------------------------------------

export {
  createPdfRenderer,
  DEFAULT_CHROMIUM_PATH,
  type PdfRenderer,
  pdfAvailable,
} from '../src/platform/pdf.ts';
export type { DocumentFormat, DocumentModel };

/** A context as the CLI has one: the process's platform (with its cache), acting as the local default user. */
export type DocumentContext = ReturnType<typeof systemContext>;

export function documentContext(db: Db): DocumentContext {
  return systemContext(db);
}

/** A document's model as the API and the CLI build it (a draft, the template's own round of the year). */
export function documentModel(
  ctx: DocumentContext,
  unitCode: string,
  year: number,
  type: 'annual' | 'municipal',
): Promise<DocumentModel> {
  return buildDocument(ctx, { unitId: unitCode, year, type });
}

/** The model as the bytes of a format, as the API serves them (the PDF printed by `pdf`). */
export function documentFile(
  model: DocumentModel,
  format: DocumentFormat,
  pdf: PdfRenderer,
): Promise<Buffer> {
  return documentBytes(model, format, pdf);
}

// The server process ---------------------------------------------------------------------------------------

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');

/** `npm start` without npm: builds what is stale, then runs the bundled server. */
export const START_ARGS = ['--enable-source-maps', path.join(REPO_ROOT, 'bin', 'start.js')] as const;

/** What `npm start` builds; a change of their times during a measured start means it built. */
export const BUILD_OUTPUTS = [
  path.join(REPO_ROOT, 'dist', 'index.html'),
  path.join(REPO_ROOT, 'dist-server', 'server.js'),
] as const;

/** Builds the web app and the server bundle when they are older than their sources, as `npm start` does. */
export const BUILD_IF_STALE = `import(${JSON.stringify(path.join(REPO_ROOT, 'bin', 'build.js'))}).then((m) => m.buildIfStale())`;

export interface ServerTarget {
  readonly port: number;
  /** A PostgreSQL server; otherwise the embedded database in `dataDir`. */
  readonly databaseUrl?: string;
  readonly dataDir?: string;
}

/** The server's environment (README "Configuration"): no demo, warnings only, nothing inherited that picks the engine. */
export function serverEnv(target: ServerTarget): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(target.port),
    HOST: '127.0.0.1',
    VERKSAM_DEMO: 'false',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.VERKSAM_DATA_DIR;
  delete env.NODE_OPTIONS;
  if (target.databaseUrl) {
    env.DATABASE_URL = target.databaseUrl;
  }
  if (target.dataDir) {
    env.VERKSAM_DATA_DIR = target.dataDir;
  }
  return env;
}

// API paths the benchmark calls over HTTP (the URLs are stable while src/ is refactored).

export function sheetPath(orgUnit: string, year: number, roundId: string): string {
  return `/api/v1/goals/sheet?orgUnit=${encodeURIComponent(orgUnit)}&year=${year}&round=${roundId}`;
}

export const indicatorPath = (id: string) => `/api/v1/goals/indicators/${id}`;
export const outcomePath = (id: string) => `/api/v1/goals/outcomes/${id}`;
