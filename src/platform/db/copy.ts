/**
 * COPY inside a Kysely transaction, the same SQL and the same bytes on both engines: the bulk loads that
 * write millions of rows (the ledger import) pay for `COPY … FROM STDIN` in COPY's binary format (CopyBinary),
 * not for an `insert` per batch, and bytes are read with `COPY … TO STDOUT (format binary)`, as they are
 * stored, not as text to decode.
 *
 * Kysely does not hand out the `pg` client under a connection, so the database is opened with a dialect of
 * our own (`ClientDialect`): Kysely's PostgreSQL dialect, whose connections keep their client where `copyIn`
 * and `copyOutBytes` can reach it. They run on the connection `db` holds – a transaction's own, so the rows
 * are written in it and rolled back with it.
 *
 * A COPY in goes to the backend as its messages – the query, the data and CopyDone – without waiting for the
 * backend's CopyInResponse in between; to a server each part of the data as soon as it is made
 * (`copyInAsMade`), so the server stores the first while the rest are made. PGlite answers a batch of wire
 * messages at a time and refuses a COPY whose data is not in the same batch (pg-copy-streams, which waits,
 * cannot be used on it), so its stream is corked until the COPY's last message; a server reads the
 * messages in order either way. Should the COPY fail before or during its data, the
 * backend reports the error once and drops the CopyData and CopyDone still to come, as the protocol says,
 * so the connection stays usable (and the transaction aborted, as after any failed statement).
 */
import { Buffer } from 'node:buffer';
import type { Writable } from 'node:stream';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type Kysely,
  PostgresDialect,
  type PostgresDialectConfig,
  PostgresDriver,
  type PostgresPool,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type pg from 'pg';
import { takesCopyWhole } from './pglite-wire.ts';
import { textMessage } from './wire-message.ts';

/** A connection that keeps its `pg` client: Kysely's PostgresConnection, less cursors (never configured). */
class ClientConnection implements DatabaseConnection {
  constructor(readonly client: pg.PoolClient) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    try {
      const { command, rowCount, rows } = await this.client.query(query.sql, [...query.parameters]);
      const counted =
        command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE';
      return { numAffectedRows: counted ? BigInt(rowCount ?? 0) : undefined, rows: (rows ?? []) as R[] };
    } catch (error) {
      // As Kysely does: the caller's stack, not only the driver's.
      if (error instanceof Error) {
        error.stack = `${error.stack ?? ''}\n${new Error().stack?.split('\n').slice(1).join('\n') ?? ''}`;
      }
      throw error;
    }
  }

  // biome-ignore lint/correctness/useYield: streaming needs a cursor, which this application never configures
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not configured (no cursor) in this application.');
  }
}

/**
 * Kysely's PostgresDriver with ClientConnections. Transactions and savepoints are Kysely's own (they only
 * run statements on the connection they are given); acquiring and releasing are done here.
 */
class ClientDriver implements Driver {
  private readonly statements: PostgresDriver;
  private readonly connections = new WeakMap<pg.PoolClient, ClientConnection>();

  constructor(private readonly pool: PostgresPool) {
    this.statements = new PostgresDriver({ pool });
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const client = (await this.pool.connect()) as unknown as pg.PoolClient;
    let connection = this.connections.get(client);
    if (!connection) {
      connection = new ClientConnection(client);
      this.connections.set(client, connection);
    }
    return connection;
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.statements.beginTransaction(connection, settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.statements.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.statements.rollbackTransaction(connection);
  }

  savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return this.statements.savepoint(connection, name, compile);
  }

  rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return this.statements.rollbackToSavepoint(connection, name, compile);
  }

  releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return this.statements.releaseSavepoint(connection, name, compile);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as ClientConnection).client.release();
  }

  async destroy(): Promise<void> {
    await this.pool.end();
  }
}

/** Kysely's PostgreSQL dialect on a pool given whole, with connections COPY can use. */
export class ClientDialect extends PostgresDialect {
  constructor(private readonly pool: PostgresPool) {
    super({ pool } satisfies PostgresDialectConfig);
  }

  override createDriver(): Driver {
    return new ClientDriver(this.pool);
  }
}

/** A Query message: what starts a COPY. */
const queryMessage = (statement: string) => textMessage('Q', statement);

