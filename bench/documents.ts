/**
 * The documents module's benchmark (issue 8, "Speed"; `npm run bench`, or alone with
 * `npm run bench -- --documents-only`), on the embedded engine (PGlite in memory) with the generated
 * package imported:
 *
 *  1. Two documents, each built and rendered to HTML, PDF and Word (docx) as the API does it – the model
 *     (buildDocument, with a fresh context each time, so it is built from the database rather than from an
 *     earlier render's cache), its HTML, the PDF (documentBytes: the HTML again, printed by Chromium) and
 *     the Word file – with one PdfRenderer started once and reused for every print:
 *       (a) the verksamhetsberättelse (type annual, closing round) of the largest administration: the one
 *           with the most indicators of its own, whose goal and indicator tables the report prints;
 *       (b) the kommunövergripande sammanställning (type municipal) of the whole municipality: every board's
 *           and förvaltning's goal fulfilment and driftsammandrag.
 *     The limit is the time the same PdfRenderer takes to print the same final HTML alone (the issue's
 *     "the time Chromium alone takes to print the same final HTML in the same run"). Both are the median of
 *     BENCH_DOCUMENT_RUNS runs (5), taken in turns – total, print alone, total, … – after one warm-up of
 *     each, so a busy machine slows both alike; the first print of the run, the browser's launch included,
 *     is reported apart. Ratio = median total / median print alone; goal at most 1,5. The pages are counted
 *     in the PDF (pdfinfo when installed, else its `/Type /Page` objects).
 *     The package is the generated one with the lists bench/document-data.ts adds for the documents (and
 *     for this part only: the others measure the goal model's import against COPY of its rows): every
 *     board's and administration's written texts, volumes and personnel, investments, strategic
 *     assignments and internal control, and every unit's budget and forecast. A package has no ledger, so
 *     before the runs one is booked from those budgets (fillLedger) straight into ledger_sum, as a loaded
 *     ledger leaves it – the ledger's import is part 3's – so every driftsammandrag has Bokslut, Budget
 *     and Avvikelse, as in a real municipality.
 *  2. Memory: BENCH_DOCUMENT_RENDERS renders in a row (20) of (a) to all three formats with one context
 *     for them all, as the server keeps one platform and its cache for every request. After renders 1,
 *     10 and 20, a full garbage collection, then this process's heap used and RSS, and Chromium's memory
 *     (the proportional set size, PSS, summed over its processes, from /proc). Goal: flat, judged on the
 *     heap and RSS from render 10 to 20 (the first renders warm up code and caches): less than 10 % growth.
 *     RSS includes PGlite's WebAssembly memory, as this process runs the database too. The browser's
 *     process id is recorded at each point: the same one throughout shows it was started once and reused.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { sql } from 'kysely';
import { DOCUMENT_LIST_NAMES, type DocumentLists, documentPackage } from './document-data.ts';
import { type BenchDatabase, openEmbedded } from './engines.ts';
import type { GeneratedData } from './generate.ts';
import { type Stats, summarise, timed } from './measure.ts';
import { QueryTimer, type StatementTiming } from './query-timer.ts';
import {
  createPdfRenderer,
  type Db,
  DEFAULT_CHROMIUM_PATH,
  type DocumentModel,
  documentContext,
  documentFile,
  documentModel,
  importData,
  MONTH_COLUMNS,
  migrateDb,
  type PdfRenderer,
  pdfAvailable,
  sumLedger,
} from './verksam.ts';

export interface DocumentsOptions {
  /** Timed runs of each document and of its print alone (BENCH_DOCUMENT_RUNS). */
  readonly runs: number;
  /** Renders in a row for the memory measurement (BENCH_DOCUMENT_RENDERS). */
  readonly renders: number;
}

