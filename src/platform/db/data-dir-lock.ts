/**
 * An exclusive lock on the embedded database's folder (ADR 0005).
 *
 * PGlite is single-process: two processes that open the same data folder silently lose each other's writes
 * (stack.md §8.6). The folder is guarded twice. The operating system's lock (lock-socket.ts: sockets named
 * after the folder, freed by the kernel when the process ends) decides who holds it; it cannot be deleted and
 * is never stale. The lock file `verksam.lock` records the holder for people (pid, start time, the server's
 * address) and names the folder's guard in every refusal. A lock file whose process no longer holds the
 * sockets is stale whoever owns its pid now, and is taken over.
 *
 * The sockets also tell other processes who holds the folder and whether a server is still starting, and a
 * ready server serves its app on them: the CLI goes through the server without needing its address.
 */
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import {
  AddressHeldError,
  type LockSockets,
  listenOnAll,
  lockSocketAddresses,
  requestOverSocket,
  type SocketKind,
  type SocketResponse,
  socketKindFor,
} from './lock-socket.ts';

/** A server serves the app on the lock's sockets once ready; a command works on the database itself. */
export type LockRole = 'server' | 'command';

/** What the lock file records, for people and for messages. */
export interface LockOwner {
  readonly pid: number;
  readonly startedAt: string;
  readonly role: LockRole;
  readonly host: string;
  /** The owning server's base URL, once it listens. */
  readonly url: string | null;
}

/** What the holder says about itself over its socket. */
export interface HolderStatus extends LockOwner {
  readonly dataDir: string;
  /** A server is starting, then ready (serving the app); a command is busy until it releases the folder. */
  readonly state: 'starting' | 'ready' | 'busy';
}

const STATUS_PATH = '/__verksam/lock';
const STATUS_TIMEOUT_MS = 2_000;

export function lockPath(dataDir: string): string {
  return path.join(dataDir, 'verksam.lock');
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('sv-SE');
}

function describeHolder(owner: LockOwner): string {
  const what = owner.role === 'command' ? 'ett verksam-kommando, ' : '';
  const where = owner.url ? `, ${owner.url}` : '';
  return `${what}pid ${owner.pid}, startad ${formatTime(owner.startedAt)}${where}`;
}

/** What to tell people when a lock took over a stale lock file, or null when there was none. */
export function takeoverNotice(lock: DataDirLock): string | null {
  const stale = lock.replaced;
  return stale
    ? `Låsfilen ${lock.lockFile} var kvar från en process som inte längre håller datamappen ` +
        `(pid ${stale.pid}, startad ${formatTime(stale.startedAt)}); den har tagits över.`
    : null;
}

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';

  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    /** The holder's own answer, or null when it did not answer in time. */
    readonly holder: HolderStatus | null,
    /** What the lock file says, or null when it is missing. */
    readonly recorded: LockOwner | null,
    waitedMs = 0,
    /** The socket address found held, where the holder answers. */
    readonly address: string | null = null,
  ) {
    const owner = holder ?? recorded;
    const who = owner ? ` (${describeHolder(owner)})` : '';
    let file = `Låsfil: ${lockFile}.`;
    if (!recorded) {
      file = holder
        ? `Låsfilen ${lockFile} hade tagits bort, men processen håller fortfarande mappen (låset hålls av ` +
          'operativsystemet) och har skrivit tillbaka filen.'
        : `Låsfilen ${lockFile} saknas, men en process håller fortfarande mappen (låset hålls av operativsystemet).`;
    }
    const waited =
      waitedMs >= 1000 ? ` Väntade ${Math.round(waitedMs / 1000)} s utan att mappen blev ledig.` : '';
    const stop = owner ? `stoppa den andra processen (pid ${owner.pid})` : 'stoppa den andra processen';
    super(
      `Datamappen ${dataDir} används redan av en annan Verksam-process${who}. ${file}${waited} ` +
        'Den inbäddade databasen tål inte att två processer öppnar samma mapp. Gör så här: ' +
        `${stop} och försök igen, välj en annan mapp med VERKSAM_DATA_DIR, eller använd en ` +
        'PostgreSQL-server med DATABASE_URL. Att ta bort låsfilen hjälper inte så länge processen kör.',
    );
  }
}

