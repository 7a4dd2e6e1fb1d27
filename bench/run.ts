/**
 * `npm run bench`: generates a data package the size of a large municipality and measures the application
 * with it, on the embedded engine and, when BENCH_DATABASE_URL is set, on a PostgreSQL server:
 *
 *  1. in process: the import and the API's requests one at a time through `app.inject()` (a table per engine);
 *  2. as it runs in production (bench/system.ts): import against COPY, the goal sheet under load over real
 *     HTTP against a baseline server (also while saving, and while exporting), two instances on one
 *     PostgreSQL database, and warm start against a baseline;
 *  3. the economy module (bench/ledger.ts): a SIE ledger import against COPY of the same rows, with its
 *     memory at two file sizes, and, on the server, the operating statement over a year of ledger rows
 *     against a hand-written aggregate query;
 *  4. the documents module (bench/documents.ts), on the embedded engine with the package imported: the
 *     annual report of the largest administration and the municipality-wide compilation, each to HTML, PDF
 *     and Word with one Chromium started once and reused, against that Chromium printing the same final HTML
 *     alone; and memory over 20 renders in a row.
 *
 * Parts 2, 3 and 4 end in one summary of ratios with their goals. Everything is written to
 * bench/results/latest.json. `npm run bench:load` runs part 2 alone, `npm run bench -- --ledger-only` (or
 * BENCH_LEDGER_ONLY=1) part 3 alone, `npm run bench -- --documents-only` (or BENCH_DOCUMENTS_ONLY=1) part 4
 * alone, with the data package of BENCH_SCALE.
 *
 *   BENCH_SCALE=0.2 npm run bench                                                 # a quicker run
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench  # both engines
 *   BENCH_LEDGER_ROWS=100000 BENCH_STATEMENT_ROWS=1000000 npm run bench -- --ledger-only   # a quick ledger run
 *   BENCH_SCALE=0.1 npm run bench -- --documents-only                             # a quick documents run
 *
 * Other settings: BENCH_DURATION (seconds per load run, 10), BENCH_CONNECTIONS (200), BENCH_WARMUP
 * (seconds of light load before each run, 2), BENCH_TIMEOUT (seconds before a request counts as timed
 * out, 30), BENCH_START_RUNS (warm starts of each kind, 5), BENCH_CHECKS (two-instance checks, 6),
 * BENCH_SAVE_INTERVAL (milliseconds between saves while every sheet is under load, 1000), BENCH_LEDGER_ROWS
 * (transaction rows of the SIE file imported, 1000000), BENCH_LEDGER_RUNS (timed imports, each followed by a
 * COPY, whose medians the ledger goal is judged on, 3), BENCH_STATEMENT_ROWS (ledger rows the operating
 * statement is computed over, 10000000), BENCH_DOCUMENT_RUNS (timed runs of each document and of its print
 * alone, 5), BENCH_DOCUMENT_RENDERS (renders in a row for the memory measurement, 20), CHROMIUM_PATH (the
 * Chromium that prints, /usr/bin/chromium; without it part 4 is skipped).
 */
import os from 'node:os';
import { benchDocuments, type DocumentsOptions } from './documents.ts';
import { type BenchDatabase, openEmbedded, openServer } from './engines.ts';
import { countRecords, type GeneratedData, generatePackage, LIST_NAMES } from './generate.ts';
import { benchLedger, type LedgerOptions, type LedgerResults } from './ledger.ts';
import { timed } from './measure.ts';
import { type DataSummary, printData, printEngine, writeResults } from './report.ts';
import { benchEngine, type EngineResult } from './scenario.ts';
import {
  documentsSummaryRows,
  ledgerSummaryRows,
  printSummary,
  printSystemEngine,
  summaryRows,
} from './summary.ts';
import {
  cleanUp,
  type SystemEngineResult,
  type SystemOptions,
  systemOnPglite,
  systemOnServer,
} from './system.ts';
import { parseDataPackage } from './verksam.ts';

