/**
 * Opens the database: a PostgreSQL server when a URL is given, otherwise the embedded PGlite in the data
 * folder. Both go through the same driver (`pg`) and the same Kysely dialect, so every query and migration
 * is the same SQL on both engines (stack.md §4).
 */
import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { type EmbeddedStart, openEmbedded } from './embedded.ts';

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
  /** The embedded database in a folder, refused (DataDirLockedError) while another process holds it. */
  | { readonly kind: 'embedded'; readonly dataDir: string }
  /** An embedded database whose opening the caller has already begun (see embedded.ts). */
  | { readonly kind: 'started'; readonly started: EmbeddedStart }
  /** An embedded database created by the caller (tests load one from a template). */
  | { readonly kind: 'instance'; readonly pglite: PGlite };

function kyselyOn<DB>(pool: pg.Pool): Kysely<DB> {
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

async function openOnPglite<DB>(pglite: PGlite, lock: DataDirLock | null, ownsInstance: boolean) {
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const db = kyselyOn<DB>(new pg.Pool(createPgConfig(pglite)));
  return {
    db,
    engine: 'pglite' as const,
    lock,
    async close() {
      await db.destroy();
      if (ownsInstance) {
        await pglite.close();
      }
      await lock?.release();
    },
  };
}

export async function openDatabase<DB>(target: DatabaseTarget): Promise<DatabaseHandle<DB>> {
  switch (target.kind) {
    case 'server': {
      const db = kyselyOn<DB>(new pg.Pool({ connectionString: target.url, max: 10 }));
      return { db, engine: 'postgres', lock: null, close: () => db.destroy() };
    }
    case 'instance':
      return openOnPglite<DB>(target.pglite, null, false);
    case 'embedded':
      return openDatabase<DB>({
        kind: 'started',
        started: openEmbedded(await acquireDataDirLock(target.dataDir, { role: 'command' })),
      });
    case 'started': {
      const { lock, pglite } = target.started;
      try {
        return await openOnPglite<DB>(await pglite, lock, true);
      } catch (error) {
        await lock.release();
        throw error;
      }
    }
  }
}
