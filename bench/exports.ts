/**
 * The goal sheet under load while the whole municipality is exported, one export after another: long
 * database work (tens of megabytes of rows) beside many short requests. Where the database's work shares a
 * thread with the HTTP server, every request waits for each export's queries to finish; the sheet's
 * latencies show whether it does.
 */
import { type LoadOptions, type LoadResult, load, warmUp } from './load.ts';
import { percentile } from './measure.ts';
import { request } from './processes.ts';
import type { SaveTimes } from './saves.ts';

export interface ExportsUnderLoad {
  readonly load: LoadResult;
  /** Each whole export, from request to the last byte. */
  readonly exports: SaveTimes;
  readonly exportMb: number;
}

export const EXPORT_ALL_PATH = '/api/v1/data-package/export';

async function exportUntil(baseUrl: string, stop: { stopped: boolean }) {
  const times: number[] = [];
  let failed = 0;
  let bytes = 0;
  while (!stop.stopped) {
    const started = performance.now();
    const response = await request('GET', baseUrl + EXPORT_ALL_PATH, undefined, 600_000);
    if (response.status === 200) {
      times.push(performance.now() - started);
      bytes = response.body.length;
    } else {
      failed += 1;
    }
  }
  return { times, failed, bytes };
}

export async function sheetWhileExporting(
  baseUrl: string,
  sheetUrl: string,
  options: LoadOptions & { readonly warmupS: number },
): Promise<ExportsUnderLoad> {
  await warmUp(sheetUrl, options.warmupS);
  const stop = { stopped: false };
  const exporting = exportUntil(baseUrl, stop);
  let result: LoadResult;
  try {
    result = await load(sheetUrl, options);
  } finally {
    stop.stopped = true;
  }
  const { times, failed, bytes } = await exporting;
  times.sort((a, b) => a - b);
  return {
    load: result,
    exports: {
      count: times.length,
      failed,
      medianMs: percentile(times, 0.5),
      p99Ms: percentile(times, 0.99),
      maxMs: times.at(-1) ?? Number.NaN,
    },
    exportMb: bytes / 2 ** 20,
  };
}
