/**
 * The system-level benchmark: the application as it runs in production (server processes started with
 * `node bin/start.js`, real HTTP), each figure measured next to a baseline in the same run so that the
 * result is a ratio and not a wall-clock number that depends on the machine:
 *
 *  - import of the generated package against COPY of the same rows into the same tables;
 *  - the goal-sheet route under load (autocannon, many connections) against a minimal Fastify server in
 *    its own process answering with the same bytes from memory;
 *  - every administration's sheet under load while an outcome is saved every second (each save makes the
 *    server compute every sheet again: saves.ts), and one sheet under load while everything is exported
 *    again and again (long database work beside short requests: exports.ts);
 *  - on a PostgreSQL server, two instances on one database: a save through one is read through the other,
 *    and their combined throughput;
 *  - on the embedded engine, warm start against Node opening PGlite and serving hello world.
 *
 * Every server, data folder and database it makes is removed again, also when a step fails or the run
 * is interrupted; a failing step is reported and the others still run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import pg from 'pg';
import { type ConsistencyCheck, checkInstances, type ShownOutcome, shownOutcome } from './consistency.ts';
import { type CopyTiming, copyIntoPglite, copyIntoServer, countRows } from './copy.ts';
import { adminQuery, serverVersion, withDatabase } from './engines.ts';
import { EXPORT_ALL_PATH, type ExportsUnderLoad, sheetWhileExporting } from './exports.ts';
import type { GeneratedData } from './generate.ts';
import { type LoadOptions, type LoadRequest, type LoadResult, load, loadAll, warmUp } from './load.ts';
import { timed } from './measure.ts';
import { freePort, request, type Started, setApiHeaders, start, stopAll, waitFor200 } from './processes.ts';
import { administrationSheets, type SavesUnderLoad, sheetsWhileSaving } from './saves.ts';
import {
  type DataPackage,
  type Db,
  importData,
  migrateDb,
  openDataFolder,
  openOnPglite,
  openOnServer,
  parseDataPackage,
  pgliteDir,
  REPO_ROOT,
  reportPath,
  type ServerTarget,
  START_ARGS,
  serverEnv,
  sheetPath,
  signedInHeaders,
  signedInReporters,
} from './verksam.ts';
import { buildIfStale, measureWarmStart, type WarmStartResult } from './warm-start.ts';

export interface SystemOptions extends LoadOptions {
  /** Seconds of light load before each measured run. */
  readonly warmupS: number;
  /** Starts of each kind for the warm-start medians. */
  readonly startRuns: number;
  /** Saves through one instance read back through the other. */
  readonly consistencyChecks: number;
  /** Milliseconds between saves while every administration's sheet is under load (saves.ts). */
  readonly saveIntervalMs: number;
}

export interface SheetTarget {
  /** A goal sheet (of a typical or the largest administration), or the largest one's one-screen report. */
  readonly kind: 'typical' | 'largest' | 'report';
  readonly code: string;
  readonly goals: number;
  readonly indicators: number;
  readonly path: string;
  /** The signed-in users who ask for it, one after another on every connection; else the administrator. */
  readonly users?: readonly Readonly<Record<string, string>>[];
}

export interface ImportVsCopy {
  readonly records: number;
  readonly importMs: number;
  readonly copy: CopyTiming;
  /** Building the CSV and COPY of every row the import writes, change log included. */
  readonly copyMs: number;
  /** The same without the change log. */
  readonly recordsCopyMs: number;
  readonly ratio: number;
  readonly recordsRatio: number;
  /** Whether COPY left the same number of rows in every table as the import did. */
  readonly sameRowCounts: boolean;
  readonly importCounts: Record<string, number>;
  readonly copyCounts: Record<string, number>;
}

export interface SheetLoad {
  readonly target: SheetTarget;
  readonly bytes: number;
  readonly app: LoadResult;
  readonly baseline: LoadResult;
  /** App requests/s over baseline requests/s. */
  readonly ratio: number;
}

