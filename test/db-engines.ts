/**
 * Test databases on both engines. Each test file gets a fresh database cloned from the migrated template
 * that global-setup.ts built; which engine is decided by TEST_DATABASE_URL, so the same suite runs on
 * PGlite (`npm test`) and on a PostgreSQL server (`.ci/run`).
 */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../src/modules/database.ts';
import { type DatabaseEngine, type DatabaseHandle, openDatabase } from '../src/platform/db/database.ts';

export function templateName(): string {
  return `verksam_template_${process.pid}`;
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

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export interface TestDatabase extends DatabaseHandle<Database> {
  readonly engine: DatabaseEngine;
}

/** A fresh, migrated, empty database for one test file. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  const serverTemplate = inject('serverTemplate');
  if (url && serverTemplate) {
    const name = `verksam_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await adminQuery(url, `create database ${name} template ${serverTemplate}`);
    const handle = await openDatabase<Database>({ kind: 'server', url: withDatabase(url, name) });
    return {
      ...handle,
      async close() {
        await handle.close();
        await adminQuery(url, `drop database if exists ${name}`);
      },
    };
  }
  const dump = fs.readFileSync(inject('pgliteTemplate'));
  const pglite = await PGlite.create({ loadDataDir: new Blob([dump]) });
  const handle = await openDatabase<Database>({ kind: 'instance', pglite });
  return {
    ...handle,
    async close() {
      await handle.close();
      await pglite.close();
    },
  };
}
