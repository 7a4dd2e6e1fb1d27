/**
 * A CPU profile of one ledger import, for working on its speed: a SIE file of BENCH_LEDGER_ROWS transaction
 * rows (1 000 000) for the benchmark's 2 049 units, stored, then imported once under V8's profiler on the
 * PostgreSQL server (BENCH_DATABASE_URL, default the local one) or, with ENGINE=pglite, on PGlite in a data
 * folder, in a worker thread (the profile is this thread's: the import's own JavaScript). Prints the import's
 * wall and CPU time and writes the profile to BENCH_PROFILE (/tmp/ledger-<engine>.cpuprofile), which Chrome's
 * DevTools or any .cpuprofile reader opens.
 *
 *   node --import tsx bench/ledger-profile.ts
 *   ENGINE=pglite BENCH_LEDGER_ROWS=250000 node --import tsx bench/ledger-profile.ts
 */

import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import inspector from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { openEmbeddedFolderInWorker, openServer } from './engines.ts';
import { benchOrganisation, fileChunks, insertOrganisation, writeLedgerFile } from './ledger-file.ts';
import { importLedger, migrateDb, storeUpload } from './verksam.ts';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ledprof-'));
const org = benchOrganisation();
const rows = Number(process.env.BENCH_LEDGER_ROWS ?? 1_000_000);
const file = writeLedgerFile(folder, org, rows, 2025, randomUUID());
const engine = process.env.ENGINE ?? 'postgres';
const database =
  engine === 'postgres'
    ? await openServer(
        process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
        'profile',
      )
    : await openEmbeddedFolderInWorker();
await migrateDb(database.db);
await insertOrganisation(database.db, org);
const stored = await storeUpload(database.db, fileChunks(file.path), 'x.se');
const session = new inspector.Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const t = performance.now();
const cpu = process.cpuUsage();
await importLedger(database.db, stored.id, 2025);
const wall = performance.now() - t;
const used = process.cpuUsage(cpu);
const { profile } = await session.post('Profiler.stop');
const out = process.env.BENCH_PROFILE ?? `/tmp/ledger-${engine}.cpuprofile`;
fs.writeFileSync(out, JSON.stringify(profile));
console.log(
  `import of ${rows} rows: ${Math.round(wall)} ms, CPU of this process ${Math.round((used.user + used.system) / 1000)} ms; profile in ${out}`,
);
await database.close();
fs.rmSync(folder, { recursive: true, force: true });