export interface DocumentRun {
  /** What the summary calls it: "annual report of BF-F1". */
  readonly name: string;
  readonly type: 'annual' | 'municipal';
  readonly unit: string;
  readonly year: number;
  readonly pages: number;
  /** How the pages were counted. */
  readonly pagesBy: 'pdfinfo' | '/Type /Page';
  readonly tables: number;
  readonly headings: number;
  /**
   * What the document printed instead of content: a section without data ("Inga investeringar är
   * registrerade för 2024.") or a text not written ("Text saknas: Framåtblick"). None when the generated
   * data fills every section of the template.
   */
  readonly notices: readonly string[];
  readonly htmlBytes: number;
  readonly pdfBytes: number;
  readonly docxBytes: number;
  /** Each step of the render, and all four in a row. */
  readonly model: Stats;
  readonly html: Stats;
  readonly pdf: Stats;
  readonly docx: Stats;
  readonly total: Stats;
  /** The same PdfRenderer printing the final HTML alone: the limit. */
  readonly printAlone: Stats;
  /** Median total / median print alone. */
  readonly ratio: number;
  /**
   * One more build of the model, untimed, with its statements timed: how many, their time added up (more
   * than the build's when they run side by side) and the slowest kinds.
   */
  readonly modelQueries: {
    readonly statements: number;
    readonly sqlMs: number;
    readonly slowest: readonly StatementTiming[];
  };
}

export interface MemoryPoint {
  readonly render: number;
  readonly heapUsedMb: number;
  readonly rssMb: number;
  /** Chromium's PSS over all its processes; null where /proc cannot tell. */
  readonly chromiumMb: number | null;
  readonly chromiumProcesses: number;
  /** The browser's own process (the renderer's child); null when not found. */
  readonly browserPid: number | null;
}

export interface DocumentsMemory {
  readonly document: string;
  readonly renders: number;
  readonly points: readonly MemoryPoint[];
  /** Growth from render 10 to the last, as a fraction (0.05 = 5 %). */
  readonly heapGrowth: number;
  readonly rssGrowth: number;
  readonly chromiumGrowth: number | null;
  /** The same browser process at every point. */
  readonly oneBrowser: boolean;
  readonly totalMs: number;
}

export interface DocumentsResults {
  readonly options: DocumentsOptions;
  readonly chromium: string;
  /** Why nothing was printed: no Chromium. */
  readonly skipped?: string;
  readonly setup?: {
    readonly migrateMs: number;
    /** The lists bench/document-data.ts adds to the package: how many records, generated in how long. */
    readonly documentRecords: number;
    readonly generateMs: number;
    /** The package, the documents' lists included. */
    readonly importMs: number;
    /** The synthetic ledger's rows of twelve monthly sums in ledger_sum (not timed as part of anything). */
    readonly ledgerSumRows: number;
    /** The document year's net cost in the ledger over the budget's: near 1, off by the ±10 % per line. */
    readonly ledgerToBudget: number;
    readonly ledgerMs: number;
  };
  /** The first print of the run: the browser's launch and a print of the annual report. */
  readonly firstPrintMs?: number;
  readonly documents: readonly DocumentRun[];
  readonly memory?: DocumentsMemory;
  /** The growth allowed from render 10 to the last. */
  readonly flatThreshold: number;
  readonly failures: { readonly step: string; readonly message: string }[];
  readonly loadAverage: { readonly before: number; readonly after: number; readonly cores: number };
}

const MB = 2 ** 20;
/** Memory may grow by less than this from render 10 to the last and still count as flat. */
export const FLAT_THRESHOLD = 0.1;

/** A full garbage collection, without needing node --expose-gc on the command line (as bench/ledger.ts). */
const collectGarbage: () => void = (() => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
})();

/**
 * How a year's budget is spent month by month: the summer's holiday weeks cost less, the autumn more. The
 * weights add up to 12, so a year that keeps to its budget books it whole.
 */
const MONTH_WEIGHTS = [1.0, 1.0, 1.05, 1.0, 1.0, 1.05, 0.6, 0.9, 1.1, 1.1, 1.1, 1.1];

/**
 * The ledger of `years`, booked from the budget the package holds for units at the bottom of the tree
 * (bench/document-data.ts), as a loaded ledger leaves it in ledger_sum: each unit's whole-year budget line
 * per account spread over the months by MONTH_WEIGHTS, and off the budget by up to ±10 % – a fixed amount
 * per unit, account and year, so the Avvikelse column and the two years differ, as in a real closing. Costs
 * are debits (positive öre), revenues credits (negative), as the budget's sign is. Deterministic.
 */