function readNumber(name: string, fallback: number, integer = false): number {
  const text = process.env[name];
  if (text === undefined || text === '') {
    return fallback;
  }
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new Error(
      `${name} must be a ${integer ? 'whole ' : ''}number of at least 0, not ${JSON.stringify(text)}`,
    );
  }
  return value;
}

function readScale(): number {
  const scale = readNumber('BENCH_SCALE', 1);
  if (scale <= 0) {
    throw new Error('BENCH_SCALE must be more than 0');
  }
  return scale;
}

function readSystemOptions(): SystemOptions {
  const positive = (name: string, fallback: number, integer = false) => {
    const value = readNumber(name, fallback, integer);
    if (value <= 0) {
      throw new Error(`${name} must be more than 0`);
    }
    return value;
  };
  return {
    connections: positive('BENCH_CONNECTIONS', 200, true),
    durationS: positive('BENCH_DURATION', 10),
    warmupS: readNumber('BENCH_WARMUP', 2),
    timeoutS: positive('BENCH_TIMEOUT', 30),
    startRuns: positive('BENCH_START_RUNS', 5, true),
    consistencyChecks: positive('BENCH_CHECKS', 6, true),
    saveIntervalMs: positive('BENCH_SAVE_INTERVAL', 1000),
  };
}

function readLedgerOptions(): LedgerOptions {
  const rows = readNumber('BENCH_LEDGER_ROWS', 1_000_000, true);
  const statementRows = readNumber('BENCH_STATEMENT_ROWS', 10_000_000, true);
  const timedRuns = readNumber('BENCH_LEDGER_RUNS', 3, true);
  if (rows < 4 || statementRows < 1 || timedRuns < 0) {
    throw new Error(
      'BENCH_LEDGER_ROWS must be at least 4, BENCH_STATEMENT_ROWS at least 1 and BENCH_LEDGER_RUNS at least 0',
    );
  }
  return { rows, statementRows, timedRuns };
}

function readDocumentsOptions(): DocumentsOptions {
  const runs = readNumber('BENCH_DOCUMENT_RUNS', 5, true);
  const renders = readNumber('BENCH_DOCUMENT_RENDERS', 20, true);
  if (runs < 1 || renders < 1) {
    throw new Error('BENCH_DOCUMENT_RUNS and BENCH_DOCUMENT_RENDERS must be at least 1');
  }
  return { runs, renders };
}

const truthy = (text: string | undefined) => text !== undefined && !['', '0', 'false', 'no'].includes(text);

/** Part 3 alone: no data package, no servers; its summary rows and results. */
async function ledgerOnly(url: string | undefined): Promise<void> {
  const ledger = await benchLedger(readLedgerOptions(), url);
  const summary = ledgerSummaryRows(ledger);
  printSummary(summary);
  const file = writeResults({ engines: [], ledger, summary });
  console.log(`\nResults written to ${file}`);
}

/** Part 4 alone: the data package of BENCH_SCALE on the embedded engine; its summary rows and results. */
async function documentsOnly(): Promise<void> {
  const scale = readScale();
  const options = readDocumentsOptions();
  const generated = await timed(async () => generatePackage(scale));
  const data = await summarise(generated.value, scale, generated.ms);
  printData(data);
  const documents = await benchDocuments(generated.value, options);
  const summary = documentsSummaryRows(documents);
  printSummary(summary);
  printLoad(documents.loadAverage, 'the documents run');
  const file = writeResults({ data, engines: [], documents, summary });
  console.log(`\nResults written to ${file}`);
}

function printLoad(load: { before: number; after: number; cores: number }, what: string): void {
  // Other work on the machine slows the app and its baseline alike only when it is steady; say how busy it was.
  console.log(
    `\n  load average (1 min) ${load.before.toFixed(1)} before and ${load.after.toFixed(1)} after ` +
      `${what}, on ${load.cores} cores`,
  );
}