/** CopyFail: the client gives up a COPY FROM; the server answers with an error, and the statement fails. */
const copyFail = (reason: string) => textMessage('f', reason);

/** A CopyData message's head: its type and length, for data of `bytes` bytes sent after it. */
function copyDataHead(bytes: number): Buffer {
  const head = Buffer.allocUnsafe(5);
  head.writeUInt8(0x64, 0); // 'd'
  head.writeInt32BE(4 + bytes, 1);
  return head;
}

const COPY_DONE = Buffer.from([0x63, 0, 0, 0, 4]); // 'c'

/** Writes a COPY's messages to the connection's stream: all at once, or as its data is made. */
type CopySender = (stream: Writable) => void;

/** Given each CopyData message of a COPY TO: a view of pg's parser's buffer, valid only during the call. */
type CopySink = (message: Buffer) => void;

/**
 * A COPY as pg's client runs it (its Submittable, with the handlers a COPY meets): sends its messages and
 * hands what a COPY TO sends back to its sink. Should making the data throw, the COPY is given up (CopyFail)
 * and the query fails with that error once the server has answered.
 */
class CopyQuery {
  readonly done: Promise<number>;
  private resolve!: (rows: number) => void;
  private reject!: (error: Error) => void;
  private rows = 0;
  private failed = false;
  private makingFailed: Error | null = null;

  constructor(
    private readonly send: CopySender,
    private readonly sink?: CopySink,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: { stream: Writable }): void {
    const { stream } = connection;
    // PGlite takes a COPY FROM whole: corked, its messages reach it as one batch, given up or not.
    const whole = takesCopyWhole(stream);
    if (whole) {
      stream.cork();
    }
    try {
      this.send(stream);
    } catch (error) {
      this.makingFailed = error instanceof Error ? error : new Error(String(error));
      stream.write(copyFail('the data could not be made'));
    } finally {
      if (whole) {
        stream.uncork();
      }
    }
  }

  /** The data went with the query. */
  handleCopyInResponse(): void {}

  handleCopyData(message: { chunk: Buffer }): void {
    this.sink?.(message.chunk);
  }

  handleCommandComplete(message: { text?: string }): void {
    // "COPY 5000"
    this.rows = Number((message.text ?? '').split(' ')[1] ?? 0);
  }

  handleError(error: Error): void {
    this.failed = true;
    this.reject(this.makingFailed ?? error);
  }

  handleReadyForQuery(): void {
    if (!this.failed) {
      this.resolve(this.rows);
    }
  }

  // Answers a COPY never has; pg calls them only on its active query.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
}

// biome-ignore lint/suspicious/noExplicitAny: any schema; COPY names its own table
type AnyDb = Kysely<any>;

/** Runs a COPY on the connection `db` holds (`db` must come from a database opened with ClientDialect). */
function runCopy(db: AnyDb, send: CopySender, sink?: CopySink): Promise<number> {
  return db.getExecutor().provideConnection(async (connection) => {
    if (!(connection instanceof ClientConnection)) {
      throw new Error('COPY: the database was not opened with ClientDialect.');
    }
    const query = new CopyQuery(send, sink);
    connection.client.query(query as unknown as pg.Submittable);
    return query.done;
  });
}

/**
 * Runs `statement` (a `COPY … FROM STDIN`) with `data` as its input, on the connection `db` holds: inside a
 * transaction, in it. Returns the rows copied.
 */
export function copyIn(db: AnyDb, statement: string, data: readonly Uint8Array[]): Promise<number> {
  // Each part sent as it is, after its message's head: no buffer of the whole to allocate and copy into.
  return copyInAsMade(db, statement, (send) => {
    for (const part of data) {
      send(part);
    }
  });
}

/**
 * Runs `statement` (a `COPY … FROM STDIN`) with the data `make` gives part by part, each sent as it is
 * given: the server stores the first parts while the rest are made. `make` runs as the COPY starts; should
 * it throw, the COPY is given up and this fails with its error. Returns the rows copied.
 */