async function fillLedger(db: Db, years: readonly number[]): Promise<number> {
  const spread = sql.join(
    MONTH_WEIGHTS.map((weight) => sql`round(booked.ore * ${weight}::numeric / 12)::bigint`),
  );
  // Each line's amount as booked is worked out once, then spread over the months.
  const result = await sql`
    insert into ledger_sum (year, org_unit_id, account, ${sql.raw(MONTH_COLUMNS.join(', '))})
    with booked as (
      select b.year, b.org_unit_id, b.account,
        b.amount * 100 * (1 + (abs(hashtext(b.org_unit_id::text || b.account || b.year::text)) % 2001 - 1000)
          / 10000.0) as ore
      from budget_line b
      join org_unit u on u.id = b.org_unit_id and u.kind = 'unit'
      where b.month is null and b.year = any(${sql.val([...years])}::int[])
    )
    select booked.year, booked.org_unit_id, booked.account, ${spread}
    from booked`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** The year's net cost booked in the ledger over its budget's. */
async function bookedToBudget(db: Db, year: number): Promise<number> {
  const booked = (await sumLedger(db, year, 12)).reduce((total, sum) => total + sum.amountOre, 0n);
  const { rows } = await sql<{ budget: string }>`
    select sum(amount) * 100 as budget from budget_line where year = ${year}`.execute(db);
  return Number(booked) / Number(rows[0]?.budget);
}

/** The administration with the most indicators of its own goals (its annual report prints them all). */
export function largestAdministration(data: GeneratedData): string {
  const ownerOfGoal = new Map(data.pkg.goals.map((goal) => [goal.id, goal.orgUnit]));
  const indicators = new Map<string, number>();
  for (const indicator of data.pkg.indicators) {
    const owner = ownerOfGoal.get(indicator.goalId);
    if (owner !== undefined) {
      indicators.set(owner, (indicators.get(owner) ?? 0) + 1);
    }
  }
  let best: { code: string; count: number } | null = null;
  for (const unit of data.pkg.orgUnits) {
    const count = indicators.get(unit.code) ?? 0;
    if (unit.kind === 'administration' && (best === null || count > best.count)) {
      best = { code: unit.code, count };
    }
  }
  if (best === null) {
    throw new Error('the package has no administration');
  }
  return best.code;
}

function municipalityOf(data: GeneratedData): string {
  const root = data.pkg.orgUnits.find((unit) => unit.kind === 'municipality');
  if (!root) {
    throw new Error('the package has no municipality');
  }
  return root.code;
}

/** The PDF's pages: pdfinfo's count when it is installed, else its page objects. */
export function countPages(pdf: Buffer): { pages: number; by: DocumentRun['pagesBy'] } {
  const file = path.join(os.tmpdir(), `verksam-bench-${process.pid}.pdf`);
  try {
    fs.writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const pages = /^Pages:\s+(\d+)/m.exec(info)?.[1];
    if (pages !== undefined) {
      return { pages: Number(pages), by: 'pdfinfo' };
    }
  } catch {
    // No pdfinfo: count the page objects below.
  } finally {
    fs.rmSync(file, { force: true });
  }
  return { pages: pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0, by: '/Type /Page' };
}

interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly name: string;
}

function processes(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (name) state ppid …": the name may hold spaces and parentheses.
      const close = stat.lastIndexOf(')');
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      found.push({ pid: Number(entry), ppid, name: stat.slice(stat.indexOf('(') + 1, close) });
    } catch {
      // The process ended meanwhile.
    }
  }
  return found;
}

/** Memory in kB from a /proc file's line ("Pss:   1234 kB"). */
function kilobytes(file: string, field: string): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(file, 'utf8'));
    return match?.[1] === undefined ? null : Number(match[1]);
  } catch {
    return null;
  }
}

/** Chromium's processes under this one (the browser, its zygotes, renderers and utilities): their PSS. */
function chromiumMemory(): { mb: number | null; processes: number; browserPid: number | null } {
  if (!fs.existsSync('/proc/self/stat')) {
    return { mb: null, processes: 0, browserPid: null };
  }
  const all = processes();
  const children = new Map<number, ProcessInfo[]>();
  for (const info of all) {
    children.set(info.ppid, [...(children.get(info.ppid) ?? []), info]);
  }
  const browser = (children.get(process.pid) ?? []).find((info) => /chrom/i.test(info.name));
  if (!browser) {
    return { mb: null, processes: 0, browserPid: null };
  }
  const tree: ProcessInfo[] = [];
  const visit = (info: ProcessInfo) => {
    tree.push(info);
    for (const child of children.get(info.pid) ?? []) {
      visit(child);
    }
  };
  visit(browser);
  let kb = 0;
  for (const info of tree) {
    kb +=
      kilobytes(`/proc/${info.pid}/smaps_rollup`, 'Pss') ??
      kilobytes(`/proc/${info.pid}/status`, 'VmRSS') ??
      0;
  }
  return { mb: kb / 1024, processes: tree.length, browserPid: browser.pid };
}

