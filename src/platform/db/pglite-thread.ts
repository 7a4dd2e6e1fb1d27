/**
 * PGlite in a worker thread (ADR 0010), seen from the main thread: a wire-protocol engine whose `exec`
 * posts the bytes to pglite-worker.ts and resolves with the answer's bytes. Both directions transfer their
 * buffer instead of copying it. The worker answers in the order it was asked, so answers are matched to
 * requests by id only to be safe.
 *
 * The worker file is found next to this module (platform/worker-threads.ts): `pglite-worker.js` in the
 * server bundle (dist-server/), or `pglite-worker.ts` in the sources.
 */
import type { Worker } from 'node:worker_threads';
import { reviveError, spawnModuleWorker, type ThreadError } from '../worker-threads.ts';
import type { PgliteEngine } from './pglite-wire.ts';

/** What the main thread asks of the worker. */
export type ThreadRequest =
  | {
      readonly type: 'open';
      /** A data folder; without one, in memory. */
      readonly dataDir?: string;
      /** A dumped data folder (PGlite's `dumpDataDir`) to start from, in memory. */
      readonly loadDataDir?: ArrayBuffer;
    }
  | { readonly type: 'exec'; readonly id: number; readonly message: Uint8Array }
  | { readonly type: 'close' };

export type { ThreadError };

/** What the worker answers. */
export type ThreadReply =
  | { readonly type: 'opened' }
  | { readonly type: 'failed'; readonly error: ThreadError }
  | { readonly type: 'result'; readonly id: number; readonly data?: Uint8Array; readonly error?: ThreadError }
  | { readonly type: 'closed'; readonly error?: ThreadError };

export interface OpenOptions {
  readonly dataDir?: string;
  readonly loadDataDir?: Blob;
}

const revive = (error: ThreadError) => reviveError(error, "the database's worker thread");

function spawn(): Worker {
  return spawnModuleWorker(
    new URL('./pglite-worker.js', import.meta.url),
    new URL('./pglite-worker.ts', import.meta.url),
  );
}

interface Pending {
  resolve(data: Uint8Array): void;
  reject(error: Error): void;
}

export class PgliteThread implements PgliteEngine {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private opening: { resolve(): void; reject(error: Error): void } | null = null;
  private closing: { resolve(): void; reject(error: Error): void } | null = null;
  /** Set once the worker is gone (closed or crashed): every later call fails with it. */
  private dead: Error | null = null;

  /** Starts the worker, which begins loading PGlite's code at once; `open` then opens a database. */
  constructor() {
    this.worker = spawn();
    // An idle database must not keep the process alive, any more than an idle socket to a server would;
    // while an answer is awaited, it must (see `exec`).
    this.worker.unref();
    this.worker.on('message', (reply: ThreadReply) => this.receive(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) =>
      this.fail(new Error(`The database's worker thread stopped (exit code ${code}).`)),
    );
  }

  open(options: OpenOptions = {}): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.dead) {
        reject(this.dead);
        return;
      }
      this.opening = { resolve, reject };
      this.worker.ref();
      void this.post(options);
    }).finally(() => this.idle());
  }

  private async post(options: OpenOptions): Promise<void> {
    try {
      const loadDataDir = options.loadDataDir ? await options.loadDataDir.arrayBuffer() : undefined;
      const request: ThreadRequest = {
        type: 'open',
        ...(options.dataDir ? { dataDir: options.dataDir } : {}),
        ...(loadDataDir ? { loadDataDir } : {}),
      };
      this.worker.postMessage(request, loadDataDir ? [loadDataDir] : []);
    } catch (error) {
      this.opening?.reject(error instanceof Error ? error : new Error(String(error)));
      this.opening = null;
    }
  }

  exec(message: Uint8Array): Promise<Uint8Array> {
    if (this.dead) {
      return Promise.reject(this.dead);
    }
    const id = this.nextId++;
    // A copy of its own, transferred: the caller's bytes may be a view into a shared pool.
    const bytes = new Uint8Array(message);
    const request: ThreadRequest = { type: 'exec', id, message: bytes };
    return new Promise<Uint8Array>((resolve, reject) => {
      if (this.pending.size === 0) {
        this.worker.ref();
      }
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(request, [bytes.buffer]);
    });
  }

  /** Closes PGlite (it writes what it has to its folder) and stops the worker. */
  async close(): Promise<void> {
    if (this.dead) {
      return;
    }
    await new Promise<void>((resolve, reject) => {
      this.closing = { resolve, reject };
      this.worker.ref();
      this.worker.postMessage({ type: 'close' } satisfies ThreadRequest);
    });
    this.dead = new Error('The embedded database has been closed.');
    await this.worker.terminate();
  }

  private receive(reply: ThreadReply): void {
    switch (reply.type) {
      case 'opened':
        this.opening?.resolve();
        this.opening = null;
        return;
      case 'failed':
        this.opening?.reject(revive(reply.error));
        this.opening = null;
        return;
      case 'result': {
        const pending = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        this.idle();
        if (reply.error) {
          pending?.reject(revive(reply.error));
        } else {
          pending?.resolve(reply.data ?? new Uint8Array(0));
        }
        return;
      }
      case 'closed':
        if (reply.error) {
          this.closing?.reject(revive(reply.error));
        } else {
          this.closing?.resolve();
        }
        this.closing = null;
        return;
    }
  }

  private idle(): void {
    if (this.pending.size === 0 && !this.opening && !this.closing && !this.dead) {
      this.worker.unref();
    }
  }

  private fail(error: Error): void {
    if (this.dead) {
      return;
    }
    this.dead = error;
    this.opening?.reject(error);
    this.opening = null;
    this.closing?.reject(error);
    this.closing = null;
    for (const pending of this.pending.values()) {
      pending.reject(error);
    }
    this.pending.clear();
  }
}