export interface TwoInstances {
  readonly target: SheetTarget;
  readonly instances: readonly LoadResult[];
  readonly combinedRps: number;
  /** One instance alone on the same URL with all the connections (from the sheet load). */
  readonly singleRps: number;
  readonly checks: readonly ConsistencyCheck[];
  readonly passed: boolean;
}

export interface SystemEngineResult {
  readonly engine: 'pglite' | 'postgres';
  readonly label: string;
  importVsCopy?: ImportVsCopy;
  readonly loads: SheetLoad[];
  /** Every administration's sheet under load while an outcome is saved at a steady interval. */
  savesUnderLoad?: SavesUnderLoad;
  /** The typical sheet under load while the whole municipality is exported again and again. */
  exportsUnderLoad?: ExportsUnderLoad;
  twoInstances?: TwoInstances;
  warmStart?: WarmStartResult;
  readonly failures: { readonly step: string; readonly message: string }[];
}

// Cleaning up ----------------------------------------------------------------------------------------------

const cleanups: { name: string; run: () => Promise<void> | void }[] = [];

/** Registers work for cleanUp(): also run when the benchmark is interrupted. */
export function onCleanup(name: string, run: () => Promise<void> | void): void {
  cleanups.push({ name, run });
}

/** Stops every server started, drops every database and removes every folder made, newest first. */
export async function cleanUp(): Promise<void> {
  await stopAll();
  while (cleanups.length > 0) {
    const next = cleanups.pop();
    try {
      await next?.run();
    } catch (error) {
      console.error(`  cleaning up ${next?.name} failed: ${String(error)}`);
    }
  }
}

async function step<T>(
  result: SystemEngineResult,
  name: string,
  work: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.log(`\n  !! ${name} failed: ${message}`);
    result.failures.push({ step: name, message });
    return undefined;
  }
}

// What to load ---------------------------------------------------------------------------------------------

/**
 * (a) the administration the in-process benchmark uses, a typical one of the generated municipality (the
 * generator gives administrations five to seven goals of about four indicators; the demo's VSS has ten
 * goals in 2023), and (b) the administration whose sheet is largest (most indicators, then most goals).
 * A sheet shows the unit's own goals, so the size of the unit's subtree does not matter here.
 */
export function sheetTargets(data: GeneratedData): SheetTarget[] {
  const { pkg, samples } = data;
  const goalsOf = new Map<string, string[]>();
  for (const goal of pkg.goals) {
    goalsOf.set(goal.orgUnit, [...(goalsOf.get(goal.orgUnit) ?? []), goal.id]);
  }
  const indicatorsOf = new Map<string, number>();
  for (const indicator of pkg.indicators) {
    indicatorsOf.set(indicator.goalId, (indicatorsOf.get(indicator.goalId) ?? 0) + 1);
  }
  const target = (kind: SheetTarget['kind'], code: string): SheetTarget => {
    const goals = goalsOf.get(code) ?? [];
    return {
      kind,
      code,
      goals: goals.length,
      indicators: goals.reduce((sum, goal) => sum + (indicatorsOf.get(goal) ?? 0), 0),
      path: sheetPath(code, samples.year, samples.followUpRoundId),
    };
  };
  const typical = target('typical', samples.administration);
  const largest = pkg.orgUnits
    .filter((unit) => unit.kind === 'administration')
    .map((unit) => target('largest', unit.code))
    .reduce((best, next) =>
      next.indicators > best.indicators || (next.indicators === best.indicators && next.goals > best.goals)
        ? next
        : best,
    );
  return largest.code === typical.code ? [typical] : [typical, largest];
}

/** The largest administration's one-screen report in the follow-up round, asked for by its reporters. */
export function reportTarget(
  data: GeneratedData,
  users: readonly Readonly<Record<string, string>>[],
): SheetTarget {
  const largest = sheetTargets(data).at(-1);
  if (!largest) {
    throw new Error('the generated municipality has no administration');
  }
  return {
    ...largest,
    kind: 'report',
    path: reportPath(largest.code, data.samples.followUpRoundId),
    users,
  };
}

/**
 * Signs in the benchmark's users on the imported data: an administrator for every request (apiHeaders), and
 * as many reporters of the largest administration as there are connections, for its one-screen report.
 */