interface Rendered {
  readonly model: DocumentModel;
  readonly html: Buffer;
  readonly pdf: Buffer;
  readonly docx: Buffer;
  readonly ms: { model: number; html: number; pdf: number; docx: number; total: number };
}

type Context = ReturnType<typeof documentContext>;

/** One document to all three formats, as the API renders each (the PDF from the HTML it renders itself). */
async function renderAll(
  ctx: Context,
  pdf: PdfRenderer,
  unit: string,
  year: number,
  type: DocumentRun['type'],
): Promise<Rendered> {
  const started = performance.now();
  const model = await timed(() => documentModel(ctx, unit, year, type));
  const html = await timed(() => documentFile(model.value, 'html', pdf));
  const printed = await timed(() => documentFile(model.value, 'pdf', pdf));
  const docx = await timed(() => documentFile(model.value, 'docx', pdf));
  return {
    model: model.value,
    html: html.value,
    pdf: printed.value,
    docx: docx.value,
    ms: {
      model: model.ms,
      html: html.ms,
      pdf: printed.ms,
      docx: docx.ms,
      total: performance.now() - started,
    },
  };
}

async function measureDocument(
  db: Db,
  pdf: PdfRenderer,
  name: string,
  unit: string,
  year: number,
  type: DocumentRun['type'],
  runs: number,
): Promise<DocumentRun> {
  const samples = { model: [] as number[], html: [] as number[], pdf: [] as number[], docx: [] as number[] };
  const totals: number[] = [];
  const alone: number[] = [];
  // The warm-up: one render and one print alone, untimed.
  let last = await renderAll(documentContext(db), pdf, unit, year, type);
  await pdf.render(last.html.toString('utf8'));
  for (let index = 0; index < runs; index += 1) {
    last = await renderAll(documentContext(db), pdf, unit, year, type);
    samples.model.push(last.ms.model);
    samples.html.push(last.ms.html);
    samples.pdf.push(last.ms.pdf);
    samples.docx.push(last.ms.docx);
    totals.push(last.ms.total);
    // The same final HTML, printed by the same renderer with nothing else around it.
    const html = last.html.toString('utf8');
    alone.push((await timed(() => pdf.render(html))).ms);
  }
  const total = summarise(totals);
  const printAlone = summarise(alone);
  const timer = new QueryTimer();
  await documentModel(documentContext(db.withPlugin(timer)), unit, year, type);
  const statements = timer.report();
  const pages = countPages(last.pdf);
  return {
    name,
    type,
    unit,
    year,
    pages: pages.pages,
    pagesBy: pages.by,
    tables: last.model.blocks.filter((block) => block.kind === 'table').length,
    headings: last.model.blocks.filter((block) => block.kind === 'heading').length,
    notices: last.model.blocks.flatMap((block) => (block.kind === 'notice' ? [block.text] : [])),
    htmlBytes: last.html.length,
    pdfBytes: last.pdf.length,
    docxBytes: last.docx.length,
    model: summarise(samples.model),
    html: summarise(samples.html),
    pdf: summarise(samples.pdf),
    docx: summarise(samples.docx),
    total,
    printAlone,
    ratio: total.medianMs / printAlone.medianMs,
    modelQueries: {
      statements: statements.reduce((sum, statement) => sum + statement.count, 0),
      sqlMs: statements.reduce((sum, statement) => sum + statement.totalMs, 0),
      slowest: statements.slice(0, 3),
    },
  };
}

function memoryPoint(render: number): MemoryPoint {
  collectGarbage();
  const usage = process.memoryUsage();
  const chromium = chromiumMemory();
  return {
    render,
    heapUsedMb: usage.heapUsed / MB,
    rssMb: usage.rss / MB,
    chromiumMb: chromium.mb,
    chromiumProcesses: chromium.processes,
    browserPid: chromium.browserPid,
  };
}

