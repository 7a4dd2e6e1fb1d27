/**
 * The databases the benchmark runs on: a fresh in-memory PGlite, and a fresh database on a PostgreSQL
 * server (created through an admin connection to BENCH_DATABASE_URL and dropped again on close).
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Db, openOnPglite, openOnServer } from './verksam.ts';

export interface BenchDatabase {
  readonly engine: 'pglite' | 'postgres';
  readonly label: string;
  readonly db: Db;
  close(): Promise<void>;
}

export async function openEmbedded(): Promise<BenchDatabase> {
  const pglite = await PGlite.create();
  const handle = await openOnPglite(pglite);
  return {
    engine: 'pglite',
    label: 'PGlite (embedded, in memory)',
    db: handle.db,
    async close() {
      await handle.close();
      await pglite.close();
    },
  };
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

export async function openServer(url: string): Promise<BenchDatabase> {
  const name = `verksam_bench_${process.pid}`;
  await adminQuery(url, `drop database if exists ${name}`);
  await adminQuery(url, `create database ${name}`);
  const version = await serverVersion(url);
  try {
    const handle = await openOnServer(withDatabase(url, name));
    return {
      engine: 'postgres',
      label: `PostgreSQL ${version} server (database ${name})`,
      db: handle.db,
      async close() {
        await handle.close();
        await adminQuery(url, `drop database if exists ${name}`);
      },
    };
  } catch (error) {
    await adminQuery(url, `drop database if exists ${name}`);
    throw error;
  }
}