async function signInUsers(db: Db, data: GeneratedData, options: SystemOptions): Promise<SheetTarget> {
  setApiHeaders(await signedInHeaders(db));
  const code = sheetTargets(data).at(-1)?.code ?? '';
  return reportTarget(data, await signedInReporters(db, code, options.connections));
}

// Import against COPY --------------------------------------------------------------------------------------

export interface Imported {
  readonly ms: number;
  readonly counts: Record<string, number>;
}

const countsOn = (db: Db) => countRows((text) => sql.raw<{ table: string; count: number }>(text).execute(db));

export async function importInto(db: Db, data: GeneratedData): Promise<Imported> {
  await migrateDb(db);
  const { ms } = await timed(() => importData(db, data.pkg));
  return { ms, counts: await countsOn(db) };
}

export function compareWithCopy(
  imported: Imported,
  copied: { timing: CopyTiming; counts: Record<string, number> },
): ImportVsCopy {
  const { timing } = copied;
  const copyMs = timing.buildMs + timing.recordsMs + timing.changeLogMs;
  const recordsCopyMs = timing.buildMs + timing.recordsMs;
  const tables = new Set([...Object.keys(imported.counts), ...Object.keys(copied.counts)]);
  return {
    records: timing.rows,
    importMs: imported.ms,
    copy: timing,
    copyMs,
    recordsCopyMs,
    ratio: imported.ms / copyMs,
    recordsRatio: imported.ms / recordsCopyMs,
    sameRowCounts: [...tables].every((table) => imported.counts[table] === copied.counts[table]),
    importCounts: imported.counts,
    copyCounts: copied.counts,
  };
}

export function printImportVsCopy(result: ImportVsCopy): void {
  const { copy } = result;
  console.log(
    `  import ${Math.round(result.importMs)} ms; COPY ${Math.round(result.copyMs)} ms ` +
      `(CSV ${Math.round(copy.buildMs)} ms, ${copy.rows} records ${Math.round(copy.recordsMs)} ms, ` +
      `${copy.changeLogRows} change-log rows and commit ${Math.round(copy.changeLogMs)} ms); ` +
      `row counts ${result.sameRowCounts ? 'the same' : `DIFFER: import ${JSON.stringify(result.importCounts)}, COPY ${JSON.stringify(result.copyCounts)}`}`,
  );
}

// Servers --------------------------------------------------------------------------------------------------

interface AppServer {
  readonly name: string;
  readonly baseUrl: string;
  readonly process: Started;
}

