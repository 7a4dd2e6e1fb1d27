/**
 * The ledger reader's own thread: it parses a ledger file's chunks as the load sends them and answers each
 * with the vouchers it completed, as columns (domain/ledger-reading.ts). The main thread side, and the
 * messages, are in ledger-reader-thread.ts.
 */
import { parentPort } from 'node:worker_threads';
import { describeError } from '#platform/worker-threads.ts';
import { LedgerReading } from './domain/ledger-reading.ts';
import type { ReaderReply, ReaderRequest } from './ledger-reader-thread.ts';

const port = parentPort;
if (!port) {
  throw new Error('ledger-reader-worker.ts runs as a worker thread (see ledger-reader-thread.ts).');
}

let reading: LedgerReading | null = null;

function answer(request: ReaderRequest): void {
  switch (request.type) {
    case 'start':
      reading = new LedgerReading(request.options);
      return;
    case 'chunk': {
      const { batch, transfer } = (reading as LedgerReading).push(request.bytes);
      port?.postMessage({ type: 'batch', batch } satisfies ReaderReply, transfer);
      return;
    }
    case 'end': {
      const { batch, transfer, result } = (reading as LedgerReading).end();
      reading = null;
      port?.postMessage({ type: 'done', batch, result } satisfies ReaderReply, transfer);
      return;
    }
  }
}

port.on('message', (request: ReaderRequest) => {
  try {
    answer(request);
  } catch (error) {
    reading = null;
    port.postMessage({ type: 'failed', error: describeError(error) } satisfies ReaderReply);
  }
});
