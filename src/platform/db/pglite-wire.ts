/**
 * The `pg` driver on PGlite, through the PostgreSQL wire protocol (ADR 0010). `pg` talks to a socket; here
 * the socket is a stream whose writes go to an engine that runs them on PGlite (`execRaw`) and whose
 * answers are read back as if from the network. So `pg` serializes and parses every message
 * itself, exactly as with a PostgreSQL server, and the engine can be PGlite in this thread or in a worker
 * thread (pglite-thread.ts) without `pg`, Kysely or anything above them knowing.
 *
 * pg corks the stream while it writes the messages of one query (parse, bind, describe, execute, sync), so
 * they reach the engine as one batch: one round trip to the worker per query, not five.
 */
import { Duplex } from 'node:stream';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { textMessage } from './wire-message.ts';

/** Executes wire-protocol messages on one PGlite backend, one batch after another. */
export interface PgliteEngine {
  /** The backend's answer to `message` (any number of whole messages). */
  exec(message: Uint8Array): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Runs `message` on PGlite and returns the answer's bytes. Not `execProtocolRaw`: in PGlite 0.5 that also
 * parses every answer in JavaScript and keeps the parsed messages until the next `query` (which raw
 * protocol users never call), so it costs as much as the query and its memory only grows.
 * `execProtocolRawStream` hands over the bytes as they are written, views into PGlite's memory, copied here.
 */
export async function execRaw(pglite: PGlite, message: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  await pglite.execProtocolRawStream(message, {
    onRawData: (bytes) => {
      chunks.push(bytes.slice());
      length += bytes.byteLength;
    },
  });
  if (chunks.length === 1 && chunks[0]) {
    return chunks[0] as Uint8Array<ArrayBuffer>;
  }
  const answer = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    answer.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return answer;
}

/**
 * PGlite in this thread. Batches are chained so that one finishes before the next starts, as on a socket;
 * the instance stays the caller's (closing the engine does not close it).
 */
export function inProcessEngine(pglite: PGlite): PgliteEngine {
  let previous: Promise<unknown> = pglite.waitReady;
  return {
    exec(message) {
      const answer = previous.then(() => execRaw(pglite, message));
      previous = answer.catch(() => undefined);
      return answer;
    },
    close: async () => {},
  };
}

/**
 * What `pg.Connection` needs of a socket: `connect` (answered with 'connect'), writes, 'data', `end` and
 * 'close'. A write that fails (the engine is gone) destroys the stream with the error, which `pg` reports
 * to the query as a lost connection.
 */
class PgliteStream extends Duplex {
  private started = false;

  constructor(private readonly engine: PgliteEngine) {
    super();
  }

  connect(): this {
    process.nextTick(() => this.emit('connect'));
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.send(chunk, callback);
  }

  override _writev(
    chunks: { chunk: Buffer; encoding: BufferEncoding }[],
    callback: (error?: Error | null) => void,
  ): void {
    this.send(Buffer.concat(chunks.map(({ chunk }) => chunk)), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    // The other side of a socket closes too: `pg` waits for 'close' to end the client.
    this.push(null);
    callback();
  }

  /**
   * The next write is taken only once this batch is answered, so writes made meanwhile are batched by the
   * stream and the answers are pushed in order.
   */
  private send(message: Uint8Array, callback: (error?: Error | null) => void): void {
    const startup = !this.started;
    this.started = true;
    this.engine
      .exec(message)
      .then((answer) => (startup ? this.freshSession(answer) : answer))
      .then(
        (answer) => {
          if (answer.byteLength > 0) {
            this.push(Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength));
          }
          callback();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
  }

  /**
   * A new connection to a server is a new session; here it is the same backend the last connection used.
   * Should that one have ended inside a transaction (its client failed half-way), the transaction would
   * still be open, or aborted, and every query of the new connection would join it. So it is rolled back,
   * and the startup's answer says the session is idle, as a fresh session's would.
   */
  private async freshSession(answer: Uint8Array): Promise<Uint8Array> {
    // The answer ends with ReadyForQuery: 'Z', length 5, and the transaction status 'I', 'T' or 'E'.
    const status =
      answer.byteLength >= 6 && answer[answer.byteLength - 6] === 0x5a ? answer.at(-1) : undefined;
    if (status === undefined || status === 0x49) {
      return answer;
    }
    await this.engine.exec(textMessage('Q', 'rollback'));
    const idle = answer.slice();
    idle[idle.byteLength - 1] = 0x49;
    return idle;
  }
}

/**
 * Whether the stream is PGlite's, which must be given a COPY FROM whole, in one write: it runs each write
 * as a batch, and a backend in PGlite has no socket to wait on for the rest of a COPY's data.
 */
export function takesCopyWhole(stream: unknown): boolean {
  return stream instanceof PgliteStream;
}

/**
 * `pg` client settings for PGlite: one backend, so one connection, kept open (no idle timeout) since a new
 * one would only start the same backend's session again. What `pg` might take from the environment
 * (PGUSER, PGSSLMODE, …) is set here, because it would mean nothing to PGlite.
 */
export function pgliteClientConfig(engine: PgliteEngine): pg.PoolConfig {
  return {
    stream: () => new PgliteStream(engine),
    user: 'postgres',
    database: 'postgres',
    password: 'postgres',
    host: 'localhost',
    port: 5432,
    ssl: false,
    max: 1,
    idleTimeoutMillis: 0,
  };
}
