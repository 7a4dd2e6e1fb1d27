/**
 * The ledger reader's thread, seen from the load (ledger-import.ts): chunks of the file go in, each answered
 * in order by the vouchers it completed, as columns, and at the end by what the pass found. The parse runs
 * there while the load maps the vouchers before and writes them (ADR 0013, addendum "stop 26").
 *
 * A worker answers first in some 0,1 s from the server bundle and some 0,3 s under tsx, so one is kept when a load
 * is done, for the next (unref'd: an idle one keeps no process alive). One that failed is stopped instead.
 */
import {
  reviveError,
  spawnModuleWorker,
  type ThreadError,
  type ThreadWorker as Worker,
} from '#platform/worker-threads.ts';
import type { ReadingBatch, ReadingOptions, ReadingResult } from './domain/ledger-reading.ts';

export type ReaderRequest =
  | { readonly type: 'start'; readonly options: ReadingOptions }
  | { readonly type: 'chunk'; readonly bytes: Uint8Array }
  | { readonly type: 'end' };

export type ReaderReply =
  | { readonly type: 'batch'; readonly batch: ReadingBatch }
  | { readonly type: 'done'; readonly batch: ReadingBatch; readonly result: ReadingResult }
  | { readonly type: 'failed'; readonly error: ThreadError };

/** The worker kept for the next load, and what forgets it should it fail or stop while kept. */
let idle: { readonly worker: Worker; readonly forget: () => void } | null = null;

function spawn(): Worker {
  return spawnModuleWorker(
    new URL('./ledger-reader-worker.js', import.meta.url),
    new URL('./ledger-reader-worker.ts', import.meta.url),
  );
}

/**
 * Kept for the next load: unref'd, and forgotten should it fail or stop (an error with no listener would
 * end the process; one in a load is that load's).
 */
function keep(worker: Worker): void {
  worker.unref();
  const forget = () => {
    take();
    void worker.terminate();
  };
  worker.on('error', forget);
  worker.on('exit', forget);
  idle = { worker, forget };
}

/** The kept worker, no longer kept, or null. */
function take(): Worker | null {
  if (idle === null) {
    return null;
  }
  const { worker, forget } = idle;
  worker.off('error', forget);
  worker.off('exit', forget);
  idle = null;
  return worker;
}

/**
 * Starts a worker for the next load, if none is kept, so that its start overlaps with what comes before the
 * parse (storing the file, clearing the period).
 */
export function prewarmLedgerReader(): void {
  if (idle === null) {
    keep(spawn());
  }
}

interface Waiting {
  resolve(reply: ReaderReply): void;
  reject(error: Error): void;
}

export class LedgerReaderThread {
  private readonly worker: Worker;
  /** One per chunk sent and one for the end, answered in the order they were sent. */
  private readonly waiting: Waiting[] = [];
  private dead: Error | null = null;

  /** Starts a pass over a file in a worker kept from an earlier load, or a new one. */
  constructor(options: ReadingOptions) {
    this.worker = take() ?? spawn();
    this.worker.ref();
    this.worker.on('message', this.receive);
    this.worker.on('error', this.fail);
    this.worker.on('exit', this.exited);
    this.worker.postMessage({ type: 'start', options } satisfies ReaderRequest);
  }

  /** The worker's thread id: the same for loads that reuse a kept worker. */
  get threadId(): number {
    return this.worker.threadId;
  }

  /**
   * Sends a chunk; its vouchers come with the answer. The answer may be awaited later, or, should the load
   * fail first, never: its failure is then not an unhandled rejection. `given`: the bytes are a view of a
   * buffer no one else holds (a stored file's chunk: readFile), moved to the thread as they are; else a copy
   * is moved. A megabyte's copy per chunk was a fifth of the memory this thread went through.
   */
  chunk(bytes: Uint8Array, given = false): Promise<ReadingBatch> {
    const copy = given ? bytes : new Uint8Array(bytes);
    const answer = this.ask({ type: 'chunk', bytes: copy }, [copy.buffer as ArrayBuffer]).then(
      (reply) => (reply as Extract<ReaderReply, { type: 'batch' }>).batch,
    );
    answer.catch(() => undefined);
    return answer;
  }

  /** Ends the file: its last vouchers and what the pass found. */
  async end(): Promise<{ batch: ReadingBatch; result: ReadingResult }> {
    return (await this.ask({ type: 'end' }, [])) as Extract<ReaderReply, { type: 'done' }>;
  }

  /**
   * Lets the worker go: kept for the next load when this one ended cleanly and none is kept yet, else
   * stopped (with answers still owed, it may be busy with a file no one reads any more).
   */
  release(): void {
    this.worker.off('message', this.receive);
    this.worker.off('error', this.fail);
    this.worker.off('exit', this.exited);
    if (this.dead === null && this.waiting.length === 0 && idle === null) {
      keep(this.worker);
    } else {
      void this.worker.terminate();
    }
    this.dead ??= new Error('The ledger reader has been released.');
  }

  private ask(request: ReaderRequest, transfer: ArrayBuffer[]): Promise<ReaderReply> {
    if (this.dead) {
      return Promise.reject(this.dead);
    }
    return new Promise<ReaderReply>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(request, transfer);
    });
  }

  private readonly receive = (reply: ReaderReply): void => {
    const waiting = this.waiting.shift();
    if (reply.type === 'failed') {
      const error = reviveError(reply.error, "the ledger reader's thread");
      waiting?.reject(error);
      this.fail(error);
    } else {
      waiting?.resolve(reply);
    }
  };

  private readonly fail = (error: Error): void => {
    this.dead ??= error;
    for (const waiting of this.waiting.splice(0)) {
      waiting.reject(this.dead);
    }
  };

  private readonly exited = (code: number): void => {
    this.fail(new Error(`The ledger reader's thread stopped (exit code ${code}).`));
  };
}
