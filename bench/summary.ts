/**
 * The system benchmark's tables: the load runs in detail, and one summary of every ratio with its goal.
 * Goals are the issue's; a ratio is measured against a baseline in the same run, so it says something
 * about the application rather than about the machine.
 */
import type { DocumentsResults } from './documents.ts';
import type { LedgerResults } from './ledger.ts';
import type { LoadResult } from './load.ts';
import { summarise } from './measure.ts';
import type { SystemEngineResult } from './system.ts';

export interface SummaryRow {
  readonly engine: string;
  readonly measure: string;
  readonly value: number | null;
  readonly shown: string;
  readonly goal: string;
  readonly status: 'PASS' | 'FAIL' | 'info' | 'ERROR';
}

const GOALS = {
  loadRatio: 0.3,
  p99Ms: 1000,
  importRatio: 2.0,
  warmStartRatio: 1.25,
  ledgerImportRatio: 2.0,
  /**
   * The heap importing the whole file over importing a quarter of it. The issue's goal is memory that does
   * not grow with the file: a heap that grew with it would give 2–3 here (the heap at the start, 30–40 MB,
   * plus four times the quarter's growth).
   */
  ledgerHeapRatio: 1.25,
  statementMs: 300,
  statementRatio: 1.5,
  /** A document to HTML, PDF and Word over Chromium printing its final HTML alone (issue 8, "Speed"). */
  documentRatio: 1.5,
};

const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const whole = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–');

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  left: readonly number[],
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        left.includes(column) ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)]
    .map((text) => `  ${text}`)
    .join('\n');
}

const engineName = (result: SystemEngineResult) => (result.engine === 'pglite' ? 'PGlite' : 'PostgreSQL');

