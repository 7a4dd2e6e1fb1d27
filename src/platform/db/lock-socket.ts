/**
 * The operating system's half of the data folder's lock (ADR 0005): listening Unix-domain sockets named after
 * the folder. Only one process can listen on a name, and the kernel frees the name when that process ends,
 * however it ends (a crash, kill -9), so there is nothing to clean up after a crash and nothing on disk that
 * can be deleted to get round the lock. No native addon is needed.
 *
 * On Linux the names live in the abstract namespace, which has no files. There are two names per folder: one
 * from its real path and one from its device and inode. A second path to the same folder (a bind mount) has
 * the same inode, and a folder whose inode changes under an overlay filesystem keeps its path, so either way
 * two processes meet on at least one name. Windows named pipes behave like abstract sockets. Elsewhere (macOS,
 * BSD) the fallback is a socket file inside the folder; a crashed process leaves it behind, so a file nobody
 * listens on is replaced, and deleting it by hand defeats it like the lock file (ADR 0005 says more).
 *
 * The sockets also carry HTTP: the lock answers who holds the folder, and a server serves its app on them, so
 * the CLI reaches the server without knowing its port.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';

/** How the platform names sockets: Linux's abstract namespace, Windows pipes, or a file in the folder. */
export type SocketKind = 'abstract' | 'pipe' | 'file';

export function socketKindFor(platform: NodeJS.Platform = process.platform): SocketKind {
  if (platform === 'linux') {
    return 'abstract';
  }
  return platform === 'win32' ? 'pipe' : 'file';
}

function digest(key: string): string {
  return crypto.createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** The socket addresses that stand for an existing folder; clients ask the first one that is held. */
export function lockSocketAddresses(dataDir: string, kind: SocketKind): string[] {
  if (kind === 'file') {
    return [path.join(dataDir, 'verksam.sock')];
  }
  const real = fs.realpathSync.native(dataDir);
  const stat = fs.statSync(real, { bigint: true });
  // Windows paths are case-insensitive; the same folder must give the same name whatever its spelling.
  const keys = [`path:${kind === 'pipe' ? real.toLowerCase() : real}`, `inode:${stat.dev}:${stat.ino}`];
  return keys.map((key) =>
    kind === 'pipe' ? `\\\\.\\pipe\\verksam-${digest(key)}` : `\0verksam-${digest(key)}`,
  );
}

/** Thrown when another process listens on one of the folder's addresses. */
export class AddressHeldError extends Error {
  constructor(readonly address: string) {
    super(`The data folder's lock socket is held by another process.`);
  }
}

function listen(server: http.Server, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen({ path: address }, () => {
      server.removeListener('error', onError);
      resolve();
    });
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** Whether a process listens on a socket file; a file left by a crashed process refuses connections. */
function isListening(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ path: address });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function listenOne(server: http.Server, address: string, kind: SocketKind): Promise<void> {
  try {
    await listen(server, address);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') {
      throw error;
    }
    if (kind !== 'file' || (await isListening(address))) {
      throw new AddressHeldError(address);
    }
    fs.rmSync(address, { force: true });
    try {
      await listen(server, address);
    } catch (again) {
      throw (again as NodeJS.ErrnoException).code === 'EADDRINUSE' ? new AddressHeldError(address) : again;
    }
  }
}

export interface LockSockets {
  close(): Promise<void>;
}

/**
 * Listens on every address with the given HTTP handler, or on none: throws AddressHeldError when another
 * process holds one of them. The sockets never keep the process alive by themselves.
 */
export async function listenOnAll(
  addresses: readonly string[],
  kind: SocketKind,
  handler: http.RequestListener,
): Promise<LockSockets> {
  const servers: http.Server[] = [];
  const close = () => Promise.all(servers.map(closeServer)).then(() => undefined);
  try {
    for (const address of addresses) {
      const server = http.createServer(handler);
      servers.push(server);
      await listenOne(server, address, kind);
      server.unref();
    }
  } catch (error) {
    servers.pop();
    await close();
    throw error;
  }
  return { close };
}

export interface SocketResponse {
  readonly status: number;
  /** The body as UTF-8 text: JSON, HTML. */
  readonly body: string;
  /** The body as it came, for a binary file (Word, Excel). */
  readonly bytes: Buffer;
}

/** Collects a response's body as both text and bytes. */
export function readResponse(response: http.IncomingMessage): Promise<SocketResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('error', reject);
    response.on('end', () => {
      const bytes = Buffer.concat(chunks);
      resolve({ status: response.statusCode ?? 0, body: bytes.toString('utf8'), bytes });
    });
  });
}

/** One HTTP request over a lock socket, on a connection of its own. A body stream is sent as it is read. */
export function requestOverSocket(
  address: string,
  request: { method: string; path: string; body?: string | Readable; timeoutMs?: number },
): Promise<SocketResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        socketPath: address,
        method: request.method,
        path: request.path,
        agent: false,
        headers: request.body === undefined ? {} : { 'content-type': 'application/json' },
        timeout: request.timeoutMs,
      },
      (response) => {
        readResponse(response).then(resolve, reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('timeout')));
    outgoing.on('error', reject);
    if (request.body instanceof Readable) {
      request.body.on('error', (error) => outgoing.destroy(error));
      request.body.pipe(outgoing);
    } else {
      outgoing.end(request.body);
    }
  });
}
