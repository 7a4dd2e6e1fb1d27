/**
 * Starts the embedded database: takes the data folder's lock, then begins opening PGlite. Kept free of heavy
 * imports so the server can start it first and load the rest of the application while PGlite compiles its
 * WebAssembly (about a second each; together they overlap).
 */
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';

export interface EmbeddedStart {
  readonly lock: DataDirLock;
  readonly pglite: Promise<PGlite>;
}

export function startEmbedded(dataDir: string): EmbeddedStart {
  const lock = acquireDataDirLock(dataDir);
  const pglite = import('@electric-sql/pglite').then(({ PGlite }) =>
    PGlite.create({ dataDir: path.join(dataDir, 'pgdata') }),
  );
  // Released by the caller's error handling if opening fails; never left as an unhandled rejection.
  pglite.catch(() => lock.release());
  return { lock, pglite };
}