export function copyInAsMade(
  db: AnyDb,
  statement: string,
  make: (send: (part: Uint8Array) => void) => void,
): Promise<number> {
  const query = queryMessage(statement);
  const send: CopySender = (stream) => {
    stream.write(query);
    make((part) => {
      if (part.byteLength > 0) {
        // Corked, the head and the part go out in one write to the socket.
        stream.cork();
        stream.write(copyDataHead(part.byteLength));
        stream.write(part);
        stream.uncork();
      }
    });
    stream.write(COPY_DONE);
  };
  return runCopy(db, send);
}

/**
 * Runs a `COPY (…) TO STDOUT (format binary)` of one bytea column on the connection `db` holds, and returns
 * its rows' values one after the other in one buffer, which no one else holds (so it may be moved to a
 * thread); null when there is no row. `expected`: the bytes to make room for at first.
 *
 * `statement(piece)` writes the COPY. `piece` is the most a row should hold on this connection, or null for
 * no limit: a large value is best sent as the rows of its pieces (readFile) by a server, whose messages come
 * in socket reads of 64 kB that pg's protocol parser gathers – for a message of a megabyte it doubled a fresh
 * buffer from 64 kB to 2 MB, some 4 MB of garbage per megabyte read, which set off a full collection in the
 * ledger import's thread every ~100 ms (ADR 0013, addendum "stop 30"); smaller messages it gathers in the
 * buffer it has. PGlite answers in one batch, parsed where it lies, so there pieces only cost its backend.
 * Each message is copied into the result as it arrives.
 */
export async function copyOutBytes(
  db: AnyDb,
  statement: (piece: number | null) => string,
  expected = 0,
): Promise<Buffer | null> {
  const values = new CopiedValues(expected);
  const send: CopySender = (stream) =>
    stream.write(queryMessage(statement(takesCopyWhole(stream) ? null : MESSAGE_PIECE)));
  await runCopy(db, send, (message) => values.add(message));
  return values.result();
}

/** The bytes a row of COPY's output holds at most on a server connection: half a socket read. */
const MESSAGE_PIECE = 32 * 1024;

/**
 * Bytes of a binary COPY's small parts: its header (signature, flags, the extension's length), a row's field
 * count, a field's length.
 */
const SMALL_PART_BYTES = { header: 19, count: 2, length: 4 } as const;

/**
 * The values of a binary COPY of one bytea column, gathered from its messages as they come, wherever the
 * messages split its rows (the protocol does not promise a row per message, though both engines send one):
 * the signature, flags and a header extension; per row a field count of 1, the value's length and its
 * bytes; a count of -1 at the end. Never throws while messages come (it runs inside pg's handler); `result`
 * says whether they were that.
 */
export class CopiedValues {
  private bytes: Uint8Array;
  private length = 0;
  private rows = 0;
  private part: 'header' | 'extension' | 'count' | 'length' | 'value' | 'end' | 'invalid' = 'header';
  /** The header, a count or a length being gathered (they too may be split). */
  private readonly small = new Uint8Array(SMALL_PART_BYTES.header);
  private readonly view = new DataView(this.small.buffer);
  private gathered = 0;
  /** Bytes of the header extension or of the value still to come. */
  private remaining = 0;

  constructor(expected: number) {
    this.bytes = new Uint8Array(expected);
  }

  add(message: Uint8Array): void {
    let at = 0;
    while (at < message.length && this.part !== 'invalid') {
      if (this.part === 'end') {
        this.part = 'invalid';
      } else if (this.part === 'value' || this.part === 'extension') {
        const taken = Math.min(this.remaining, message.length - at);
        if (this.part === 'value') {
          this.append(message.subarray(at, at + taken));
        }
        at += taken;
        this.remaining -= taken;
        this.afterBytes();
      } else {
        const wanted = SMALL_PART_BYTES[this.part];
        const taken = Math.min(wanted - this.gathered, message.length - at);
        this.small.set(message.subarray(at, at + taken), this.gathered);
        at += taken;
        this.gathered += taken;
        if (this.gathered === wanted) {
          this.gathered = 0;
          this.read();
        }
      }
    }
  }

  /** The values, one after the other; null for no row. Throws when the messages were not such a COPY. */
  result(): Buffer | null {
    if (this.part !== 'end') {
      throw new Error('COPY: the output is not one bytea column in the binary format.');
    }
    return this.rows === 0 ? null : Buffer.from(this.bytes.buffer, 0, this.length);
  }

