/**
 * The data-package import against COPY of the same rows, and nothing else: the first figure of the system
 * benchmark (bench/system.ts) in about a minute instead of the whole run, for working on the import.
 *
 *   BENCH_SCALE=0.1 node --import tsx bench/import-only.ts
 *   BENCH_SCALE=0.3 BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node --import tsx bench/import-only.ts
 *
 * BENCH_ENGINES (pglite,postgres: those to run; postgres needs BENCH_DATABASE_URL), BENCH_RUNS (import and COPY
 * pairs per engine, 1), BENCH_STATEMENTS=1 (also time the import's statements by kind and table, which slows it
 * a little). Run it under `node --cpu-prof` for a CPU profile of the import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { copyIntoPglite, copyIntoServer, countRows } from './copy.ts';
import { adminQuery, serverVersion, withDatabase } from './engines.ts';
import { countRecords, type GeneratedData, generatePackage } from './generate.ts';
import { QueryTimer } from './query-timer.ts';
import {
  cleanUp,
  compareWithCopy,
  type Imported,
  type ImportVsCopy,
  importInto,
  onCleanup,
  parsed,
  printImportVsCopy,
  tempFolder,
} from './system.ts';
import { type Db, migrateDb, openDataFolder, openOnPglite, openOnServer, pgliteDir } from './verksam.ts';

type Copied = Parameters<typeof compareWithCopy>[1];

/** The import, with its statements timed when asked. */
async function importTimed(db: Db, data: GeneratedData): Promise<Imported> {
  if (process.env.BENCH_STATEMENTS !== '1') {
    return importInto(db, data);
  }
  const timer = new QueryTimer();
  const imported = await importInto(db.withPlugin(timer), data);
  console.log('  statements, slowest in total first:');
  for (const row of timer.report().slice(0, 15)) {
    console.log(
      `    ${row.statement.padEnd(48)} ${String(row.count).padStart(7)} × ` +
        `${Math.round(row.totalMs).toString().padStart(6)} ms (max ${Math.round(row.maxMs)} ms)`,
    );
  }
  return imported;
}

async function onPglite(data: GeneratedData, folder: string): Promise<ImportVsCopy> {
  const appDir = path.join(folder, `import-${crypto.randomUUID()}`);
  const copyDir = path.join(folder, `copy-${crypto.randomUUID()}`);
  try {
    const handle = await openDataFolder(appDir);
    let imported: Imported;
    try {
      imported = await importTimed(handle.db, data);
    } finally {
      await handle.close();
    }
    fs.mkdirSync(copyDir, { recursive: true });
    const pglite = await PGlite.create({ dataDir: pgliteDir(copyDir) });
    let copied: Copied;
    try {
      const copyHandle = await openOnPglite(pglite);
      await migrateDb(copyHandle.db);
      await copyHandle.close();
      const timing = await copyIntoPglite(pglite, parsed(data));
      copied = {
        timing,
        counts: await countRows((text) => pglite.query<{ table: string; count: number }>(text)),
      };
    } finally {
      await pglite.close();
    }
    return compareWithCopy(imported, copied);
  } finally {
    fs.rmSync(appDir, { recursive: true, force: true });
    fs.rmSync(copyDir, { recursive: true, force: true });
  }
}

async function freshDatabase(
  url: string,
  suffix: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `verksam_import_${process.pid}_${suffix}`;
  const drop = () => adminQuery(url, `drop database if exists ${name} with (force)`);
  await drop();
  onCleanup(`database ${name}`, drop);
  await adminQuery(url, `create database ${name}`);
  return { url: withDatabase(url, name), drop };
}

async function onServer(url: string, data: GeneratedData): Promise<ImportVsCopy> {
  const app = await freshDatabase(url, 'app');
  const copy = await freshDatabase(url, 'copy');
  try {
    const handle = await openOnServer(app.url);
    let imported: Imported;
    try {
      imported = await importTimed(handle.db, data);
    } finally {
      await handle.close();
    }
    const copyHandle = await openOnServer(copy.url);
    await migrateDb(copyHandle.db);
    await copyHandle.close();
    const client = new pg.Client({ connectionString: copy.url });
    await client.connect();
    let copied: Copied;
    try {
      const timing = await copyIntoServer(client, parsed(data));
      copied = {
        timing,
        counts: await countRows((text) => client.query<{ table: string; count: number }>(text)),
      };
    } finally {
      await client.end();
    }
    return compareWithCopy(imported, copied);
  } finally {
    await app.drop();
    await copy.drop();
  }
}

function readPositive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a number above 0, not ${JSON.stringify(process.env[name])}`);
  }
  return value;
}

async function main() {
  const scale = readPositive('BENCH_SCALE', 0.1);
  const runs = Math.round(readPositive('BENCH_RUNS', 1));
  const url = process.env.BENCH_DATABASE_URL;
  const engines = (process.env.BENCH_ENGINES ?? (url ? 'pglite,postgres' : 'pglite')).split(',');
  const data = generatePackage(scale);
  const records = Object.values(countRecords(data.pkg)).reduce((sum, count) => sum + count, 0);
  console.log(`Import against COPY at scale ${scale}: ${records} records, ${runs} run(s) per engine`);
  const folder = tempFolder();
  for (const engine of engines) {
    if (engine === 'postgres' && !url) {
      throw new Error('BENCH_ENGINES names postgres, but BENCH_DATABASE_URL is not set');
    }
    const label = engine === 'postgres' && url ? `PostgreSQL ${await serverVersion(url)}` : 'PGlite';
    const ratios: number[] = [];
    for (let run = 1; run <= runs; run += 1) {
      console.log(`\n${label}, run ${run}:`);
      const result = engine === 'postgres' && url ? await onServer(url, data) : await onPglite(data, folder);
      printImportVsCopy(result);
      console.log(`  ratio ${result.ratio.toFixed(2)} (records only ${result.recordsRatio.toFixed(2)})`);
      ratios.push(result.ratio);
    }
    console.log(`\n${label}: import/COPY ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}`);
  }
}

try {
  await main();
} finally {
  await cleanUp();
}