export function summaryRows(results: readonly SystemEngineResult[]): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const result of results) {
    const engine = engineName(result);
    for (const { target, app, ratio } of result.loads) {
      const what = `${target.kind === 'report' ? 'largest' : target.kind} administration ${target.code}`;
      const page =
        target.kind === 'report' ? `one-screen report, ${target.users?.length ?? 1} users` : 'goal sheet';
      rows.push({
        engine,
        measure: `${page} req/s, app / baseline (${what})`,
        value: ratio,
        shown: `${fixed(ratio, 3)} (${fixed(app.rps, 1)} req/s)`,
        goal: `>= ${fixed(GOALS.loadRatio)}`,
        status: ratio >= GOALS.loadRatio && app.errors === 0 && app.non2xx === 0 ? 'PASS' : 'FAIL',
      });
      rows.push({
        engine,
        measure: `${page} p99 under load (${what})`,
        value: app.p99Ms,
        shown: `${whole(app.p99Ms)} ms`,
        goal: `< ${whole(GOALS.p99Ms)} ms`,
        status: app.p99Ms < GOALS.p99Ms ? 'PASS' : 'FAIL',
      });
    }
    const saving = result.savesUnderLoad;
    if (saving) {
      const { load: sheets, saves } = saving;
      const what = `${saving.sheets} sheets in turn, a save every ${whole(saving.intervalMs)} ms`;
      rows.push({
        engine,
        measure: `goal sheet p99 under load while saving (${what})`,
        value: sheets.p99Ms,
        shown: `${whole(sheets.p99Ms)} ms (${fixed(sheets.rps, 1)} req/s)`,
        goal: `< ${whole(GOALS.p99Ms)} ms`,
        status: sheets.p99Ms < GOALS.p99Ms && sheets.errors === 0 && sheets.non2xx === 0 ? 'PASS' : 'FAIL',
      });
      rows.push({
        engine,
        measure: 'save p99 under that load',
        value: saves.p99Ms,
        shown: `${whole(saves.p99Ms)} ms (${saves.count} saves${saves.failed ? `, ${saves.failed} refused` : ''})`,
        goal: '',
        status: 'info',
      });
    }
    const exporting = result.exportsUnderLoad;
    if (exporting) {
      const { load: sheet, exports } = exporting;
      rows.push({
        engine,
        measure: `goal sheet p99 under load while exporting everything (${exports.count} exports)`,
        value: sheet.p99Ms,
        shown: `${whole(sheet.p99Ms)} ms (${fixed(sheet.rps, 1)} req/s)`,
        // The issue sets no goal for this; it shows whether long work holds up every request.
        goal: '',
        status: 'info',
      });
    }
    const imported = result.importVsCopy;
    if (imported) {
      rows.push({
        engine,
        measure: 'import / COPY of the same rows (change log included)',
        value: imported.ratio,
        shown: `${fixed(imported.ratio)} (${whole(imported.importMs)} / ${whole(imported.copyMs)} ms)`,
        goal: `<= ${fixed(GOALS.importRatio, 1)}`,
        status: imported.ratio <= GOALS.importRatio && imported.sameRowCounts ? 'PASS' : 'FAIL',
      });
      rows.push({
        engine,
        measure: 'import / COPY of the records alone (no change log)',
        value: imported.recordsRatio,
        shown: `${fixed(imported.recordsRatio)} (${whole(imported.importMs)} / ${whole(imported.recordsCopyMs)} ms)`,
        goal: '',
        status: 'info',
      });
    }
    const warm = result.warmStart;
    if (warm) {
      rows.push({
        engine,
        measure: 'warm start, node bin/start.js / baseline (medians)',
        value: warm.ratio,
        shown: `${fixed(warm.ratio)} (${whole(warm.app.medianMs)} / ${whole(warm.baseline.medianMs)} ms)`,
        goal: `<= ${fixed(GOALS.warmStartRatio)}`,
        status: warm.ratio <= GOALS.warmStartRatio ? 'PASS' : 'FAIL',
      });
      rows.push({
        engine,
        measure: 'warm start, npm start / baseline (medians)',
        value: warm.npmRatio,
        shown: `${fixed(warm.npmRatio)} (${whole(warm.npmStart.medianMs)} / ${whole(warm.baseline.medianMs)} ms)`,
        goal: '',
        status: 'info',
      });
    }
    const two = result.twoInstances;
    if (two) {
      const passed = two.checks.filter((check) => check.passed).length;
      rows.push({
        engine,
        measure: 'two instances: a save through one is read through the other',
        value: passed,
        shown: `${passed} of ${two.checks.length} checks`,
        goal: 'all',
        status: two.passed ? 'PASS' : 'FAIL',
      });
      rows.push({
        engine,
        measure: `two instances: combined req/s / one instance (${two.target.code})`,
        value: two.combinedRps / two.singleRps,
        shown: `${fixed(two.combinedRps / two.singleRps)} (${fixed(two.combinedRps, 1)} / ${fixed(two.singleRps, 1)} req/s)`,
        goal: '',
        status: 'info',
      });
    }
    for (const failure of result.failures) {
      rows.push({
        engine,
        measure: `${failure.step}: failed`,
        value: null,
        shown: failure.message.split('\n')[0]?.slice(0, 50) ?? '',
        goal: '',
        status: 'ERROR',
      });
    }
  }
  return rows;
}

const rowsText = (rows: number) =>
  rows >= 1_000_000 && rows % 100_000 === 0 ? `${rows / 1_000_000} M` : rows.toLocaleString('en-US');