/** The lock file's record, or null when it is missing or unreadable. */
export function readLockFile(dataDir: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(lockPath(dataDir), 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number'
      ? {
          pid: owner.pid,
          startedAt: String(owner.startedAt ?? ''),
          role: owner.role === 'command' ? 'command' : 'server',
          host: String(owner.host ?? ''),
          url: owner.url ?? null,
        }
      : null;
  } catch {
    return null;
  }
}

function writeLockFile(dataDir: string, owner: LockOwner): void {
  const text = `${JSON.stringify(
    {
      note:
        'Verksam använder den inbäddade databasen i den här mappen. Filen visar vilken process som gör det; ' +
        'själva låset hålls av operativsystemet och släpps när processen avslutas.',
      ...owner,
    },
    null,
    2,
  )}\n`;
  // Written aside and renamed, so that a reader never sees half a file.
  const temporary = `${lockPath(dataDir)}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, lockPath(dataDir));
}

export interface DataDirLock {
  readonly dataDir: string;
  readonly lockFile: string;
  readonly owner: LockOwner;
  /** The stale lock file this lock took over (its process no longer held the folder), if there was one. */
  readonly replaced: LockOwner | null;
  /** Records the server's address in the lock file, for people. */
  setUrl(url: string): void;
  /** Serves the app on the lock's sockets; until then they answer that the server is starting. */
  serve(handler: http.RequestListener): void;
  /** Frees the folder: closes the sockets and removes the lock file. */
  release(): Promise<void>;
}

export interface LockOptions {
  readonly role: LockRole;
  /** Tests choose the socket kind to exercise the fallback; normally the platform's. */
  readonly socketKind?: SocketKind;
}

function addressesOf(dataDir: string, options: { socketKind?: SocketKind }) {
  const kind = options.socketKind ?? socketKindFor();
  return { kind, addresses: lockSocketAddresses(dataDir, kind) };
}

function sendJson(response: http.ServerResponse, status: number, body: unknown, headers = {}) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

/** Takes the lock or throws DataDirLockedError. Released on release() or when the process ends. */
export async function acquireDataDirLock(dataDir: string, options: LockOptions): Promise<DataDirLock> {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockPath(dataDir);
  const { kind, addresses } = addressesOf(dataDir, options);
  let owner: LockOwner = {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    role: options.role,
    host: os.hostname(),
    url: null,
  };
  let app: http.RequestListener | null = null;
  const status = (): HolderStatus => ({
    ...owner,
    dataDir,
    state: options.role === 'command' ? 'busy' : app ? 'ready' : 'starting',
  });
  const handler: http.RequestListener = (request, response) => {
    if (request.url === STATUS_PATH) {
      // Someone is asking because they could not take the folder; if the lock file was deleted meanwhile,
      // put it back so that people can see who holds the folder.
      if (!fs.existsSync(file)) {
        writeLockFile(dataDir, owner);
      }
      sendJson(response, 200, status());
    } else if (app) {
      app(request, response);
    } else {
      sendJson(
        response,
        503,
        { error: { code: 'starting', message: 'Verksam startar; försök igen om en stund.' } },
        { 'retry-after': '1' },
      );
    }
  };

  let sockets: LockSockets;
  try {
    sockets = await listenOnAll(addresses, kind, handler);
  } catch (error) {
    if (error instanceof AddressHeldError) {
      // Read before asking: the holder puts back a deleted lock file when asked.
      const recorded = readLockFile(dataDir);
      const holder = await askHolder(error.address);
      throw new DataDirLockedError(dataDir, file, holder, recorded, 0, error.address);
    }
    throw error;
  }

  // The sockets are ours, so any lock file here is stale, whoever owns its pid now.
  const replaced = readLockFile(dataDir);
  writeLockFile(dataDir, owner);

  let held = true;
  const removeFile = () => {
    const current = readLockFile(dataDir);
    if (current?.pid === owner.pid && current.startedAt === owner.startedAt) {
      fs.rmSync(file, { force: true });
    }
  };
  // The kernel frees the sockets when the process ends; the lock file needs removing by hand.
  process.once('exit', removeFile);
  return {
    dataDir,
    lockFile: file,
    get owner() {
      return owner;
    },
    replaced,
    setUrl(url) {
      owner = { ...owner, url };
      writeLockFile(dataDir, owner);
    },
    serve(listener) {
      app = listener;
    },
    async release() {
      if (!held) {
        return;
      }
      held = false;
      process.removeListener('exit', removeFile);
      removeFile();
      await sockets.close();
    },
  };
}

async function askHolder(address: string): Promise<HolderStatus | null> {
  try {
    const response = await requestOverSocket(address, {
      method: 'GET',
      path: STATUS_PATH,
      timeoutMs: STATUS_TIMEOUT_MS,
    });
    const status = JSON.parse(response.body) as HolderStatus;
    return response.status === 200 && typeof status.pid === 'number' ? status : null;
  } catch {
    return null;
  }
}

/** A ready Verksam server that holds the folder, reached over its lock socket. */
export interface ServerAccess {
  readonly holder: HolderStatus;
  request(method: string, path: string, body?: string | Readable): Promise<SocketResponse>;
}

export type DataDirClaim =
  | { readonly kind: 'lock'; readonly lock: DataDirLock }
  | { readonly kind: 'server'; readonly server: ServerAccess };

export interface ClaimOptions extends LockOptions {
  /** How long to wait for a starting server or a running command (default 60 s). */
  readonly timeoutMs?: number;
  /** Told when the wait begins and when the holder changes (holder null: it did not answer in time). */
  readonly onWait?: (holder: HolderStatus | null, recorded: LockOwner | null) => void;
}

const POLL_MS = 200;

/**
 * Takes the folder, waiting for whatever holds it briefly. A command waits for a starting server and then
 * goes through it, or for another command to finish; a server waits only for a command. Throws
 * DataDirLockedError when the folder stays taken.
 */
export async function claimDataDir(dataDir: string, options: ClaimOptions): Promise<DataDirClaim> {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 60_000;
  let told = '';
  for (;;) {
    let refusal: DataDirLockedError;
    try {
      return { kind: 'lock', lock: await acquireDataDirLock(dataDir, options) };
    } catch (error) {
      if (!(error instanceof DataDirLockedError)) {
        throw error;
      }
      refusal = error;
    }
    const { holder, recorded } = refusal;
    if (options.role === 'command' && holder?.role === 'server' && holder.state === 'ready') {
      return { kind: 'server', server: serverAccess(holder, refusal.address ?? '') };
    }
    // A command's event loop may be too busy to answer in time; the lock file still says what it is.
    const holderRole = holder?.role ?? recorded?.role;
    const worthWaiting = options.role === 'command' || holderRole === 'command';
    const waited = Date.now() - started;
    if (!worthWaiting || waited >= timeoutMs) {
      const waitedMs = told ? waited : 0;
      throw new DataDirLockedError(dataDir, refusal.lockFile, holder, recorded, waitedMs, refusal.address);
    }
    // Told again only when the holder or its state changes; a holder too busy to answer (PGlite blocks the
    // event loop while it creates a database) is no news once it has answered.
    const state = holder ? `${holder.pid}:${holder.state}` : told || 'silent';
    if (state !== told) {
      told = state;
      options.onWait?.(holder, recorded);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function serverAccess(holder: HolderStatus, address: string): ServerAccess {
  return {
    holder,
    request: (method, requestPath, body) => requestOverSocket(address, { method, path: requestPath, body }),
  };
}