async function startApp(name: string, target: Omit<ServerTarget, 'port'>): Promise<AppServer> {
  const port = await freePort();
  // BENCH_CPU_PROFILE=<folder> writes a V8 CPU profile of every app server (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROFILE;
  const args = profile
    ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`, ...START_ARGS]
    : START_ARGS;
  const started = start(name, process.execPath, args, {
    env: serverEnv({ ...target, port }),
    cwd: REPO_ROOT,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor200(`${baseUrl}/`, started);
  return { name, baseUrl, process: started };
}

const BASELINE_SERVER = path.join(import.meta.dirname, 'baseline', 'sheet-server.js');

/** The baseline server, answering each target's URL with the body the app gave for it. */
async function startBaseline(app: AppServer, targets: readonly SheetTarget[], folder: string) {
  const port = await freePort();
  const responses = [];
  const bytes = new Map<string, number>();
  for (const target of targets) {
    const response = await request('GET', app.baseUrl + target.path);
    if (response.status !== 200) {
      throw new Error(
        `GET ${target.path} answered ${response.status}: ${response.body.toString().slice(0, 500)}`,
      );
    }
    const file = path.join(folder, `sheet-${target.kind}.json`);
    fs.writeFileSync(file, response.body);
    bytes.set(target.path, response.body.length);
    responses.push({
      url: target.path,
      file,
      contentType: String(response.headers['content-type'] ?? 'application/json'),
    });
  }
  const manifest = path.join(folder, 'baseline.json');
  fs.writeFileSync(manifest, JSON.stringify({ port, responses }));
  const started = start('baseline sheet-server', process.execPath, [BASELINE_SERVER, manifest], {
    cwd: REPO_ROOT,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor200(baseUrl + (targets[0]?.path ?? '/'), started);
  return { baseUrl, process: started, bytes };
}

const rpsText = (result: LoadResult) =>
  `${result.rps.toFixed(1)} req/s, median ${Math.round(result.medianMs)} ms, p99 ${Math.round(result.p99Ms)} ms` +
  `${result.errors + result.non2xx > 0 ? `, ${result.errors} errors, ${result.non2xx} non-2xx` : ''}`;

async function measureUnderLoad(
  url: string,
  name: string,
  options: SystemOptions,
  requests?: readonly LoadRequest[],
): Promise<LoadResult> {
  await warmUp(url, options.warmupS, requests);
  const result = await load(url, options, requests);
  console.log(`    ${name.padEnd(34)} ${rpsText(result)}`);
  return result;
}

/** The sheet under load on `app` and on the baseline, target by target. */
async function loadSheets(
  app: AppServer,
  targets: readonly SheetTarget[],
  options: SystemOptions,
  folder: string,
): Promise<SheetLoad[]> {
  const baseline = await startBaseline(app, targets, folder);
  try {
    const loads: SheetLoad[] = [];
    for (const target of targets) {
      console.log(
        `  ${target.kind === 'report' ? 'one-screen report of the largest' : target.kind} administration ${target.code} (${target.goals} goals, ${target.indicators} indicators):`,
      );
      const requests = target.users?.map((headers) => ({ path: target.path, headers }));
      const appResult = await measureUnderLoad(
        app.baseUrl + target.path,
        requests ? `app (${requests.length} signed-in users)` : 'app',
        options,
        requests,
      );
      const baselineResult = await measureUnderLoad(
        baseline.baseUrl + target.path,
        'baseline (same bytes from memory)',
        options,
      );
      loads.push({
        target,
        bytes: baseline.bytes.get(target.path) ?? 0,
        app: appResult,
        baseline: baselineResult,
        ratio: appResult.rps / baselineResult.rps,
      });
    }
    return loads;
  } finally {
    await baseline.process.stop();
  }
}

async function measureWhileSaving(
  app: AppServer,
  data: GeneratedData,
  options: SystemOptions,
): Promise<SavesUnderLoad> {
  const paths = administrationSheets(data);
  const { year, followUpRoundId, administration } = data.samples;
  console.log(
    `  every administration's sheet (${paths.length} URLs in turn), an outcome saved every ${options.saveIntervalMs} ms:`,
  );
  const result = await sheetsWhileSaving(
    app,
    paths,
    shownOutcome(data, administration, year, followUpRoundId),
    options.saveIntervalMs,
    options,
  );
  const { saves } = result;
  console.log(`    ${'sheets'.padEnd(34)} ${rpsText(result.load)}`);
  console.log(
    `    ${'saves'.padEnd(34)} ${saves.count} saved${saves.failed ? `, ${saves.failed} refused` : ''}, ` +
      `median ${Math.round(saves.medianMs)} ms, p99 ${Math.round(saves.p99Ms)} ms, max ${Math.round(saves.maxMs)} ms`,
  );
  return result;
}

async function measureWhileExporting(
  app: AppServer,
  data: GeneratedData,
  options: SystemOptions,
): Promise<ExportsUnderLoad> {
  const [target] = sheetTargets(data);
  if (!target) {
    throw new Error('no sheet to load');
  }
  console.log(`  ${target.code}'s sheet while ${EXPORT_ALL_PATH} (everything) runs again and again:`);
  const result = await sheetWhileExporting(app.baseUrl, app.baseUrl + target.path, options);
  const { exports } = result;
  console.log(`    ${'sheet'.padEnd(34)} ${rpsText(result.load)}`);
  console.log(
    `    ${'exports'.padEnd(34)} ${exports.count} of ${result.exportMb.toFixed(1)} MB` +
      `${exports.failed ? `, ${exports.failed} failed` : ''}, median ${Math.round(exports.medianMs)} ms, ` +
      `max ${Math.round(exports.maxMs)} ms`,
  );
  return result;
}

