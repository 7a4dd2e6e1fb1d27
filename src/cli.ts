/**
 * The command line: `verksam export` and `verksam import`. It works on the same data as the server: through
 * the running server's API when a server holds the embedded database's folder (PGlite must not be opened
 * by two processes; the server is reached over the folder's lock socket, see ADR 0005), otherwise directly
 * on the database.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { migrate, systemContext } from './app.ts';
import { DomainError, type FieldProblem } from './core/errors.ts';
import { formatDateTime } from './core/format.ts';
import type { TableModel } from './core/table.ts';
import { tableToCsv } from './core/table-csv.ts';
import {
  type ConsistencyQuery,
  type ConsistencyReport,
  checkConsistency,
  reportAsText,
} from './modules/consistency/index.ts';
import {
  exportPackage,
  type ImportOptions,
  type ImportReport,
  importPackageStream,
} from './modules/data-package/index.ts';
import type { Database } from './modules/database.ts';
import {
  DOCUMENT_TYPE_HELP,
  DOCUMENT_TYPES,
  VERSION_STATE_LABELS,
} from './modules/documents/domain/index.ts';
import {
  buildDocument,
  checkPdfAvailable,
  type DocumentType,
  documentBytes,
  documentHtml,
  listVersions,
  type VersionList,
} from './modules/documents/index.ts';
import {
  importLedgerFile,
  type LedgerImportReport,
  type LedgerImportRequest,
  operatingStatement,
  prewarmLedgerReader,
  type StatementQuery,
} from './modules/economy/index.ts';
import { listRounds } from './modules/planning/index.ts';
import { allRolloverSteps, packageSections } from './modules/registry.ts';
import {
  previewRollover,
  type RolloverDto,
  type RolloverPreviewDto,
  runRollover,
} from './modules/rollover/index.ts';
import { readConfig } from './platform/config.ts';
import {
  claimDataDir,
  type HolderStatus,
  type LockOwner,
  type ServerAccess,
  takeoverNotice,
} from './platform/db/data-dir-lock.ts';
import { type DatabaseTarget, openDatabase } from './platform/db/database.ts';
import { describeDatabaseUrl } from './platform/db/database-url.ts';
import { hasDatabase, openEmbedded, openEmbeddedInWorker } from './platform/db/embedded.ts';
import { storeFile } from './platform/files.ts';
import type { Progress } from './platform/jobs.ts';
import { closeSharedPdfRenderer, sharedPdfRenderer } from './platform/pdf.ts';
import { remoteApi } from './platform/remote-api.ts';
import { tableToXlsx } from './platform/table-xlsx.ts';

class CliError extends Error {
  constructor(
    message: string,
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

interface Backend {
  /** The package as JSON text. */
  exportPackage(scope: { org?: string; year?: number }): Promise<string>;
  /** Loads a ledger file for a period, all or nothing, telling `progress` how far it has come. */
  importLedger(
    input: Readable,
    fileName: string,
    request: Omit<LedgerImportRequest, 'fileId'>,
    progress: Progress,
  ): Promise<LedgerImportReport>;
  /** An operating statement as a table. */
  statement(query: StatementQuery): Promise<TableModel>;
  /** The consistency checks' findings for a unit, a year and a round kind. */
  check(query: ConsistencyQuery): Promise<ConsistencyReport>;
  /** A unit's document for a year (and a round of the year, by kind) as an HTML page. */
  documentHtml(query: DocumentQuery): Promise<string>;
  /** The same document as a Word file or an Excel workbook (a sheet per table). */
  documentOffice(query: DocumentQuery, format: OfficeFormat): Promise<Buffer>;
  /** The stored versions of a unit's document for a year (every round), newest first. */
  documentVersions(query: Omit<DocumentQuery, 'round'>): Promise<VersionList>;
  /** What starting the year after `fromYear` would do, step by step; nothing is written. */
  previewRollover(fromYear: number): Promise<RolloverPreviewDto>;
  /** Starts the year after `fromYear`, all or nothing, telling `progress` which step it is at. */
  runRollover(fromYear: number, progress: Progress): Promise<RolloverDto>;
  /** Streams a package into the database, telling `progress` how far it has come. */
  importFile(
    input: Readable,
    size: number | null,
    options: ImportOptions,
    progress: Progress,
  ): Promise<ImportReport>;
  close(): Promise<void>;
}

interface DocumentQuery {
  readonly org: string;
  readonly year: number;
  readonly type: DocumentType;
  readonly round?: RoundKind | undefined;
}

type RoundKind = 'budget' | 'april' | 'august' | 'october' | 'closing';

type OfficeFormat = 'docx' | 'xlsx';

