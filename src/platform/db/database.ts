/**
 * Opens the database: a PostgreSQL server when a URL is given, otherwise the embedded PGlite in the data
 * folder. Both go through the same driver (`pg`) and the same Kysely dialect, so every query and migration
 * is the same SQL on both engines (stack.md §4). On PGlite, `pg` speaks the wire protocol to PGlite in this
 * thread or in a worker thread (pglite-wire.ts, ADR 0010). On both, connections are handed out by a fair
 * queue (fair-pool.ts): a request already under way goes before requests that came after it.
 */
import type { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import pg from 'pg';
import { ClientDialect } from './copy.ts';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { type EmbeddedStart, openEmbedded } from './embedded.ts';
import { FairPool } from './fair-pool.ts';
import { inProcessEngine, type PgliteEngine, pgliteClientConfig } from './pglite-wire.ts';

// numeric and bigint come back as strings (exact); int8 counts are cast to int in SQL where a number is meant.
// Dates stay ISO strings instead of JS Dates shifted by the time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type DatabaseEngine = 'pglite' | 'postgres';

export interface DatabaseHandle<DB> {
  readonly db: Kysely<DB>;
  readonly engine: DatabaseEngine;
  /** The embedded database's lock, when this process holds one. */
  readonly lock: DataDirLock | null;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { readonly kind: 'server'; readonly url: string }
  /** The embedded database in a folder, in this thread, refused (DataDirLockedError) while another process holds it. */
  | { readonly kind: 'embedded'; readonly dataDir: string }
  /**
   * An embedded database whose opening the caller has already begun (see embedded.ts). Opened first, or,
   * with `beforeOpen`, at once: queries then wait until it is open, and a failure to open fails them.
   */
  | { readonly kind: 'started'; readonly started: EmbeddedStart; readonly beforeOpen?: boolean }
  /** An embedded database created by the caller in this thread (tests load one from a template); stays open. */
  | { readonly kind: 'instance'; readonly pglite: PGlite }
  /** An embedded database opened by the caller, e.g. in a worker thread (PgliteThread); closed with the handle. */
  | { readonly kind: 'engine'; readonly engine: PgliteEngine };

/** The server's connections: as many as `pg.Pool` had by default. */
const SERVER_CONNECTIONS = 10;

/** Kysely's PostgreSQL dialect whose connections also take COPY (platform/db/copy.ts). */
function kyselyOn<DB>(pool: pg.Pool, size: number): Kysely<DB> {
  return new Kysely<DB>({ dialect: new ClientDialect(new FairPool(pool, size)) });
}

function openOnPglite<DB>(engine: PgliteEngine, lock: DataDirLock | null, ownsEngine: boolean) {
  const db = kyselyOn<DB>(new pg.Pool(pgliteClientConfig(engine)), 1);
  return {
    db,
    engine: 'pglite' as const,
    lock,
    async close() {
      try {
        await db.destroy();
        if (ownsEngine) {
          await engine.close();
        }
      } finally {
        await lock?.release();
      }
    },
  };
}

/** An engine that is still opening: its batches wait for it (and fail if it fails to open). */
function whenOpen(engine: Promise<PgliteEngine>): PgliteEngine {
  return {
    exec: (message) => engine.then((open) => open.exec(message)),
    close: () =>
      engine.then(
        (open) => open.close(),
        () => undefined,
      ),
  };
}

export async function openDatabase<DB>(target: DatabaseTarget): Promise<DatabaseHandle<DB>> {
  switch (target.kind) {
    case 'server': {
      const pool = new pg.Pool({ connectionString: target.url, max: SERVER_CONNECTIONS });
      const db = kyselyOn<DB>(pool, SERVER_CONNECTIONS);
      return { db, engine: 'postgres', lock: null, close: () => db.destroy() };
    }
    case 'instance':
      return openOnPglite<DB>(inProcessEngine(target.pglite), null, false);
    case 'engine':
      return openOnPglite<DB>(target.engine, null, true);
    case 'embedded':
      return openDatabase<DB>({
        kind: 'started',
        started: openEmbedded(await acquireDataDirLock(target.dataDir, { role: 'command' })),
      });
    case 'started': {
      const { lock, engine } = target.started;
      if (target.beforeOpen) {
        return openOnPglite<DB>(whenOpen(engine), lock, true);
      }
      try {
        return openOnPglite<DB>(await engine, lock, true);
      } catch (error) {
        await lock.release();
        throw error;
      }
    }
  }
}