const growth = (from: number, to: number) => (to - from) / from;

async function measureMemory(
  db: Db,
  pdf: PdfRenderer,
  name: string,
  unit: string,
  year: number,
  renders: number,
): Promise<DocumentsMemory> {
  // One context for every render, as the server keeps one platform (and its cache) for every request.
  const ctx = documentContext(db);
  const at = new Set([1, Math.min(10, renders), renders]);
  const points: MemoryPoint[] = [];
  const started = performance.now();
  for (let render = 1; render <= renders; render += 1) {
    await renderAll(ctx, pdf, unit, year, 'annual');
    if (at.has(render)) {
      points.push(memoryPoint(render));
    }
  }
  const totalMs = performance.now() - started;
  const middle = points.find((point) => point.render === Math.min(10, renders)) as MemoryPoint;
  const end = points.at(-1) as MemoryPoint;
  const chromiumGrowth =
    middle.chromiumMb !== null && end.chromiumMb !== null ? growth(middle.chromiumMb, end.chromiumMb) : null;
  const pids = new Set(points.map((point) => point.browserPid));
  return {
    document: name,
    renders,
    points,
    heapGrowth: growth(middle.heapUsedMb, end.heapUsedMb),
    rssGrowth: growth(middle.rssMb, end.rssMb),
    chromiumGrowth,
    oneBrowser: pids.size === 1 && !pids.has(null),
    totalMs,
  };
}

const message = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/** Both documents and the memory run on a fresh in-memory PGlite with the package imported. */
export async function benchDocuments(
  data: GeneratedData,
  options: DocumentsOptions,
): Promise<DocumentsResults> {
  const chromium = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
  const loadBefore = os.loadavg()[0] ?? 0;
  const loadAverage = () => ({ before: loadBefore, after: os.loadavg()[0] ?? 0, cores: os.cpus().length });
  const pdf = createPdfRenderer(chromium);
  const base = { options, chromium, flatThreshold: FLAT_THRESHOLD };
  if (!pdfAvailable(pdf)) {
    return {
      ...base,
      skipped: `no Chromium at ${chromium} (set CHROMIUM_PATH)`,
      documents: [],
      failures: [],
      loadAverage: loadAverage(),
    };
  }
  const failures: DocumentsResults['failures'] = [];
  const documents: DocumentRun[] = [];
  let memory: DocumentsMemory | undefined;
  let setup: DocumentsResults['setup'];
  let firstPrintMs: number | undefined;
  const year = data.samples.year;
  const administration = largestAdministration(data);
  const municipality = municipalityOf(data);
  const annualName = `annual report of ${administration}`;
  let database: BenchDatabase | null = null;
  try {
    database = await openEmbedded();
    const db = database.db;
    const migrateMs = (await timed(() => migrateDb(db))).ms;
    const generated = await timed(async () => documentPackage(data));
    const { lists, writtenAssessments } = generated.value;
    const documentRecords = DOCUMENT_LIST_NAMES.reduce((sum, list) => sum + lists[list].length, 0);
    const importMs = (await timed(() => importData(db, generated.value.pkg))).ms;
    const ledger = await timed(() => fillLedger(db, [year - 1, year]));
    const ledgerToBudget = await bookedToBudget(db, year);
    setup = {
      migrateMs,
      documentRecords,
      generateMs: generated.ms,
      importMs,
      ledgerSumRows: ledger.value,
      ledgerToBudget,
      ledgerMs: ledger.ms,
    };
    console.log(
      `\n== Documents on ${database.label}: ${annualName} and the municipal compilation of ${municipality}, ` +
        `${year} ==\n`,
    );
    console.log(
      `  the documents' data: ${documentRecords.toLocaleString('en-US')} records (${listCounts(lists)}) and ` +
        `${writtenAssessments.toLocaleString('en-US')} closing assessments written out, generated in ` +
        `${ms(generated.ms)} ms; the package imported in ${ms(importMs)} ms\n` +
        `  a synthetic ledger booked from the budget: ${ledger.value.toLocaleString('en-US')} rows of monthly ` +
        `sums in ledger_sum (${year - 1}–${year}, every unit and account) in ${ms(ledger.ms)} ms, ` +
        `${(ledgerToBudget * 100).toFixed(1)} % of ${year}'s budget\n`,
    );
    // The browser's launch, apart from every timed run: the first print of the run.
    const firstModel = await documentModel(documentContext(db), administration, year, 'annual');
    const firstHtml = (await documentFile(firstModel, 'html', pdf)).toString('utf8');
    firstPrintMs = (await timed(() => pdf.render(firstHtml))).ms;
    const targets = [
      [annualName, administration, 'annual'],
      [`municipal compilation of ${municipality}`, municipality, 'municipal'],
    ] as const;
    for (const [name, unit, type] of targets) {
      try {
        const run = await measureDocument(db, pdf, name, unit, year, type, options.runs);
        documents.push(run);
        printDocument(run);
      } catch (error) {
        failures.push({ step: name, message: message(error) });
        console.error(`  ${name} failed: ${message(error)}`);
      }
    }
    try {
      memory = await measureMemory(db, pdf, annualName, administration, year, options.renders);
      printMemory(memory);
    } catch (error) {
      failures.push({ step: 'memory', message: message(error) });
      console.error(`  memory failed: ${message(error)}`);
    }
  } catch (error) {
    failures.push({ step: 'setup', message: message(error) });
    console.error(`  documents: ${message(error)}`);
  } finally {
    await pdf.close();
    await database?.close();
  }
  return {
    ...base,
    ...(setup ? { setup } : {}),
    ...(firstPrintMs === undefined ? {} : { firstPrintMs }),
    documents,
    ...(memory ? { memory } : {}),
    failures,
    loadAverage: loadAverage(),
  };
}