/** The id of the year's round of a kind, or a Swedish refusal when the year has none. */
function roundIdOf(
  rounds: ReadonlyArray<{ id: string; year: number; kind: string }>,
  year: number,
  kind: RoundKind,
) {
  const round = rounds.find((candidate) => candidate.year === year && candidate.kind === kind);
  if (!round) {
    throw new CliError(`--round: ${year} har inget uppföljningstillfälle ”${kind}”.`);
  }
  return round.id;
}

interface JobView<T> {
  readonly status: 'queued' | 'running' | 'succeeded' | 'failed';
  readonly done: number;
  readonly total: number | null;
  readonly message: string | null;
  readonly result: T | null;
  readonly error: { message: string; fields?: FieldProblem[] } | null;
}

/**
 * The server's API over the lock's socket: the server holds the folder, so the CLI must not open it. An
 * import uploads the file as a stream and follows the server's import job.
 */
function viaServer(server: Pick<ServerAccess, 'request'>, name: string): Backend {
  const call = async <T>(method: string, path: string, body?: string | Readable): Promise<T> => {
    const response = await server.request(method, path, body).catch(() => {
      throw new CliError(`Verksam-servern (${name}) svarar inte. Försök igen.`);
    });
    let parsed: { error?: { message?: string; fields?: FieldProblem[] } };
    try {
      parsed = JSON.parse(response.body);
    } catch {
      throw new CliError(`Servern svarade ${response.status} med något annat än JSON.`);
    }
    if (response.status < 200 || response.status >= 300) {
      throw new CliError(
        parsed.error?.message ?? `Servern svarade ${response.status}.`,
        parsed.error?.fields ?? [],
      );
    }
    return parsed as T;
  };
  /** Follows a job on the server until it ends: its result, or its error with every problem. */
  const followJob = async <T>(id: string, progress: Progress, failed: string): Promise<T> => {
    for (;;) {
      const job = await call<JobView<T>>('GET', `/api/v1/jobs/${id}`);
      if (job.status === 'succeeded' && job.result) {
        return job.result;
      }
      if (job.status === 'failed') {
        throw new CliError(job.error?.message ?? failed, job.error?.fields ?? []);
      }
      progress(job.done, job.total, job.message ?? undefined);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  };
  /** A document as the server renders it: the HTML as text, a Word or Excel file as its bytes. */
  const renderRemote = async (query: DocumentQuery, format: 'html' | OfficeFormat) => {
    const params = new URLSearchParams({
      unitId: query.org,
      year: String(query.year),
      type: query.type,
      format,
    });
    if (query.round) {
      const rounds = await call<Array<{ id: string; year: number; kind: string }>>(
        'GET',
        '/api/v1/planning/rounds',
      );
      params.set('roundId', roundIdOf(rounds, query.year, query.round));
    }
    const path = `/api/v1/documents/render?${params}`;
    const response = await server.request('GET', path).catch(() => {
      throw new CliError(`Verksam-servern (${name}) svarar inte. Försök igen.`);
    });
    if (response.status !== 200) {
      // An error is the API's JSON: let call() read it out.
      await call('GET', path);
    }
    return response;
  };
  return {
    async importLedger(input, fileName, request, progress) {
      progress(0, null, 'Skickar filen till servern …');
      const file = await call<{ id: string }>(
        'POST',
        `/api/v1/files?name=${encodeURIComponent(fileName)}`,
        input,
      );
      const started = await call<{ id: string }>(
        'POST',
        '/api/v1/economy/ledger-imports',
        JSON.stringify({ ...request, fileId: file.id }),
      );
      return followJob(started.id, progress, 'Inläsningen av huvudboken misslyckades.');
    },
    async statement(query) {
      const params = new URLSearchParams(
        Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
      );
      return call('GET', `/api/v1/economy/statement?${params}`);
    },
    async documentHtml(query) {
      return (await renderRemote(query, 'html')).body;
    },
    async documentOffice(query, format) {
      return (await renderRemote(query, format)).bytes;
    },
    documentVersions: (query) =>
      call(
        'GET',
        `/api/v1/documents/versions?${new URLSearchParams({ unitId: query.org, year: String(query.year), type: query.type })}`,
      ),
    async check(query) {
      const params = new URLSearchParams({ org: query.org, year: String(query.year) });
      if (query.round) {
        params.set('round', query.round);
      }
      return call('GET', `/api/v1/consistency/findings?${params}`);
    },
    previewRollover: (fromYear) => call('GET', `/api/v1/rollover/preview?fromYear=${fromYear}`),
    async runRollover(fromYear, progress) {
      const started = await call<{ id: string }>(
        'POST',
        '/api/v1/rollover/runs',
        JSON.stringify({ fromYear }),
      );
      return followJob(started.id, progress, `Starten av ${fromYear + 1} misslyckades.`);
    },
    async exportPackage(scope) {
      const query = new URLSearchParams();
      if (scope.org) {
        query.set('org', scope.org);
      }
      if (scope.year !== undefined) {
        query.set('year', String(scope.year));
      }
      return JSON.stringify(await call('GET', `/api/v1/data-package/export?${query}`));
    },
    async importFile(input, size, options, progress) {
      progress(0, size, 'Skickar paketet till servern …');
      const file = await call<{ id: string }>('POST', '/api/v1/files?name=datapaket.json', input);
      const started = await call<{ id: string }>(
        'POST',
        '/api/v1/data-package/import-jobs',
        JSON.stringify({
          fileId: file.id,
          dryRun: options.dryRun,
          otherMunicipality: options.allowOtherMunicipality,
        }),
      );
      return followJob(started.id, progress, 'Inläsningen misslyckades.');
    },
    close: async () => {},
  };
}

async function direct(target: DatabaseTarget): Promise<Backend> {
  const handle = await openDatabase<Database>(target);
  try {
    await migrate(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const ctx = systemContext(handle.db);
  const localDocument = async (query: DocumentQuery) =>
    buildDocument(ctx, {
      unitId: query.org,
      year: query.year,
      type: query.type,
      roundId: query.round ? roundIdOf(await listRounds(ctx.db), query.year, query.round) : undefined,
    });
  return {
    async importLedger(input, fileName, request, progress) {
      prewarmLedgerReader();
      const file = await storeFile(ctx.db, input, {
        name: fileName,
        mediaType: 'text/plain',
        createdBy: ctx.actor.userId,
      });
      return importLedgerFile(ctx, { ...request, fileId: file.id }, progress);
    },
    statement: (query) => operatingStatement(ctx, query),
    check: (query) => checkConsistency(ctx, query),
    async documentHtml(query) {
      return documentHtml(await localDocument(query));
    },
    async documentOffice(query, format) {
      // Word and Excel need no printer: the PDF renderer is never started for them.
      return documentBytes(await localDocument(query), format, sharedPdfRenderer());
    },
    documentVersions: (query) => listVersions(ctx, { unitId: query.org, year: query.year, type: query.type }),
    previewRollover: (fromYear) => previewRollover(ctx, fromYear, allRolloverSteps()),
    runRollover: (fromYear, progress) => runRollover(ctx, fromYear, allRolloverSteps(), { progress }),
    exportPackage: async (scope) =>
      JSON.stringify(await exportPackage(ctx, scope, packageSections()), null, 2),
    importFile: (input, size, options, progress) =>
      importPackageStream(ctx, input, packageSections(), { ...options, size: size ?? undefined, progress }),
    close: () => handle.close(),
  };
}

/** What a command does where the embedded folder has no database yet. */
type WhenNoDatabase = 'refuse-export' | 'refuse-import' | 'create';

function noDatabase(dataDir: string, when: Exclude<WhenNoDatabase, 'create'>): CliError {
  const where = `Det finns ingen Verksam-databas i ${dataDir}.`;
  return new CliError(
    when === 'refuse-export'
      ? `${where} Ange mappen där dina data finns med VERKSAM_DATA_DIR (nu ${dataDir}), ` +
          'eller använd en PostgreSQL-server med DATABASE_URL.'
      : `${where} Ange mappen där dina data finns med VERKSAM_DATA_DIR (nu ${dataDir}), ` +
          'eller lägg till --create-database för att skapa en ny, tom databas där och läsa in paketet i den.',
  );
}

const SERVER_WAIT_MS = 60_000;

/**
 * The server's API when a server holds the data folder (waiting for one that is still starting), otherwise
 * the database itself. Says on standard error which database it works on, and never creates an empty
 * embedded database unless asked to. A bulk load (a ledger file) opens the embedded database in a worker
 * thread, so that its parse and the database's writes run side by side.
 */
async function backend(whenNoDatabase: WhenNoDatabase, bulk: boolean): Promise<Backend> {
  const config = readConfig();
  if (config.serverUrl) {
    if (!config.token) {
      throw new CliError(
        'VERKSAM_SERVER_URL är satt men inte VERKSAM_TOKEN. Be en administratör om en API-nyckel ' +
          '(Användare → API-nycklar) och sätt den i VERKSAM_TOKEN.',
      );
    }
    console.error(`Går via Verksam-servern på ${config.serverUrl}, med API-nyckeln i VERKSAM_TOKEN.`);
    return viaServer(remoteApi(config.serverUrl, config.token), config.serverUrl);
  }
  if (config.databaseUrl) {
    console.error(`Använder PostgreSQL-servern i DATABASE_URL (${describeDatabaseUrl(config.databaseUrl)}).`);
    return direct({ kind: 'server', url: config.databaseUrl });
  }
  const { dataDir } = config;
  // No server can hold a folder that does not exist; refuse before the lock would create it.
  if (whenNoDatabase !== 'create' && !fs.existsSync(dataDir)) {
    throw noDatabase(dataDir, whenNoDatabase);
  }
  const claim = await claimDataDir(dataDir, {
    role: 'command',
    timeoutMs: SERVER_WAIT_MS,
    onWait: (holder, recorded) => console.error(waitingMessage(dataDir, holder, recorded)),
  });
  if (claim.kind === 'server') {
    const { holder } = claim.server;
    console.error(
      `Går via Verksam-servern som kör på ${holder.url ?? 'datamappens lås'} (pid ${holder.pid}), ` +
        `med databasen i ${dataDir}.`,
    );
    return viaServer(claim.server, `pid ${holder.pid}`);
  }
  const { lock } = claim;
  const created = !hasDatabase(dataDir);
  if (created && whenNoDatabase !== 'create') {
    await lock.release();
    throw noDatabase(dataDir, whenNoDatabase);
  }
  const takeover = takeoverNotice(lock);
  if (takeover) {
    console.error(takeover);
  }
  console.error(
    created
      ? `Skapar en ny, tom inbäddad databas i ${dataDir} (ingen server kör).`
      : `Använder den inbäddade databasen i ${dataDir} (ingen server kör).`,
  );
  return direct({ kind: 'started', started: (bulk ? openEmbeddedInWorker : openEmbedded)(lock) });
}

function waitingMessage(dataDir: string, holder: HolderStatus | null, recorded: LockOwner | null): string {
  const seconds = SERVER_WAIT_MS / 1000;
  const owner = holder ?? recorded;
  if (owner?.role === 'server') {
    const what = holder ? 'startar' : 'svarar inte just nu';
    return `Verksam-servern (pid ${owner.pid}) ${what} med datamappen ${dataDir}; väntar på den (högst ${seconds} s) …`;
  }
  const who = owner ? `ett annat verksam-kommando (pid ${owner.pid})` : 'en annan process';
  return `Datamappen ${dataDir} används just nu av ${who}; väntar tills den blir ledig (högst ${seconds} s) …`;
}

async function withBackend<T>(
  whenNoDatabase: WhenNoDatabase,
  work: (backend: Backend) => Promise<T>,
  { bulk = false } = {},
): Promise<T> {
  const chosen = await backend(whenNoDatabase, bulk);
  try {
    return await work(chosen);
  } finally {
    await chosen.close();
  }
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) {
    throw new InvalidArgumentError('ange ett årtal, t.ex. 2023.');
  }
  return year;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What an import did (or would do, on a dry run), list by list, with its warnings. */
function describeReport(report: ImportReport): string {
  const lines = packageSections()
    .map((section) => ({
      name: section.plural,
      created: report.created[section.list] ?? 0,
      updated: report.updated[section.list] ?? 0,
      unchanged: report.unchanged[section.list] ?? 0,
    }))
    .filter((list) => list.created + list.updated + list.unchanged > 0)
    .map(
      (list) =>
        `  ${list.name}: ${count(list.created, 'ny', 'nya')}, ${count(list.updated, 'ändrad', 'ändrade')}, ` +
        `${count(list.unchanged, 'oförändrad', 'oförändrade')}`,
    );
  const warnings = report.warnings.map((warning) => `  Varning ${warning.path}: ${warning.message}`);
  const heading = report.dryRun
    ? 'Provkörning: så här skulle datapaketet läsas in. Ingenting har ändrats.'
    : 'Datapaketet är inläst.';
  return [heading, ...lines, ...warnings].join('\n');
}

const HELP_TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Användning:',
  'Options:': 'Flaggor:',
  'Commands:': 'Kommandon:',
  'Arguments:': 'Argument:',
  'Global Options:': 'Gemensamma flaggor:',
};

export function createProgram(): Command {
  const program = new Command('verksam')
    .description('Verksam – mål- och resultatstyrning. Datapaket, huvudbok och driftsammandrag.')
    .helpOption('-h, --help', 'visa hjälp')
    .helpCommand('help [kommando]', 'visa hjälp för ett kommando')
    .usage('[flaggor] [kommando]')
    // Commander's own headings, in Swedish; the subcommands inherit this.
    .configureHelp({
      styleTitle: (title) => HELP_TITLES[title] ?? title,
      subcommandTerm: (command) => `${command.name()} ${command.usage()}`.trim(),
    })
    .exitOverride()
    .configureOutput({ outputError: () => {} });

  program
    .command('export')
    .description('Skriv ett datapaket (JSON) för en enhet och ett år, eller allt')
    .usage('[flaggor]')
    .option('--org <kod>', 'organisationsenhetens kod, t.ex. VSS')
    .option('--year <år>', 'året, t.ex. 2023', parseYear)
    .option('--out <fil>', 'skriv till en fil i stället för till standard ut')
    .action(async (options: { org?: string; year?: number; out?: string }) => {
      const pkg = await withBackend('refuse-export', (chosen) =>
        chosen.exportPackage({ org: options.org, year: options.year }),
      );
      const text = `${pkg}\n`;
      if (options.out) {
        fs.writeFileSync(options.out, text);
        console.error(`Datapaketet skrevs till ${options.out}.`);
      } else {
        process.stdout.write(text);
      }
    });

  program
    .command('import')
    .description('Läs in ett datapaket – allt eller inget')
    .argument('<fil>', 'datapaketet (JSON), eller - för standard in')
    .usage('[flaggor] <fil>')
    .option(
      '--create-database',
      'skapa en ny, tom inbäddad databas om datamappen saknar en (annars vägrar import, så att paketet inte ' +
        'hamnar i en tom databas när VERKSAM_DATA_DIR pekar fel)',
    )
    .option(
      '--dry-run',
      'kontrollera paketet och visa vad som skulle skapas och ändras, utan att ändra något',
    )
    .option(
      '--other-municipality',
      'läs in paketet även om det kommer från en annan kommun än installationens (annars vägras det)',
    )
    .action(
      async (
        file: string,
        options: { createDatabase?: boolean; dryRun?: boolean; otherMunicipality?: boolean },
      ) => {
        const input = file === '-' ? process.stdin : openFile(file);
        const size = file === '-' ? null : fs.statSync(file).size;
        const progress = progressPrinter();
        const report = await withBackend(
          options.createDatabase ? 'create' : 'refuse-import',
          (chosen) =>
            chosen.importFile(
              input,
              size,
              { dryRun: options.dryRun ?? false, allowOtherMunicipality: options.otherMunicipality ?? false },
              progress.report,
            ),
          { bulk: true },
        ).finally(progress.end);
        console.error(describeReport(report));
      },
    );
  const ledger = program
    .command('ledger')
    .description('Huvudboken: läs in SIE 4-filer med utfall')
    .usage('[kommando]');
  ledger
    .command('import')
    .description('Läs in en huvudboksfil (SIE 4E eller 4I) för ett år eller en period – allt eller inget')
    .argument('<fil>', 'SIE-filen')
    .usage('[flaggor] <fil>')
    .requiredOption('--year <år>', 'räkenskapsåret, t.ex. 2023', parseYear)
    .option('--months <från-till>', 'månaderna filen gäller, t.ex. 1-8 (annars hela året)', parseMonths)
    .action(async (file: string, options: { year: number; months?: [number, number] }) => {
      const input = openFile(file);
      const [firstMonth, lastMonth] = options.months ?? [1, 12];
      const progress = progressPrinter();
      const result = await withBackend(
        'refuse-import',
        (chosen) =>
          chosen.importLedger(
            input,
            path.basename(file),
            { year: options.year, firstMonth, lastMonth },
            progress.report,
          ),
        { bulk: true },
      ).finally(progress.end);
      console.error(describeLedgerReport(result));
    });

  program
    .command('statement')
    .description('Skriv ett driftsammandrag för en enhet och ett år, från huvudboken')
    .usage('[flaggor]')
    .requiredOption('--org <kod>', 'organisationsenhetens kod, t.ex. VSS')
    .requiredOption('--year <år>', 'året, t.ex. 2023', parseYear)
    .option(
      '--round <tillfälle>',
      'uppföljningstillfället: april, august eller october (med enheternas prognoser), eller closing (helåret)',
      parseChoice(['april', 'august', 'october', 'closing']),
    )
    .option(
      '--plan-years <antal>',
      'budgetdokumentets uppställning: bokslut två år bakåt, budget och så här många planår (0–10)',
      parseChoice(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']),
    )
    .option('--unit <enhet>', 'kr, tkr eller mnkr', parseChoice(['kr', 'tkr', 'mnkr']), 'tkr')
    .option(
      '--sign <konvention>',
      'result (netto = intäkter − kostnader) eller netCost (netto = kostnader − intäkter)',
      parseChoice(['result', 'netCost']),
      'result',
    )
    .option(
      '--format <format>',
      'csv (svensk Excel: semikolon, decimalkomma), csv-en (komma, decimalpunkt), xlsx (Excel) eller json',
      parseChoice(['csv', 'csv-en', 'xlsx', 'json']),
      'csv',
    )
    .option('--out <fil>', 'skriv till en fil i stället för till standard ut')
    .action(
      async (options: {
        org: string;
        year: number;
        round?: 'april' | 'august' | 'october' | 'closing';
        planYears?: string;
        unit: 'kr' | 'tkr' | 'mnkr';
        sign: 'result' | 'netCost';
        format: 'csv' | 'csv-en' | 'xlsx' | 'json';
        out?: string;
      }) => {
        const table = await withBackend('refuse-export', (chosen) =>
          chosen.statement({
            org: options.org,
            year: options.year,
            // The closing is the whole year; an interim round brings the units' forecasts made then.
            ...(options.round === 'closing' ? { throughMonth: 12 } : { round: options.round }),
            ...(options.planYears === undefined ? {} : { planYears: Number(options.planYears) }),
            unit: options.unit,
            sign: options.sign,
            details: 'true',
          }),
        );
        const text =
          options.format === 'xlsx'
            ? await tableToXlsx(table)
            : options.format === 'json'
              ? `${JSON.stringify(table, null, 2)}\n`
              : tableToCsv(table, options.format === 'csv' ? 'sv' : 'en');
        if (options.out) {
          fs.writeFileSync(options.out, text);
          console.error(`Driftsammandraget skrevs till ${options.out}.`);
        } else {
          process.stdout.write(text);
        }
      },
    );
  const documentCommand = program
    .command('document')
    .description(
      'Dokument ur data: förvaltningsbudget, delårsrapport, verksamhetsberättelse och internkontrollplan',
    )
    .usage('[kommando]');
  documentCommand
    .command('versions')
    .description('Lista versionerna av en enhets dokument för ett år: läge, beslut och kontrollsumma')
    .usage('[flaggor]')
    .requiredOption('--org <kod>', 'organisationsenhetens kod, t.ex. VSS')
    .requiredOption('--year <år>', 'året, t.ex. 2019', parseYear)
    .requiredOption('--type <typ>', DOCUMENT_TYPE_HELP, parseChoice(DOCUMENT_TYPES))
    .option('--format <format>', 'text eller json', parseChoice(['text', 'json']), 'text')
    .action(async (options: Omit<DocumentQuery, 'round'> & { format: string }) => {
      const { versions } = await withBackend('refuse-export', (chosen) => chosen.documentVersions(options));
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(versions, null, 2)}\n`);
        return;
      }
      if (versions.length === 0) {
        process.stdout.write('Inga versioner är sparade av dokumentet.\n');
        return;
      }
      for (const version of versions) {
        const parts = [
          `Version ${version.number} (${version.period}): ${VERSION_STATE_LABELS[version.state]}`,
          `skapad ${formatDateTime(version.createdAt)} av ${version.createdByName}`,
          version.approvedAt
            ? `godkänd ${formatDateTime(version.approvedAt)} av ${version.approvedByName}`
            : null,
          version.decision ? `beslut ${version.decision.text}` : null,
          version.publishedAt ? `publicerad ${formatDateTime(version.publishedAt)}` : null,
          `kontrollsumma ${version.contentHash}`,
        ];
        process.stdout.write(`${parts.filter((part) => part !== null).join('; ')}\n`);
      }
    });
  documentCommand
    .command('render')
    .description('Skapa en enhets dokument för ett år som HTML, PDF, Word eller Excel (ett utkast)')
    .usage('[flaggor]')
    .requiredOption('--org <kod>', 'organisationsenhetens kod, t.ex. VSS')
    .requiredOption('--year <år>', 'året, t.ex. 2019', parseYear)
    .requiredOption('--type <typ>', DOCUMENT_TYPE_HELP, parseChoice(DOCUMENT_TYPES))
    .option(
      '--round <tillfälle>',
      'uppföljningstillfället: budget, april, august, october eller closing (annars dokumenttypens eget)',
      parseChoice(['budget', 'april', 'august', 'october', 'closing']),
    )
    .option(
      '--format <format>',
      'html, pdf, docx (Word) eller xlsx (Excel, en flik per tabell)',
      parseChoice(['html', 'pdf', 'docx', 'xlsx']),
      'html',
    )
    .requiredOption('--out <fil>', 'filen att skriva')
    .action(async (options: DocumentQuery & { format: 'html' | 'pdf' | OfficeFormat; out: string }) => {
      if (options.format === 'docx' || options.format === 'xlsx') {
        const format = options.format;
        fs.writeFileSync(
          options.out,
          await withBackend('refuse-export', (chosen) => chosen.documentOffice(options, format)),
        );
        console.error(`Dokumentet skrevs till ${options.out}.`);
        return;
      }
      const pdf = sharedPdfRenderer();
      if (options.format === 'pdf') {
        checkPdfAvailable(pdf);
      }
      const html = await withBackend('refuse-export', (chosen) => chosen.documentHtml(options));
      try {
        fs.writeFileSync(options.out, options.format === 'pdf' ? await pdf.render(html) : html);
      } finally {
        await closeSharedPdfRenderer();
      }
      console.error(`Dokumentet skrevs till ${options.out}.`);
    });
  program
    .command('check')
    .description(
      'Kontrollera en enhets mål, bedömningar, volymer och budget för ett år: skriv fynden och avsluta med ' +
        `kod ${FOUND_ERRORS} om något fel varken är rättat eller kvitterat (1 om kontrollen inte kunde göras)`,
    )
    .usage('[flaggor]')
    .requiredOption('--org <kod>', 'organisationsenhetens kod, t.ex. VSS')
    .requiredOption('--year <år>', 'året, t.ex. 2019', parseYear)
    .option(
      '--round <tillfälle>',
      'bara ett uppföljningstillfälle: budget, april, august, october eller closing (annars årets alla)',
      parseChoice(['budget', 'april', 'august', 'october', 'closing']),
    )
    .option('--format <format>', 'text eller json', parseChoice(['text', 'json']), 'text')
    .action(
      async (options: { org: string; year: number; round?: ConsistencyQuery['round']; format: string }) => {
        const report = await withBackend('refuse-export', (chosen) =>
          chosen.check({ org: options.org, year: options.year, round: options.round }),
        );
        process.stdout.write(
          options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : reportAsText(report),
        );
        // Only open errors: an acknowledged one has been looked at and accepted with a reason.
        if (report.severities.fel > report.acknowledged) {
          process.exitCode = FOUND_ERRORS;
        }
      },
    );
  const year = program.command('year').description('Året: starta nästa år').usage('[kommando]');
  year
    .command('rollover')
    .description(
      'Starta nästa år: kopiera årets uppföljningstillfällen och förläng målen som slutar i år – allt eller ' +
        'inget; kan ångras på sidan Nytt år tills någon ändrar det som skapades',
    )
    .usage('[flaggor]')
    .requiredOption('--from <år>', 'året som avslutas, t.ex. 2023 (då startas 2024)', parseYear)
    .option('--dry-run', 'visa vad som skulle göras, steg för steg, utan att ändra något')
    .action(async (options: { from: number; dryRun?: boolean }) => {
      if (options.dryRun) {
        const preview = await withBackend('refuse-export', (chosen) => chosen.previewRollover(options.from));
        console.error(describeRolloverPreview(preview));
        return;
      }
      const progress = progressPrinter();
      const result = await withBackend('refuse-export', (chosen) =>
        chosen.runRollover(options.from, progress.report),
      ).finally(progress.end);
      console.error(describeRollover(result));
    });
  return program;
}

function describeRolloverPreview(preview: RolloverPreviewDto): string {
  return [
    `Provkörning: så här skulle ${preview.toYear} startas från ${preview.fromYear}. Ingenting har ändrats.`,
    ...preview.steps.map((step) => `  ${step.label}: ${step.summary}`),
    ...(preview.refusal ? [preview.refusal] : []),
  ].join('\n');
}

function describeRollover(rollover: RolloverDto): string {
  const lines = rollover.counts.map(
    (table) =>
      `  ${table.label}: ${count(table.created, 'ny', 'nya')}, ${count(table.changed, 'ändrad', 'ändrade')}`,
  );
  return [
    `${rollover.toYear} är startat från ${rollover.fromYear}. Det kan ångras på sidan Nytt år tills någon ändrar något av det.`,
    ...lines,
  ].join('\n');
}

/** `verksam check`'s exit code when it finds an error: not 1, so a scheduled check tells it from a failure. */
const FOUND_ERRORS = 2;

function parseMonths(value: string): [number, number] {
  const match = /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(value.trim());
  const first = Number(match?.[1]);
  const last = Number(match?.[2] ?? match?.[1]);
  if (!match || first < 1 || last > 12 || last < first) {
    throw new InvalidArgumentError('ange månader som 1-8 (januari–augusti) eller 12.');
  }
  return [first, last];
}

function parseChoice<T extends string>(choices: readonly T[]): (value: string) => T {
  return (value) => {
    if (!(choices as readonly string[]).includes(value)) {
      throw new InvalidArgumentError(`välj ett av ${choices.join(', ')}.`);
    }
    return value as T;
  };
}

function describeLedgerReport(result: LedgerImportReport): string {
  const { import: load } = result;
  const period =
    load.firstMonth === 1 && load.lastMonth === 12
      ? `hela ${load.year}`
      : `månad ${load.firstMonth}–${load.lastMonth} ${load.year}`;
  return [
    `Huvudboken är inläst för ${period} (${load.fileName}, teckenkodning ${load.encoding}).`,
    `  ${number.format(result.vouchers)} verifikationer, ${number.format(result.rows)} transaktionsrader på kostnader och intäkter`,
    `  ${number.format(result.leftOut)} rader på balans-, finansiella och övriga konton lästes men sparades inte`,
  ].join('\n');
}

function openFile(file: string): Readable {
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    throw new CliError(`Filen ${file} kan inte läsas.`);
  }
  return fs.createReadStream(file);
}

const number = new Intl.NumberFormat('sv-SE');

/**
 * Progress on standard error: one line rewritten in place on a terminal, otherwise a line when the step
 * changes or every few seconds, so a log of a nightly run stays short.
 */
function progressPrinter(): { report: Progress; end: () => void } {
  const terminal = process.stderr.isTTY === true;
  let lastLine = '';
  let lastMessage = '';
  let lastAt = 0;
  const report: Progress = (done, total, message) => {
    const step = message ?? lastMessage;
    const bytes = /paketet/.test(step);
    const amount = bytes
      ? `${number.format(Math.round(done / 2 ** 20))} MB${total ? ` av ${number.format(Math.round(total / 2 ** 20))} MB` : ''}`
      : `${number.format(done)}${total ? ` av ${number.format(total)} poster` : ' poster'}`;
    const percent = total ? ` ${Math.floor((100 * done) / total)} %` : '';
    const line = `${step}${percent} (${amount})`;
    const now = Date.now();
    if (terminal) {
      process.stderr.write(`\r${line.padEnd(lastLine.length)}`);
      lastLine = line;
    } else if (step !== lastMessage || now - lastAt > 5000) {
      process.stderr.write(`${line}\n`);
      lastAt = now;
    }
    lastMessage = step;
  };
  return { report, end: () => terminal && lastLine && process.stderr.write('\n') };
}

/** Commander's own messages are English; these are the ones a user meets. */
function commanderMessage(error: CommanderError): string | null {
  switch (error.code) {
    case 'commander.helpDisplayed':
    case 'commander.version':
    case 'commander.help':
      return null;
    case 'commander.invalidArgument':
      return error.message.replace(
        /^error: option '([^']+)' argument '([^']*)' is invalid\./,
        'Ogiltigt värde ”$2” för $1:',
      );
    case 'commander.missingArgument':
      return `Argument saknas: ${error.message.replace(/^error: missing required argument '([^']+)'.*$/, '$1')}.`;
    case 'commander.optionMissingArgument':
      return `Flaggan saknar värde: ${error.message.replace(/^error: option '([^']+)' argument missing.*$/, '$1')}.`;
    case 'commander.missingMandatoryOptionValue':
      return `Flaggan krävs: ${error.message.replace(/^error: required option '([^']+)' not specified.*$/s, '$1')}.`;
    case 'commander.unknownOption':
      return `Okänd flagga: ${error.message.replace(/^error: unknown option '([^']+)'.*$/s, '$1')}.`;
    case 'commander.unknownCommand':
      return `Okänt kommando: ${error.message.replace(/^error: unknown command '([^']+)'.*$/s, '$1')}.`;
    default:
      return error.message;
  }
}

function report(error: unknown): number {
  if (error instanceof CommanderError) {
    const message = commanderMessage(error);
    if (message === null) {
      return error.exitCode;
    }
    console.error(`${message}\n(skriv verksam --help för hjälp)`);
    return 1;
  }
  if (error instanceof DomainError || error instanceof CliError) {
    const problems = error instanceof DomainError ? error.fields : error.problems;
    console.error(error.message);
    for (const problem of problems) {
      console.error(`  ${describeProblem(problem)}`);
    }
    return 1;
  }
  console.error(error instanceof Error ? error.message : error);
  return 1;
}

/** A problem as the Datapaket page shows it: where, which record, what is wrong, and the value. */
function describeProblem(problem: FieldProblem): string {
  const record = problem.record ? ` – ${problem.record}` : '';
  const value = problem.value !== undefined ? ` (värde: ${JSON.stringify(problem.value)})` : '';
  return `${problem.path}${record}: ${problem.message}${value}`;
}

// `verksam export | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    process.exit(0);
  }
  throw error;
});

createProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.exitCode = report(error);
  });