/** The economy module's rows: ledger import against COPY and its memory per engine, then the statement. */
export function ledgerSummaryRows(ledger: LedgerResults): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const result of ledger.engines) {
    const engine = result.engine;
    const { full, quarter, copyKept, copyAll, timed } = result;
    if (full && copyKept) {
      // On the medians of the timed runs where there are any; else on the one import and COPY.
      const runs = timed && timed.importMs.length > 0 ? timed : null;
      const importMs = runs ? summarise(runs.importMs).medianMs : full.importMs;
      const copyMs = runs ? summarise(runs.copyKeptMs).medianMs : copyKept.ms;
      const ratio = importMs / copyMs;
      const checked = full.rowsAsWritten && copyKept.checked && (runs?.checked ?? true);
      const passed = ratio <= GOALS.ledgerImportRatio && checked;
      const goal = `<= ${fixed(GOALS.ledgerImportRatio, 1)}`;
      rows.push({
        engine,
        measure: `ledger import / COPY of the rows it keeps (SIE ${rowsText(full.transactionRows)} rows → ${rowsText(full.rows)} ledger_entry rows)`,
        value: ratio,
        shown: runs
          ? `${fixed(ratio)} (medians ${whole(importMs)} / ${whole(copyMs)} ms of ${runs.importMs.length} / ${runs.copyKeptMs.length} runs)`
          : `${fixed(ratio)} (${whole(importMs)} / ${whole(copyMs)} ms)`,
        // In-memory PGlite slows down as it fills, COPY as much as the import: shown, not judged.
        goal: result.judged ? goal : `(${goal})`,
        status: result.judged ? (passed ? 'PASS' : 'FAIL') : 'info',
      });
    }
    if (timed && timed.importMs.length > 0) {
      // The fastest of each: what each reaches when the shared machine lets it, beside the medians judged.
      const importMs = summarise(timed.importMs).minMs;
      const copyMs = summarise(timed.copyKeptMs).minMs;
      rows.push({
        engine,
        measure: 'ledger import / COPY of the rows it keeps, fastest runs',
        value: importMs / copyMs,
        shown: `${fixed(importMs / copyMs)} (${whole(importMs)} / ${whole(copyMs)} ms)`,
        goal: '',
        status: 'info',
      });
    }
    if (full && copyAll) {
      // The same import time as above: the timed runs' median where there are any.
      const importMs =
        timed && timed.importMs.length > 0 ? summarise(timed.importMs).medianMs : full.importMs;
      const ratio = importMs / copyAll.ms;
      rows.push({
        engine,
        measure: `ledger import / COPY of all ${rowsText(copyAll.rows)} transaction rows of the file`,
        value: ratio,
        shown: `${fixed(ratio)} (${whole(importMs)} / ${whole(copyAll.ms)} ms)`,
        goal: '',
        status: 'info',
      });
    }
    if (full && quarter) {
      // Judged on the heap each full collection left alive (what the import held), the most of it during
      // each import; the peaks of heap used also count garbage not yet collected, as the collector's timing
      // has it. Without a full collection in both, on the peaks.
      const big = full.memory;
      const small = quarter.memory;
      const live = big.liveHeapMb !== null && small.liveHeapMb !== null;
      const ratio = live
        ? (big.liveHeapMb as number) / (small.liveHeapMb as number)
        : big.peakHeapMb / small.peakHeapMb;
      const sizes = `${rowsText(full.transactionRows)} / ${rowsText(quarter.transactionRows)} rows`;
      rows.push({
        engine,
        measure: `ledger import heap, ${live ? 'most alive after a full GC' : 'peak'}, ${sizes} (4× the file)`,
        value: ratio,
        shown:
          `${fixed(ratio)} (${live ? `${whole(big.liveHeapMb as number)} / ${whole(small.liveHeapMb as number)} MB; ` : ''}` +
          `peaks ${whole(big.peakHeapMb)} / ${whole(small.peakHeapMb)} MB)`,
        goal: `<= ${fixed(GOALS.ledgerHeapRatio)}`,
        status: ratio <= GOALS.ledgerHeapRatio ? 'PASS' : 'FAIL',
      });
      rows.push({
        engine,
        measure: `ledger import peak RSS, ${rowsText(full.transactionRows)} / ${rowsText(quarter.transactionRows)} rows`,
        value: full.memory.peakRssMb / quarter.memory.peakRssMb,
        shown: `${whole(full.memory.peakRssMb)} / ${whole(quarter.memory.peakRssMb)} MB`,
        // PGlite runs in this thread: RSS holds its WebAssembly memory (in memory, the whole database).
        goal: '',
        status: 'info',
      });
    }
    for (const failure of result.failures) {
      rows.push({
        engine,
        measure: `ledger ${failure.step}: failed`,
        value: null,
        shown: failure.message.split('\n')[0]?.slice(0, 50) ?? '',
        goal: '',
        status: 'ERROR',
      });
    }
  }
  const statement = ledger.statement;
  if (statement) {
    const what = `${whole(statement.units)} units, ${rowsText(statement.rows)} ledger rows`;
    const median = statement.statement.medianMs;
    rows.push({
      engine: 'PostgreSQL',
      measure: `operating statement, median (${what})`,
      value: median,
      shown: `${whole(median)} ms`,
      goal: `< ${whole(GOALS.statementMs)} ms`,
      status: median < GOALS.statementMs && statement.sameFigures ? 'PASS' : 'FAIL',
    });
    rows.push({
      engine: 'PostgreSQL',
      measure: 'operating statement / hand-written aggregate over ledger_entry (medians)',
      value: statement.ratio,
      shown: `${fixed(statement.ratio, 3)} (${whole(median)} / ${whole(statement.aggregate.medianMs)} ms)`,
      goal: `<= ${fixed(GOALS.statementRatio)}`,
      status: statement.ratio <= GOALS.statementRatio && statement.sameFigures ? 'PASS' : 'FAIL',
    });
    rows.push({
      engine: 'PostgreSQL',
      measure: "operating statement with last year's monthly sums too, median",
      value: statement.withPreviousYear.medianMs,
      shown: `${whole(statement.withPreviousYear.medianMs)} ms`,
      goal: '',
      status: 'info',
    });
    rows.push({
      engine: 'PostgreSQL',
      measure: 'operating statement / the same aggregate over ledger_sum (medians)',
      value: statement.monthRatio,
      shown: `${fixed(statement.monthRatio)} (${whole(median)} / ${whole(statement.monthAggregate.medianMs)} ms)`,
      goal: '',
      status: 'info',
    });
  } else {
    rows.push({
      engine: 'PostgreSQL',
      measure: 'operating statement: not measured',
      value: null,
      shown: ledger.statementFailed
        ? (ledger.statementFailed.split('\n')[0]?.slice(0, 50) ?? '')
        : 'no server',
      goal: '',
      status: ledger.statementFailed ? 'ERROR' : 'info',
    });
  }
  return rows;
}

