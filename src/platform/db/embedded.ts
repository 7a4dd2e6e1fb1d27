/**
 * Starts the embedded database: takes the data folder's lock, then begins opening PGlite. Kept free of heavy
 * imports so the server can start it first and load the rest of the application while PGlite compiles its
 * WebAssembly (about a second each; together they overlap).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { type ClaimOptions, claimDataDir, type DataDirLock } from './data-dir-lock.ts';

export interface EmbeddedStart {
  readonly lock: DataDirLock;
  readonly pglite: Promise<PGlite>;
}

function pgdataPath(dataDir: string): string {
  return path.join(dataDir, 'pgdata');
}

/** Whether the folder holds a database; opening one where there is none creates it, empty. */
export function hasDatabase(dataDir: string): boolean {
  return fs.existsSync(path.join(pgdataPath(dataDir), 'PG_VERSION'));
}

/** Begins opening PGlite in a folder whose lock the caller holds; a failure releases the lock. */
export function openEmbedded(
  lock: DataDirLock,
  pgliteModule: Promise<typeof import('@electric-sql/pglite')> = import('@electric-sql/pglite'),
): EmbeddedStart {
  const pglite = pgliteModule.then(({ PGlite }) => PGlite.create({ dataDir: pgdataPath(lock.dataDir) }));
  // Released by the caller's error handling if opening fails; never left as an unhandled rejection.
  pglite.catch(() => lock.release());
  return { lock, pglite };
}

/**
 * Takes the folder's lock (waiting while a CLI command holds it; see claimDataDir) and begins opening PGlite.
 * PGlite's code loads while the lock is taken; its data is only opened once the lock is held.
 */
export async function startEmbedded(
  dataDir: string,
  options: Omit<ClaimOptions, 'role'> = {},
): Promise<EmbeddedStart> {
  const pgliteModule = import('@electric-sql/pglite');
  pgliteModule.catch(() => undefined);
  const claim = await claimDataDir(dataDir, { ...options, role: 'server' });
  if (claim.kind !== 'lock') {
    throw new Error('A server never goes through another server.');
  }
  return openEmbedded(claim.lock, pgliteModule);
}
