/**
 * The goal sheet under load while someone saves: the sheet's cache holds until the next write, so the load
 * on one sheet URL (system.ts) measures cache hits. Here every administration's sheet is asked for in turn
 * on every connection, and an outcome is saved at a steady interval; each save throws every cached sheet
 * away, so after each one the server computes all of them again while the load goes on. Its latencies are
 * what a user sees after a colleague saves (the misses), and the saves' own latencies show whether a write
 * waits behind the flood of reads.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { currentVersion, type Instance, type ShownOutcome } from './consistency.ts';
import type { GeneratedData } from './generate.ts';
import { type LoadOptions, type LoadResult, load, warmUp } from './load.ts';
import { percentile } from './measure.ts';
import { request } from './processes.ts';
import { outcomePath, sheetPath } from './verksam.ts';

export interface SaveTimes {
  readonly count: number;
  readonly failed: number;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

export interface SavesUnderLoad {
  /** Sheet URLs the connections ask for in turn. */
  readonly sheets: number;
  readonly intervalMs: number;
  readonly load: LoadResult;
  readonly saves: SaveTimes;
}

/** Every administration's sheet for the year and round the other loads use. */
export function administrationSheets(data: GeneratedData): string[] {
  const { year, followUpRoundId } = data.samples;
  return data.pkg.orgUnits
    .filter((unit) => unit.kind === 'administration')
    .map((unit) => sheetPath(unit.code, year, followUpRoundId));
}

/** Saves the outcome every `intervalMs` until `stop` is set, each time with a new value. */
async function saveEvery(
  server: Instance,
  outcome: ShownOutcome,
  intervalMs: number,
  stop: { stopped: boolean },
): Promise<{ times: number[]; failed: number }> {
  const times: number[] = [];
  let failed = 0;
  let version = await currentVersion(server, outcome);
  for (let index = 0; !stop.stopped; index += 1) {
    await sleep(intervalMs);
    if (stop.stopped) {
      break;
    }
    const started = performance.now();
    const saved = await request('PUT', server.baseUrl + outcomePath(outcome.id), {
      total: String(700_001 + (index % 1000) * 7),
      version,
    });
    if (saved.status === 200) {
      times.push(performance.now() - started);
      version += 1;
    } else {
      failed += 1;
      version = await currentVersion(server, outcome);
    }
  }
  return { times, failed };
}

export async function sheetsWhileSaving(
  server: Instance,
  paths: readonly string[],
  outcome: ShownOutcome,
  intervalMs: number,
  options: LoadOptions & { readonly warmupS: number },
): Promise<SavesUnderLoad> {
  await warmUp(server.baseUrl, options.warmupS, paths);
  const stop = { stopped: false };
  const saving = saveEvery(server, outcome, intervalMs, stop);
  let result: LoadResult;
  try {
    result = await load(server.baseUrl, options, paths);
  } finally {
    stop.stopped = true;
  }
  const { times, failed } = await saving;
  times.sort((a, b) => a - b);
  return {
    sheets: paths.length,
    intervalMs,
    load: result,
    saves: {
      count: times.length,
      failed,
      medianMs: percentile(times, 0.5),
      p99Ms: percentile(times, 0.99),
      maxMs: times.at(-1) ?? Number.NaN,
    },
  };
}