const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)} %`);

/** The documents module's rows: each document against Chromium's print alone, then memory over renders. */
export function documentsSummaryRows(documents: DocumentsResults): SummaryRow[] {
  const engine = 'PGlite';
  if (documents.skipped) {
    return [
      {
        engine,
        measure: 'documents: not measured',
        value: null,
        shown: documents.skipped,
        goal: '',
        status: 'info',
      },
    ];
  }
  const rows: SummaryRow[] = [];
  for (const run of documents.documents) {
    const { total, printAlone } = run;
    rows.push({
      engine,
      measure: `${run.name} ${run.year} (${run.pages} pages) to HTML, PDF and Word / Chromium printing its HTML alone (medians)`,
      value: run.ratio,
      shown: `${fixed(run.ratio)} (${whole(total.medianMs)} / ${whole(printAlone.medianMs)} ms)`,
      goal: `<= ${fixed(GOALS.documentRatio)}`,
      status: run.ratio <= GOALS.documentRatio ? 'PASS' : 'FAIL',
    });
    rows.push({
      engine,
      measure: `${run.name}: model / HTML / PDF / Word (medians)`,
      value: null,
      shown: `${whole(run.model.medianMs)} / ${whole(run.html.medianMs)} / ${whole(run.pdf.medianMs)} / ${whole(run.docx.medianMs)} ms`,
      goal: '',
      status: 'info',
    });
  }
  if (documents.firstPrintMs !== undefined) {
    rows.push({
      engine,
      measure: "first print of the run, the browser's launch included",
      value: documents.firstPrintMs,
      shown: `${whole(documents.firstPrintMs)} ms`,
      goal: '',
      status: 'info',
    });
  }
  const memory = documents.memory;
  if (memory) {
    const first = memory.points[0];
    const last = memory.points.at(-1);
    const from = memory.points.find((point) => point.render === Math.min(10, memory.renders));
    const mb = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(1));
    const limit = `< ${(documents.flatThreshold * 100).toFixed(0)} % from render ${from?.render ?? 10}`;
    rows.push({
      engine,
      measure: `${memory.renders} renders in a row (${memory.document}): heap after a full GC, at renders ${memory.points.map((point) => point.render).join(' / ')}`,
      value: memory.heapGrowth,
      shown: `${percent(memory.heapGrowth)} (${mb(first?.heapUsedMb)} / ${mb(from?.heapUsedMb)} / ${mb(last?.heapUsedMb)} MB)`,
      goal: limit,
      status: memory.heapGrowth < documents.flatThreshold ? 'PASS' : 'FAIL',
    });
    rows.push({
      engine,
      measure: '  the same renders: process RSS (PGlite included)',
      value: memory.rssGrowth,
      shown: `${percent(memory.rssGrowth)} (${whole(first?.rssMb ?? Number.NaN)} / ${whole(from?.rssMb ?? Number.NaN)} / ${whole(last?.rssMb ?? Number.NaN)} MB)`,
      goal: limit,
      status: memory.rssGrowth < documents.flatThreshold ? 'PASS' : 'FAIL',
    });
    rows.push({
      engine,
      measure: "  the same renders: Chromium's PSS over its processes",
      value: memory.chromiumGrowth,
      shown: `${percent(memory.chromiumGrowth)} (${whole(first?.chromiumMb ?? Number.NaN)} / ${whole(from?.chromiumMb ?? Number.NaN)} / ${whole(last?.chromiumMb ?? Number.NaN)} MB)`,
      goal: '',
      status: 'info',
    });
    rows.push({
      engine,
      measure: `  the same renders: one browser, started once and reused`,
      value: memory.oneBrowser ? 1 : 0,
      shown: memory.oneBrowser ? `pid ${first?.browserPid}` : 'no',
      goal: 'yes',
      status: memory.oneBrowser ? 'PASS' : 'FAIL',
    });
  }
  for (const failure of documents.failures) {
    rows.push({
      engine,
      measure: `documents ${failure.step}: failed`,
      value: null,
      shown: failure.message.split('\n')[0]?.slice(0, 50) ?? '',
      goal: '',
      status: 'ERROR',
    });
  }
  return rows;
}

function loadRow(what: string, server: string, result: LoadResult, bytes: number): string[] {
  return [
    what,
    server,
    fixed(result.rps, 1),
    fixed(result.medianMs, 1),
    fixed(result.p95Ms, 1),
    fixed(result.p99Ms, 1),
    fixed(result.maxMs, 1),
    String(result.errors),
    String(result.non2xx),
    fixed(result.mbPerSecond, 1),
    bytes > 0 ? `${(bytes / 1024).toFixed(1)} kB` : '',
  ];
}

export function printSystemEngine(result: SystemEngineResult, connections: number, durationS: number): void {
  if (
    result.loads.length === 0 &&
    !result.twoInstances &&
    !result.savesUnderLoad &&
    !result.exportsUnderLoad
  ) {
    return;
  }
  console.log(`\n  ${result.label}: ${connections} connections, ${durationS} s per run\n`);
  const rows: string[][] = [];
  for (const { target, app, baseline, bytes } of result.loads) {
    rows.push(loadRow(`${target.kind} ${target.code}`, 'app', app, bytes));
    rows.push(loadRow('', 'baseline', baseline, bytes));
  }
  if (result.savesUnderLoad) {
    const { load: sheets, sheets: count } = result.savesUnderLoad;
    rows.push(loadRow(`${count} sheets, saving`, 'app', sheets, 0));
  }
  if (result.exportsUnderLoad) {
    rows.push(loadRow('1 sheet, exporting', 'app', result.exportsUnderLoad.load, 0));
  }
  for (const [index, instance] of (result.twoInstances?.instances ?? []).entries()) {
    rows.push(
      loadRow(
        index === 0 ? `${result.twoInstances?.target.code} ×2` : '',
        `instance ${'AB'[index]}`,
        instance,
        0,
      ),
    );
  }
  console.log(
    table(
      [
        'Sheet',
        'server',
        'req/s',
        'median ms',
        'p95 ms',
        'p99 ms',
        'max ms',
        'errors',
        'non-2xx',
        'MB/s',
        'size',
      ],
      rows,
      [0, 1],
    ),
  );
}

export function printSummary(rows: readonly SummaryRow[]): void {
  console.log('\n== Summary: ratios to baselines measured in the same run ==\n');
  console.log(
    table(
      ['Engine', 'Measure', 'value', 'goal', 'result'],
      rows.map((row) => [row.engine, row.measure, row.shown, row.goal, row.status]),
      [0, 1, 2],
    ),
  );
}
