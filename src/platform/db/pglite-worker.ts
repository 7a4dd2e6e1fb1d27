/**
 * The embedded database's own thread (ADR 0010). It owns the PGlite instance and answers PostgreSQL
 * wire-protocol messages, bytes in and bytes out, so that queries run beside the main thread's HTTP work
 * instead of blocking it. The main thread side is pglite-thread.ts; the messages are defined there.
 *
 * The worker starts loading PGlite's code as soon as it starts, before it is told which folder to open:
 * the server spawns it before taking the data folder's lock and only sends `open` once the lock is held.
 */
import { parentPort } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import { describeError } from '../worker-threads.ts';
import type { ThreadReply, ThreadRequest } from './pglite-thread.ts';
import { execRaw } from './pglite-wire.ts';

const port = parentPort;
if (!port) {
  throw new Error('pglite-worker.ts runs as a worker thread (see pglite-thread.ts).');
}

const pgliteModule = import('@electric-sql/pglite');
// Reported when `open` is handled; never an unhandled rejection before that.
pgliteModule.catch(() => undefined);

let pglite: PGlite | null = null;
// Messages are handled one after another, in the order the main thread sent them.
let previous: Promise<void> = Promise.resolve();

function reply(message: ThreadReply, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(message, transfer);
}

async function handle(request: ThreadRequest): Promise<void> {
  switch (request.type) {
    case 'open': {
      try {
        const { PGlite } = await pgliteModule;
        pglite = await PGlite.create({
          ...(request.dataDir ? { dataDir: request.dataDir } : {}),
          ...(request.loadDataDir ? { loadDataDir: new Blob([request.loadDataDir]) } : {}),
        });
        reply({ type: 'opened' });
      } catch (error) {
        reply({ type: 'failed', error: describeError(error) });
      }
      return;
    }
    case 'exec': {
      try {
        if (!pglite) {
          throw new Error('The embedded database is not open.');
        }
        // The answer's buffer is its own (execRaw copies out of PGlite's memory), so it can be transferred.
        const data = await execRaw(pglite, request.message);
        reply({ type: 'result', id: request.id, data }, [data.buffer]);
      } catch (error) {
        reply({ type: 'result', id: request.id, error: describeError(error) });
      }
      return;
    }
    case 'close': {
      try {
        await pglite?.close();
        pglite = null;
        reply({ type: 'closed' });
      } catch (error) {
        reply({ type: 'closed', error: describeError(error) });
      }
      return;
    }
  }
}

port.on('message', (request: ThreadRequest) => {
  previous = previous.then(() => handle(request));
});