async function summarise(data: GeneratedData, scale: number, generateMs: number): Promise<DataSummary> {
  const counts = countRecords(data.pkg);
  const orgUnitsByKind: Record<string, number> = {};
  for (const unit of data.pkg.orgUnits) {
    orgUnitsByKind[unit.kind] = (orgUnitsByKind[unit.kind] ?? 0) + 1;
  }
  const parsed = await timed(async () => parseDataPackage(data.pkg));
  if (!parsed.value.success) {
    throw new Error(`the generated package does not parse: ${parsed.value.error.message.slice(0, 2000)}`);
  }
  return {
    scale,
    counts,
    orgUnitsByKind,
    totalRecords: LIST_NAMES.reduce((sum, list) => sum + counts[list], 0),
    packageMb: Buffer.byteLength(JSON.stringify(data.pkg)) / 2 ** 20,
    generateMs,
    parseMs: parsed.ms,
  };
}

async function runOn(open: () => Promise<BenchDatabase>, data: GeneratedData): Promise<EngineResult> {
  const rssBefore = process.memoryUsage().rss;
  const database = await open();
  try {
    const result = await benchEngine(database, data, rssBefore);
    printEngine(result);
    return result;
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const systemOnly = process.argv.includes('--system-only');
  const url = process.env.BENCH_DATABASE_URL;
  if (process.argv.includes('--documents-only') || truthy(process.env.BENCH_DOCUMENTS_ONLY)) {
    await documentsOnly();
    return;
  }
  if (process.argv.includes('--ledger-only') || truthy(process.env.BENCH_LEDGER_ONLY)) {
    try {
      await ledgerOnly(url);
    } finally {
      await cleanUp();
    }
    return;
  }
  const scale = readScale();
  const options = readSystemOptions();
  const ledgerOptions = readLedgerOptions();
  const documentsOptions = readDocumentsOptions();
  // The ledger first, while no data package fills the heap its memory is measured on.
  let ledger: LedgerResults | undefined;
  if (!systemOnly) {
    try {
      ledger = await benchLedger(ledgerOptions, url);
    } finally {
      await cleanUp();
    }
  }
  const generated = await timed(async () => generatePackage(scale));
  const data = await summarise(generated.value, scale, generated.ms);
  printData(data);

  const engines: EngineResult[] = [];
  if (!systemOnly) {
    engines.push(await runOn(openEmbedded, generated.value));
    if (url) {
      engines.push(await runOn(() => openServer(url), generated.value));
    }
  }
  // The documents in process too, before the servers' load runs keep the machine busy.
  const documents = systemOnly ? undefined : await benchDocuments(generated.value, documentsOptions);

  const system: SystemEngineResult[] = [];
  const loadBefore = os.loadavg()[0] ?? 0;
  try {
    system.push(await systemOnPglite(generated.value, options));
    if (url) {
      system.push(await systemOnServer(url, generated.value, options));
    }
  } finally {
    await cleanUp();
  }
  if (!url) {
    console.log('\n  (set BENCH_DATABASE_URL to measure a PostgreSQL server too)');
  }
  for (const result of system) {
    printSystemEngine(result, options.connections, options.durationS);
  }
  const summary = [
    ...summaryRows(system),
    ...(ledger ? ledgerSummaryRows(ledger) : []),
    ...(documents ? documentsSummaryRows(documents) : []),
  ];
  printSummary(summary);
  const loadAverage = { before: loadBefore, after: os.loadavg()[0] ?? 0, cores: os.cpus().length };
  printLoad(loadAverage, 'the server runs');
  if (documents) {
    printLoad(documents.loadAverage, 'the documents run');
  }
  const file = writeResults({
    data,
    engines,
    system: { options, loadAverage, engines: system },
    ...(ledger ? { ledger } : {}),
    ...(documents ? { documents } : {}),
    summary,
  });
  console.log(`\nResults written to ${file}`);
}

// An interrupted run still stops its servers and drops its databases.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the benchmark's servers and removing its data …`);
    void cleanUp().finally(() => process.exit(130));
  });
}

await main();