async function twoInstances(
  apps: readonly [AppServer, AppServer],
  target: SheetTarget,
  outcome: ShownOutcome,
  single: LoadResult | undefined,
  options: SystemOptions,
): Promise<TwoInstances> {
  const each = { ...options, connections: Math.max(1, Math.floor(options.connections / 2)) };
  console.log(
    `  two instances, ${each.connections} connections each, ${target.code}; saves through one read through the other:`,
  );
  await Promise.all(apps.map((app) => warmUp(app.baseUrl + target.path, options.warmupS)));
  const [instances, checks] = await Promise.all([
    loadAll(
      apps.map((app) => app.baseUrl + target.path),
      each,
    ),
    checkInstances(apps, target.path, outcome, options.consistencyChecks),
  ]);
  instances.forEach((result, index) => {
    console.log(`    ${(apps[index]?.name ?? '').padEnd(34)} ${rpsText(result)}`);
  });
  for (const check of checks) {
    const findings = [
      check.readerShowsValue ? 'shows the value' : 'does NOT show the value',
      check.changed ? 'changed' : 'did NOT change',
      check.sameAsWriter ? `the same as ${check.writer}'s` : `DIFFERS from ${check.writer}'s`,
    ];
    console.log(
      `    ${check.passed ? 'ok  ' : 'FAIL'} ${check.writer} saved ${check.written}; ${check.reader}'s next sheet ` +
        `${findings.join(', ')} (${Math.round(check.ms)} ms from the save)`,
    );
  }
  return {
    target,
    instances,
    combinedRps: instances.reduce((sum, result) => sum + result.rps, 0),
    singleRps: single?.rps ?? Number.NaN,
    checks,
    passed: checks.length > 0 && checks.every((check) => check.passed),
  };
}

// The engines ----------------------------------------------------------------------------------------------

export function parsed(data: GeneratedData): DataPackage {
  const result = parseDataPackage(data.pkg);
  if (!result.success) {
    throw new Error(`the generated package does not parse: ${result.error.message.slice(0, 1000)}`);
  }
  return result.data;
}

export function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verksam-bench-'));
  onCleanup(`folder ${folder}`, () => fs.rmSync(folder, { recursive: true, force: true }));
  return folder;
}

export async function systemOnPglite(
  data: GeneratedData,
  options: SystemOptions,
): Promise<SystemEngineResult> {
  const result: SystemEngineResult = {
    engine: 'pglite',
    label: 'PGlite (embedded), server on a data folder',
    loads: [],
    failures: [],
  };
  console.log(`\n== System: ${result.label} ==\n`);
  const folder = tempFolder();
  const appDir = path.join(folder, 'app-data');
  let report: SheetTarget | undefined;
  const imported = await step(result, 'import into a data folder', async () => {
    const handle = await openDataFolder(appDir);
    try {
      const done = await importInto(handle.db, data);
      report = await signInUsers(handle.db, data, options);
      return done;
    } finally {
      await handle.close();
    }
  });
  const copied = await step(result, 'COPY into a data folder', async () => {
    const copyDir = path.join(folder, 'copy-data');
    fs.mkdirSync(copyDir, { recursive: true });
    const pglite = await PGlite.create({ dataDir: pgliteDir(copyDir) });
    try {
      const handle = await openOnPglite(pglite);
      await migrateDb(handle.db);
      await handle.close();
      const timing = await copyIntoPglite(pglite, parsed(data));
      return {
        timing,
        counts: await countRows((text) => pglite.query<{ table: string; count: number }>(text)),
      };
    } finally {
      await pglite.close();
      fs.rmSync(copyDir, { recursive: true, force: true });
    }
  });
  if (imported && copied) {
    result.importVsCopy = compareWithCopy(imported, copied);
    printImportVsCopy(result.importVsCopy);
  }
  if (!imported) {
    return result;
  }
  await step(result, 'sheet under load', async () => {
    buildIfStale();
    const app = await startApp('app', { dataDir: appDir });
    try {
      const targets = [...sheetTargets(data), ...(report ? [report] : [])];
      result.loads.push(...(await loadSheets(app, targets, options, folder)));
      result.savesUnderLoad = await step(result, 'sheets under load while saving', () =>
        measureWhileSaving(app, data, options),
      );
      result.exportsUnderLoad = await step(result, 'sheet under load while exporting', () =>
        measureWhileExporting(app, data, options),
      );
    } finally {
      await app.process.stop();
    }
  });
  result.warmStart = await step(result, 'warm start', async () => {
    console.log(`  warm start on the imported data folder, ${options.startRuns} runs each:`);
    const warm = await measureWarmStart(appDir, options.startRuns);
    const line = (name: string, stats: { medianMs: number; minMs: number; maxMs: number }) =>
      console.log(
        `    ${name.padEnd(34)} median ${Math.round(stats.medianMs)} ms (${Math.round(stats.minMs)}–${Math.round(stats.maxMs)})`,
      );
    line('node bin/start.js', warm.app);
    line('npm start', warm.npmStart);
    line('baseline (PGlite + hello world)', warm.baseline);
    if (warm.rebuilds > 0) {
      console.log(
        `    (${warm.rebuilds} starts rebuilt because sources changed meanwhile; they were measured again)`,
      );
    }
    return warm;
  });
  return result;
}