/** "narrativeTexts 162, budgetLines 6,000, …": the lists that have records. */
function listCounts(lists: DocumentLists): string {
  return DOCUMENT_LIST_NAMES.filter((list) => lists[list].length > 0)
    .map((list) => `${list} ${lists[list].length.toLocaleString('en-US')}`)
    .join(', ');
}

const ms = (value: number) => (value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US'));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

function printDocument(run: DocumentRun): void {
  console.log(
    `  ${run.name}: ${run.pages} pages, ${run.headings} headings, ${run.tables} tables; ` +
      `HTML ${kb(run.htmlBytes)}, PDF ${kb(run.pdfBytes)}, Word ${kb(run.docxBytes)}`,
  );
  if (run.notices.length > 0) {
    console.log(`    notices in place of content: ${run.notices.join(' | ')}`);
  }
  for (const [step, stats] of [
    ['model', run.model],
    ['HTML', run.html],
    ['PDF (HTML + print)', run.pdf],
    ['Word', run.docx],
    ['total', run.total],
    ['print alone (limit)', run.printAlone],
  ] as const) {
    console.log(
      `    ${step.padEnd(20)} median ${ms(stats.medianMs).padStart(7)} ms  (min ${ms(stats.minMs)}, max ${ms(stats.maxMs)}, ${stats.runs} runs)`,
    );
  }
  const { modelQueries } = run;
  console.log(
    `    the model's SQL: ${modelQueries.statements} statements, ${ms(modelQueries.sqlMs)} ms added up; slowest ` +
      modelQueries.slowest
        .map((statement) => `${statement.statement} ×${statement.count} ${ms(statement.totalMs)} ms`)
        .join(', '),
  );
  console.log(`    ratio total / limit: ${run.ratio.toFixed(2)}\n`);
}

function printMemory(memory: DocumentsMemory): void {
  console.log(`  ${memory.renders} renders in a row of the ${memory.document} (HTML, PDF, Word each):`);
  for (const point of memory.points) {
    console.log(
      `    after render ${String(point.render).padStart(2)}: heap ${point.heapUsedMb.toFixed(1)} MB, ` +
        `RSS ${point.rssMb.toFixed(0)} MB, Chromium ${point.chromiumMb === null ? '–' : `${point.chromiumMb.toFixed(0)} MB`} ` +
        `in ${point.chromiumProcesses} processes (browser pid ${point.browserPid ?? '–'})`,
    );
  }
  const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)} %`);
  console.log(
    `    growth from render 10: heap ${percent(memory.heapGrowth)}, RSS ${percent(memory.rssGrowth)}, ` +
      `Chromium ${percent(memory.chromiumGrowth)}; ${ms(memory.totalMs)} ms in all`,
  );
}
