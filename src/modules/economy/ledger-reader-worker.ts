/**
 * The ledger reader's own thread: it parses a ledger file's chunks as the load sends them and answers each
 * with the vouchers it completed, as columns (domain/ledger-reading.ts). The main thread side, and the
 * messages, are in ledger-reader-thread.ts.
 */
import { describeError, serveParent } from '#platform/worker-threads.ts';
import { LedgerReading } from './domain/ledger-reading.ts';
import type { ReaderReply, ReaderRequest } from './ledger-reader-thread.ts';

let reading: LedgerReading | null = null;

serveParent<ReaderRequest, ReaderReply>('ledger-reader-worker.ts', (request, reply) => {
  try {
    switch (request.type) {
      case 'start':
        reading = new LedgerReading(request.options);
        return;
      case 'chunk': {
        const { batch, transfer } = (reading as LedgerReading).push(request.bytes);
        reply({ type: 'batch', batch }, transfer);
        return;
      }
      case 'end': {
        const { batch, transfer, result } = (reading as LedgerReading).end();
        reading = null;
        reply({ type: 'done', batch, result }, transfer);
        return;
      }
    }
  } catch (error) {
    reading = null;
    reply({ type: 'failed', error: describeError(error) });
  }
});
