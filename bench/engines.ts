/**
 * The databases the benchmark runs on: a fresh in-memory PGlite, and a fresh database on a PostgreSQL
 * server (created through an admin connection to BENCH_DATABASE_URL and dropped again on close).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Db, openFolderInWorker, openOnPglite, openOnServer, pgliteDir } from './verksam.ts';

export interface BenchDatabase {
  readonly engine: 'pglite' | 'postgres';
  readonly label: string;
  readonly db: Db;
  /** The PGlite instance itself (embedded only): for COPY through its `/dev/blob` device. */
  readonly pglite?: PGlite;
  /** The database's own URL (server only): for a plain `pg` client beside the application's pool. */
  readonly url?: string;
  close(): Promise<void>;
}

export async function openEmbedded(): Promise<BenchDatabase> {
  const pglite = await PGlite.create();
  const handle = await openOnPglite(pglite);
  return {
    engine: 'pglite',
    label: 'PGlite (embedded, in memory)',
    db: handle.db,
    pglite,
    async close() {
      await handle.close();
      await pglite.close();
    },
  };
}

/**
 * A fresh PGlite on a data folder in the temporary directory, in a worker thread of its own: the embedded
 * database as the server and the CLI's bulk loads open it. Closing it removes the folder.
 */
export async function openEmbeddedFolderInWorker(): Promise<BenchDatabase> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verksam-bench-pgdata-'));
  try {
    const handle = await openFolderInWorker(pgliteDir(folder));
    return {
      engine: 'pglite',
      label: 'PGlite (embedded, on a data folder, in a worker thread)',
      db: handle.db,
      async close() {
        try {
          await handle.close();
        } finally {
          fs.rmSync(folder, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ server_version: string }>('show server_version');
    return result.rows[0]?.server_version ?? '?';
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A fresh database on the server; `suffix` tells apart several the same process has open at once. */
export async function openServer(url: string, suffix = ''): Promise<BenchDatabase> {
  const name = `verksam_bench_${process.pid}${suffix ? `_${suffix}` : ''}`;
  await adminQuery(url, `drop database if exists ${name}`);
  await adminQuery(url, `create database ${name}`);
  const version = await serverVersion(url);
  try {
    const databaseUrl = withDatabase(url, name);
    const handle = await openOnServer(databaseUrl);
    return {
      engine: 'postgres',
      label: `PostgreSQL ${version} server (database ${name})`,
      db: handle.db,
      url: databaseUrl,
      async close() {
        await handle.close();
        await adminQuery(url, `drop database if exists ${name} with (force)`);
      },
    };
  } catch (error) {
    await adminQuery(url, `drop database if exists ${name} with (force)`);
    throw error;
  }
}
