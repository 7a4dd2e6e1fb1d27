/**
 * Starts the embedded database: takes the data folder's lock, then opens PGlite on it – in a worker thread
 * for the server (ADR 0010), so that PGlite opens while the main thread loads the application, and queries
 * run beside the HTTP work; in this thread for the CLI's commands, which start some 0,2 s sooner so, but in
 * a worker for its bulk loads (a ledger file). Kept free of heavy imports so the server can call it first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type ClaimOptions, claimDataDir, type DataDirLock } from './data-dir-lock.ts';
import { PgliteThread } from './pglite-thread.ts';
import { inProcessEngine, type PgliteEngine } from './pglite-wire.ts';

/** Where PGlite runs: in a worker thread of its own, or in this (the main) thread. */
export type PgliteThreading = 'worker' | 'main';

export interface EmbeddedStart {
  readonly lock: DataDirLock;
  readonly threading: PgliteThreading;
  /** Whether the folder held a database when the lock was taken (else opening creates one). */
  readonly existing: boolean;
  /** The open database; closing it closes PGlite. A failure to open has released the lock. */
  readonly engine: Promise<PgliteEngine>;
}

function pgdataPath(dataDir: string): string {
  return path.join(dataDir, 'pgdata');
}

/** Whether the folder holds a database; opening one where there is none creates it, empty. */
export function hasDatabase(dataDir: string): boolean {
  return fs.existsSync(path.join(pgdataPath(dataDir), 'PG_VERSION'));
}

/**
 * The default is the worker (for the server, and the CLI's ledger loads); VERKSAM_PGLITE_THREAD=main runs PGlite
 * in the main thread as before ADR 0010 (to compare, or should a platform's worker threads misbehave).
 */
function defaultThreading(): PgliteThreading {
  return process.env.VERKSAM_PGLITE_THREAD === 'main' ? 'main' : 'worker';
}

function released(lock: DataDirLock, engine: Promise<PgliteEngine>): Promise<PgliteEngine> {
  // A failure to open frees the folder at once; the caller still sees the rejection.
  engine.catch(() => lock.release());
  return engine;
}

/** Begins opening PGlite in this thread, in a folder whose lock the caller holds; a failure releases the lock. */
export function openEmbedded(
  lock: DataDirLock,
  pgliteModule: Promise<typeof import('@electric-sql/pglite')> = import('@electric-sql/pglite'),
): EmbeddedStart {
  const existing = hasDatabase(lock.dataDir);
  const engine = pgliteModule.then(async ({ PGlite }) => {
    const pglite = await PGlite.create({ dataDir: pgdataPath(lock.dataDir) });
    const inProcess = inProcessEngine(pglite);
    return { exec: inProcess.exec, close: () => pglite.close() };
  });
  return { lock, threading: 'main', existing, engine: released(lock, engine) };
}

/**
 * Begins opening PGlite in a worker thread of its own, in a folder whose lock the caller holds: for the CLI's
 * bulk loads (a ledger file), which then read and parse in this thread while the database writes in its
 * own. VERKSAM_PGLITE_THREAD=main keeps it in this thread.
 */
export function openEmbeddedInWorker(lock: DataDirLock): EmbeddedStart {
  return defaultThreading() === 'worker'
    ? openEmbeddedInThread(lock, new PgliteThread())
    : openEmbedded(lock);
}

/** Opens PGlite in `thread` (already started, loading PGlite's code), in a folder whose lock the caller holds. */
function openEmbeddedInThread(lock: DataDirLock, thread: PgliteThread): EmbeddedStart {
  const existing = hasDatabase(lock.dataDir);
  const engine = thread.open({ dataDir: pgdataPath(lock.dataDir) }).then(
    () => thread,
    async (error: unknown) => {
      await thread.close().catch(() => undefined);
      throw error;
    },
  );
  return { lock, threading: 'worker', existing, engine: released(lock, engine) };
}

/**
 * Takes the folder's lock (waiting while a CLI command holds it; see claimDataDir) and begins opening PGlite.
 * PGlite's code loads while the lock is taken – in the worker thread, or in this thread's module loader –
 * and its data is only opened once the lock is held.
 */
export async function startEmbedded(
  dataDir: string,
  options: Omit<ClaimOptions, 'role'> & { readonly threading?: PgliteThreading } = {},
): Promise<EmbeddedStart> {
  const { threading = defaultThreading(), ...claimOptions } = options;
  const thread = threading === 'worker' ? new PgliteThread() : null;
  const pgliteModule = thread ? null : import('@electric-sql/pglite');
  pgliteModule?.catch(() => undefined);
  let claim: Awaited<ReturnType<typeof claimDataDir>>;
  try {
    claim = await claimDataDir(dataDir, { ...claimOptions, role: 'server' });
  } catch (error) {
    await thread?.close().catch(() => undefined);
    throw error;
  }
  if (claim.kind !== 'lock') {
    throw new Error('A server never goes through another server.');
  }
  return thread
    ? openEmbeddedInThread(claim.lock, thread)
    : openEmbedded(claim.lock, pgliteModule ?? undefined);
}
