/** Prints the benchmark's tables and writes its results as JSON. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentsResults } from './documents.ts';
import { LIST_NAMES, type ListName } from './generate.ts';
import type { LedgerResults } from './ledger.ts';
import type { EngineResult } from './scenario.ts';
import type { SummaryRow } from './summary.ts';
import type { SystemEngineResult, SystemOptions } from './system.ts';

export interface DataSummary {
  readonly scale: number;
  readonly counts: Record<ListName, number>;
  readonly orgUnitsByKind: Record<string, number>;
  readonly totalRecords: number;
  readonly packageMb: number;
  readonly generateMs: number;
  /** Time to validate the package with its zod schema alone: part of every import. */
  readonly parseMs: number;
}

export interface BenchResults {
  readonly createdAt: string;
  readonly node: string;
  readonly platform: string;
  readonly cpu: string;
  /** The generated data package; absent when only the ledger was measured (`--ledger-only`). */
  readonly data?: DataSummary;
  /** The in-process measurements (`app.inject`); empty for `npm run bench:load`. */
  readonly engines: readonly EngineResult[];
  /** The server-process measurements and their baselines. */
  readonly system?: {
    readonly options: SystemOptions;
    /** The machine's 1-minute load average before and after the server runs. */
    readonly loadAverage: { readonly before: number; readonly after: number; readonly cores: number };
    readonly engines: readonly SystemEngineResult[];
  };
  /** The economy module: ledger import against COPY, its memory, the operating statement (bench/ledger.ts). */
  readonly ledger?: LedgerResults;
  /** The documents module: two documents against Chromium's print alone, and memory over renders (bench/documents.ts). */
  readonly documents?: DocumentsResults;
  /** Every ratio with its goal, as printed in the summary table. */
  readonly summary?: readonly SummaryRow[];
}

const integer = (value: number) => Math.round(value).toLocaleString('en-US');

function ms(value: number): string {
  return value < 100 ? value.toFixed(1) : integer(value);
}

function size(bytes: number): string {
  if (bytes >= 2 ** 20) {
    return `${(bytes / 2 ** 20).toFixed(1)} MB`;
  }
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${bytes} B`;
}

/** Lays out rows as columns: the first column left-aligned, the rest right-aligned unless listed. */
function table(header: readonly string[], rows: readonly (readonly string[])[], leftAligned = [0]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        leftAligned.includes(column) ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)]
    .map((text) => `  ${text}`)
    .join('\n');
}

export function printData(data: DataSummary): void {
  const kinds = Object.entries(data.orgUnitsByKind)
    .map(([kind, count]) => `${kind} ${integer(count)}`)
    .join(', ');
  console.log(`\nVerksam benchmark, scale ${data.scale}\n`);
  const rows = LIST_NAMES.map((list) => [list, integer(data.counts[list]), list === 'orgUnits' ? kinds : '']);
  rows.push(['total', integer(data.totalRecords), `package ${data.packageMb.toFixed(1)} MB as JSON`]);
  console.log(table(['Records', 'count', ''], rows, [0, 2]));
  console.log(
    `\n  generated in ${ms(data.generateMs)} ms; validating it with the zod schema alone takes ${ms(data.parseMs)} ms`,
  );
}

export function printEngine(result: EngineResult): void {
  const imported = result.import;
  console.log(`\n== ${result.label} ==\n`);
  console.log(`  migrate: ${ms(result.migrateMs)} ms`);
  console.log(
    `  import:  ${integer(imported.records)} records in ${ms(imported.ms)} ms ` +
      `(${integer(imported.recordsPerSecond)} records/s)\n`,
  );
  const sqlMs = imported.statements.reduce((sum, statement) => sum + statement.totalMs, 0);
  const statementRows = imported.statements
    .slice(0, 10)
    .map((statement) => [
      statement.statement,
      integer(statement.count),
      ms(statement.totalMs),
      ms(statement.maxMs),
    ]);
  statementRows.push(['(all statements)', '', ms(sqlMs), '']);
  statementRows.push(['(outside the statements: parse, check, JSON)', '', ms(imported.ms - sqlMs), '']);
  console.log(table(['Import by statement', 'count', 'total ms', 'max ms'], statementRows));
  console.log('');
  const rows = result.measurements.map((measurement) => [
    measurement.name,
    String(measurement.stats.runs),
    ms(measurement.stats.medianMs),
    ms(measurement.stats.p95Ms),
    ms(measurement.stats.minMs),
    ms(measurement.stats.maxMs),
    size(measurement.bytes),
    measurement.note,
  ]);
  console.log(table(['Request', 'runs', 'median ms', 'p95 ms', 'min', 'max', 'size', 'what'], rows, [0, 7]));
  console.log(
    `\n  process RSS after the run: ${integer(result.rssMb)} MB ` +
      `(${integer(result.rssBeforeMb)} MB before the database was opened; ` +
      `JS heap used ${integer(result.heapUsedMb)} MB)`,
  );
}

export function writeResults(results: Omit<BenchResults, 'createdAt' | 'node' | 'platform' | 'cpu'>): string {
  const full: BenchResults = {
    createdAt: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpu: `${os.cpus()[0]?.model ?? '?'} (${os.cpus().length} cores)`,
    ...results,
  };
  const folder = path.join(import.meta.dirname, 'results');
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'latest.json');
  fs.writeFileSync(file, `${JSON.stringify(full, null, 2)}\n`);
  return file;
}