export async function systemOnServer(
  url: string,
  data: GeneratedData,
  options: SystemOptions,
): Promise<SystemEngineResult> {
  const result: SystemEngineResult = {
    engine: 'postgres',
    label: `PostgreSQL ${await serverVersion(url)} server`,
    loads: [],
    failures: [],
  };
  console.log(`\n== System: ${result.label} ==\n`);
  const folder = tempFolder();
  const database = async (suffix: string) => {
    const name = `verksam_bench_${process.pid}_${suffix}`;
    await adminQuery(url, `drop database if exists ${name} with (force)`);
    onCleanup(`database ${name}`, () => adminQuery(url, `drop database if exists ${name} with (force)`));
    await adminQuery(url, `create database ${name}`);
    return withDatabase(url, name);
  };
  const appUrl = await database('app');
  let report: SheetTarget | undefined;
  const imported = await step(result, 'import into a database', async () => {
    const handle = await openOnServer(appUrl);
    try {
      const done = await importInto(handle.db, data);
      report = await signInUsers(handle.db, data, options);
      return done;
    } finally {
      await handle.close();
    }
  });
  const copied = await step(result, 'COPY into a database', async () => {
    const copyUrl = await database('copy');
    const handle = await openOnServer(copyUrl);
    await migrateDb(handle.db);
    await handle.close();
    const client = new pg.Client({ connectionString: copyUrl });
    await client.connect();
    try {
      const timing = await copyIntoServer(client, parsed(data));
      return {
        timing,
        counts: await countRows((text) => client.query<{ table: string; count: number }>(text)),
      };
    } finally {
      await client.end();
    }
  });
  if (imported && copied) {
    result.importVsCopy = compareWithCopy(imported, copied);
    printImportVsCopy(result.importVsCopy);
  }
  if (!imported) {
    return result;
  }
  await step(result, 'sheet under load and two instances', async () => {
    buildIfStale();
    const apps = await Promise.all([
      startApp('instance A', { databaseUrl: appUrl }),
      startApp('instance B', { databaseUrl: appUrl }),
    ]);
    try {
      const [first, second] = apps;
      const targets = sheetTargets(data);
      result.loads.push(
        ...(await loadSheets(first, [...targets, ...(report ? [report] : [])], options, folder)),
      );
      result.savesUnderLoad = await step(result, 'sheets under load while saving', () =>
        measureWhileSaving(first, data, options),
      );
      result.exportsUnderLoad = await step(result, 'sheet under load while exporting', () =>
        measureWhileExporting(first, data, options),
      );
      const target = targets[0];
      if (target) {
        result.twoInstances = await step(result, 'two instances', () =>
          twoInstances(
            [first, second],
            target,
            shownOutcome(data, target.code, data.samples.year, data.samples.followUpRoundId),
            result.loads[0]?.app,
            options,
          ),
        );
      }
    } finally {
      await Promise.all(apps.map((app) => app.process.stop()));
    }
  });
  return result;
}