  /** A header, count or length gathered whole. */
  private read(): void {
    if (this.part === 'header') {
      const signed = BINARY_SIGNATURE.every((byte, i) => this.small[i] === byte);
      this.startBytes(signed ? 'extension' : 'invalid', this.view.getInt32(15));
    } else if (this.part === 'count') {
      const fields = this.view.getInt16(0);
      this.part = fields === -1 ? 'end' : fields === 1 ? 'length' : 'invalid';
    } else {
      this.rows += 1;
      this.startBytes('value', this.view.getInt32(0));
    }
  }

  /** The header extension or a value (null: -1), of `bytes` bytes; a count follows them. */
  private startBytes(part: 'extension' | 'value' | 'invalid', bytes: number): void {
    this.part = bytes < 0 ? 'invalid' : part;
    this.remaining = bytes;
    this.afterBytes();
  }

  /** Once the header extension's or a value's bytes are all read: the next row's count. */
  private afterBytes(): void {
    if (this.remaining === 0 && this.part !== 'invalid') {
      this.part = 'count';
    }
  }

  private append(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.bytes.length) {
      const larger = new Uint8Array(Math.max(2 * this.bytes.length, this.length + bytes.length));
      larger.set(this.bytes.subarray(0, this.length));
      this.bytes = larger;
    }
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }
}

/** COPY's binary format's signature: "PGCOPY\n\377\r\n\0". */
const BINARY_SIGNATURE = Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00]);

/** Bytes of COPY data gathered in one buffer before the next is begun: a part of the data. */
const PART_BYTES = 1 << 20;

/** The binary format's header after the signature: flags (no OIDs) and the length of an empty extension. */
const BINARY_HEADER = Buffer.concat([BINARY_SIGNATURE, Buffer.alloc(8)]);
/** The field count that ends the data. */
const BINARY_TRAILER = Buffer.from([0xff, 0xff]);
/** 2000-01-01, from which PostgreSQL counts a date's days, in days since 1970-01-01. */
const POSTGRES_EPOCH_DAY = 10_957;
const DAY_MS = 86_400_000;
/** Distinct dates remembered by `date`: more than a year's, few enough to bound memory. */
const DATE_CACHE_LIMIT = 4096;

/**
 * Rows in COPY's binary format (`with (format binary)`), written straight into buffers of about a megabyte:
 * each row its field count, each field its length and its bytes as the column's type receives them.
 *
 * The server reads it without parsing text – no digits to read, no uuid to parse, no escapes to undo – which
 * took 40 % off the server's time for the ledger's rows (ADR 0013, addendum "stop 26"); and numbers are
 * written as bytes, not digits. The fields must be written with the column's exact type: `int16` for a
 * smallint, `int32` for an integer, `int64` for a bigint; a wrong width is refused by the server.
 */
export class CopyBinary {
  rows = 0;
  private parts: Uint8Array[] = [];
  private buffer = Buffer.allocUnsafe(0);
  private at = 0;
  private readonly days = new Map<string, number>();

  /**
   * `onPart`: given each buffer as soon as it is full (a COPY sent as it is made: copyInAsMade), instead of
   * keeping it for `take`, which then gives only the rest.
   */
  constructor(private readonly onPart?: (part: Uint8Array) => void) {}

  /** Begins a row of `fields` fields, which follow in the order of the COPY's column list. */
  row(fields: number): this {
    if (this.rows === 0 && this.parts.length === 0 && this.at === 0) {
      this.reserve(BINARY_HEADER.length);
      this.buffer.set(BINARY_HEADER, 0);
      this.at = BINARY_HEADER.length;
    }
    this.reserve(2);
    this.put16(fields);
    this.rows += 1;
    return this;
  }

  /** A smallint. */
  int16(value: number): this {
    this.reserve(6);
    this.put32(2);
    this.put16(value);
    return this;
  }

  /** An integer. */
  int32(value: number): this {
    this.reserve(8);
    this.put32(4);
    this.put32(value);
    return this;
  }

  /** A bigint: a number while it is a safe integer, else a bigint (öre beyond 2^53). */
  int64(value: number | bigint): this {
    this.reserve(12);
    this.put32(8);
    // As a number while it is exact: a bigint's own arithmetic would cost a bigint per step.
    const small = typeof value === 'bigint' ? Number(value) : value;
    if (Number.isSafeInteger(small)) {
      const high = Math.floor(small / 2 ** 32);
      this.put32(high);
      this.put32(small - high * 2 ** 32);
    } else {
      // Throws a RangeError beyond a bigint's range, as the server would refuse the number.
      this.at = this.buffer.writeBigInt64BE(BigInt(value), this.at);
    }
    return this;
  }

  /** A date, from its ISO text (2024-01-31): its days since 2000-01-01. */
  date(iso: string): this {
    let days = this.days.get(iso);
    if (days === undefined) {
      const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
      if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || new Date(ms).toISOString().slice(0, 10) !== iso) {
        throw new Error(`COPY: ${JSON.stringify(iso)} is not a date`);
      }
      days = ms / DAY_MS - POSTGRES_EPOCH_DAY;
      if (this.days.size >= DATE_CACHE_LIMIT) {
        this.days.clear();
      }
      this.days.set(iso, days);
    }
    return this.int32(days);
  }

  /** A text field, as UTF-8. */
  text(value: string): this {
    this.reserve(4 + 3 * value.length);
    const buffer = this.buffer;
    const start = this.at + 4;
    let at = start;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code >= 0x80) {
        // Not ASCII: encoded whole (3 bytes per UTF-16 unit at most, reserved above).
        at = start + buffer.write(value, start, 'utf8');
        break;
      }
      buffer[at++] = code;
    }
    this.put32(at - start);
    this.at = at;
    return this;
  }

  /**
   * A field encoded once by `uuidField` or `textField`, for a value that many rows repeat (an id): copying
   * its bytes costs less than encoding it for every row.
   */
  encoded(field: Uint8Array): this {
    this.reserve(field.length);
    this.buffer.set(field, this.at);
    this.at += field.length;
    return this;
  }

  /** A null field. */
  null(): this {
    this.reserve(4);
    this.put32(-1);
    return this;
  }

  /** The data so far, whole with its header and trailer, and an empty builder for what follows. */
  take(): Uint8Array[] {
    if (this.rows === 0) {
      this.clear();
      return [];
    }
    this.reserve(BINARY_TRAILER.length);
    this.encoded(BINARY_TRAILER);
    this.parts.push(this.buffer.subarray(0, this.at));
    const parts = this.parts;
    this.clear();
    return parts;
  }

  private clear(): void {
    this.parts = [];
    this.buffer = Buffer.allocUnsafe(0);
    this.at = 0;
    this.rows = 0;
  }

  private put16(value: number): void {
    const buffer = this.buffer;
    buffer[this.at] = value >>> 8;
    buffer[this.at + 1] = value;
    this.at += 2;
  }

  private put32(value: number): void {
    const buffer = this.buffer;
    const at = this.at;
    buffer[at] = value >>> 24;
    buffer[at + 1] = value >>> 16;
    buffer[at + 2] = value >>> 8;
    buffer[at + 3] = value;
    this.at = at + 4;
  }

  private reserve(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) {
      return;
    }
    if (this.at > 0) {
      const full = this.buffer.subarray(0, this.at);
      if (this.onPart) {
        this.onPart(full);
      } else {
        this.parts.push(full);
      }
    }
    this.buffer = Buffer.allocUnsafe(Math.max(PART_BYTES, bytes));
    this.at = 0;
  }
}

/** A uuid field for `CopyBinary.encoded`: its length and its 16 bytes. */
export function uuidField(id: string): Uint8Array {
  const hex = id.replaceAll('-', '');
  if (!/^[0-9a-f]{32}$/i.test(hex) || id.length !== 36) {
    throw new Error(`COPY: ${JSON.stringify(id)} is not a uuid`);
  }
  const field = Buffer.alloc(20);
  field.writeInt32BE(16, 0);
  field.write(hex, 4, 'hex');
  return field;
}

/** A text field for `CopyBinary.encoded`: its length and its UTF-8 bytes. */
export function textField(value: string): Uint8Array {
  const bytes = Buffer.from(value, 'utf8');
  const field = Buffer.allocUnsafe(4 + bytes.length);
  field.writeInt32BE(bytes.length, 0);
  field.set(bytes, 4);
  return field;
}
